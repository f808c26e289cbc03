import { isObject, optId, optString } from '../json.util.js';
import { GRAPH_ERROR_RULES } from './graph-error.rules.js';

export type GraphErrorKind = 'transient' | 'permanent' | 'auth';

export interface GraphErrorInfo {
  code: number | null;
  subcode: number | null;
  fbtraceId: string | null;
  platformMessage: string;
  /** transient: retry with backoff; permanent: fail the message; auth: fail and tell an admin. */
  kind: GraphErrorKind;
  /** Plain words an agent understands, shown next to the failed message. */
  explanation: string;
}

/** A failed Graph API call, classified so the send job knows whether to retry, fail, or alert an admin. */
export class GraphApiError extends Error {
  readonly httpStatus: number;
  readonly code: number | null;
  readonly subcode: number | null;
  readonly fbtraceId: string | null;
  readonly platformMessage: string;
  readonly kind: GraphErrorKind;
  readonly explanation: string;

  constructor(httpStatus: number, info: GraphErrorInfo) {
    super(`Graph API ${httpStatus || 'network'} error ${info.code ?? '-'}/${info.subcode ?? '-'}: ${info.platformMessage}`);
    this.name = 'GraphApiError';
    this.httpStatus = httpStatus;
    ({ code: this.code, subcode: this.subcode, fbtraceId: this.fbtraceId } = info);
    ({ platformMessage: this.platformMessage, kind: this.kind, explanation: this.explanation } = info);
  }
}

/** Classifies an error response by its Graph `error` object first, then by HTTP status. Pure: unit-tested. */
export function classifyGraphError(status: number, body: unknown): GraphErrorInfo {
  const error = isObject(body) && isObject(body.error) ? body.error : {};
  const code = toInt(error.code);
  const subcode = toInt(error.error_subcode);
  const base = {
    code, subcode,
    fbtraceId: optString(error.fbtrace_id) ?? null,
    platformMessage: optString(error.message) ?? optString(error.error_user_msg) ?? `HTTP ${status}`,
  };
  const rule = GRAPH_ERROR_RULES.find((r) => r.code === code && (r.subcode === undefined || r.subcode === subcode));
  if (rule) return { ...base, kind: rule.kind, explanation: rule.explanation };
  if (error.is_transient === true || status >= 500 || status === 429) {
    return { ...base, kind: 'transient', explanation: 'The platform had a temporary problem; Parley will try sending again.' };
  }
  if (status === 401 || (code !== null && code >= 200 && code < 300)) {
    return {
      ...base, kind: 'auth',
      explanation: 'The channel is missing a permission it needs; an admin must reconnect the channel and accept all permissions.',
    };
  }
  return { ...base, kind: 'permanent', explanation: `The platform refused this message: ${base.platformMessage}` };
}

/** A call that never got an HTTP answer (DNS, reset, timeout): always worth retrying. */
export function networkGraphError(cause: unknown): GraphApiError {
  // Duck-typed, not instanceof: fetch's DOMException can come from another realm (e.g. under jest's vm).
  const name = isObject(cause) ? cause.name : undefined;
  const timedOut = name === 'TimeoutError' || name === 'AbortError';
  const error = new GraphApiError(0, {
    code: null, subcode: null, fbtraceId: null, kind: 'transient',
    platformMessage: (isObject(cause) ? optString(cause.message) : undefined) ?? String(cause),
    explanation: timedOut
      ? 'The platform did not answer in time; Parley will try sending again.'
      : 'Parley could not reach the platform; it will try sending again.',
  });
  error.cause = cause;
  return error;
}

function toInt(value: unknown): number | null {
  const id = optId(value);
  return id !== undefined && /^\d+$/.test(id) ? Number(id) : null;
}
