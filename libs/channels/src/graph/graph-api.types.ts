export type SendAttachmentType = 'image' | 'audio' | 'video' | 'file';

export interface SendAttachment {
  type: SendAttachmentType;
  /** A public URL the platform downloads. */
  url: string;
}

export interface SendMessengerInput {
  /** Facebook page id, or the Instagram professional account id for Instagram. */
  pageId: string;
  accessToken: string;
  /** PSID or IGSID */
  recipientId: string;
  messagingType: 'RESPONSE' | 'MESSAGE_TAG' | 'UPDATE';
  tag?: 'HUMAN_AGENT' | 'ACCOUNT_UPDATE' | 'CONFIRMED_EVENT_UPDATE' | 'POST_PURCHASE_UPDATE';
  text?: string;
  attachment?: SendAttachment;
  replyToMid?: string;
  /** Returned on the echo, so an echo that beats the send response can still be matched. */
  metadata?: string;
}

export interface SendWhatsAppInput {
  phoneNumberId: string;
  accessToken: string;
  /** The customer's wa_id / phone number */
  to: string;
  text?: string;
  attachment?: SendAttachment & { caption?: string; filename?: string };
  replyToWamid?: string;
  /** Comes back as `biz_opaque_callback_data` in this message's status webhooks: how a send whose answer was lost is recognised. */
  callbackData?: string;
}

export interface FetchProfileInput {
  /** PSID, IGSID or any Graph node id */
  psid: string;
  accessToken: string;
  fields?: string[];
}

export interface GraphProfile {
  id: string;
  name?: string;
  avatarUrl?: string;
  /** Every field the Graph API returned, for callers that asked for more. */
  raw: Record<string, unknown>;
}

export interface SendResult {
  platformMessageId: string;
}

export interface GraphApiClientOptions {
  baseUrl?: string;
  version?: string;
  timeoutMs?: number;
  /** Told about every call once it ended (metrics); the client itself keeps no counters. */
  onCall?: (call: GraphCall) => void;
}

/** One finished Graph API call. status 0: no HTTP answer (network, timeout). */
export interface GraphCall {
  operation: 'messenger.send' | 'whatsapp.send' | 'profile';
  status: number;
  seconds: number;
  /** the Graph error code of a failed call */
  errorCode: number | null;
  /** the platform asked us to slow down (HTTP 429 or a throttling code) */
  rateLimited: boolean;
}
