/** The body a bridge POSTs to Parley's API channel (documented in libs/channels/README.md). */
export interface ApiChannelPayload {
  contact: { id: string; name?: string; avatarUrl?: string };
  message: {
    id: string;
    text?: string;
    attachments?: ApiChannelAttachment[];
    /** ISO 8601 string or epoch milliseconds; defaults to the time Parley received it. */
    timestamp?: string | number;
  };
}

export const API_ATTACHMENT_TYPES = ['image', 'audio', 'video', 'file', 'sticker'] as const;
export type ApiAttachmentType = (typeof API_ATTACHMENT_TYPES)[number];

export interface ApiChannelAttachment {
  type: ApiAttachmentType;
  url: string;
  mime?: string;
  caption?: string;
  size?: number;
  name?: string;
}

/** Everything wrong with an API channel body at once, so an integrator fixes it in one round trip (→ 400). */
export class ApiChannelPayloadError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid API channel payload: ${problems.join('; ')}`);
    this.name = 'ApiChannelPayloadError';
  }
}
