/** The server's error body: `{statusCode, message, error}`; `message` may be a list of validation errors. */
export interface ApiErrorBody {
  statusCode: number;
  message: string | string[];
  error?: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly messages: string[];

  constructor(status: number, messages: string[]) {
    super(messages.join('\n'));
    this.name = 'ApiError';
    this.status = status;
    this.messages = messages;
  }
}

function isErrorBody(body: unknown): body is ApiErrorBody {
  return typeof body === 'object' && body !== null && 'message' in body;
}

export function apiErrorFromBody(status: number, body: unknown, statusText: string): ApiError {
  if (isErrorBody(body)) {
    const messages = Array.isArray(body.message) ? body.message : [body.message];
    return new ApiError(status, messages.map(String));
  }
  if (status === 0) return new ApiError(0, ['Cannot reach the Parley server. Check your connection and try again.']);
  return new ApiError(status, [`Request failed (${status} ${statusText}). Try again in a moment.`]);
}

/** A message fit for the user, whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return 'Something went wrong. Try again.';
}
