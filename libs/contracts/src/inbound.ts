import type { AttachmentType, ChannelType } from './enums.js';

export interface Attachment {
  type: AttachmentType;
  url?: string;
  mime?: string;
  caption?: string;
  size?: number;
  name?: string;
  /** location attachments */
  latitude?: number;
  longitude?: number;
  title?: string;
  /** story_reply: the id of the Instagram story the customer answered */
  storyId?: string;
}

export interface InboundContact {
  /** The platform's id for the customer (PSID, IGSID, wa_id, or the API channel's contact id). */
  platformId: string;
  name?: string;
  avatarUrl?: string;
}

/** What every channel adapter turns a webhook into; ingestion knows nothing of platform payloads. */
export type InboundEvent =
  | InboundMessageEvent
  | InboundEchoEvent
  | InboundStatusEvent
  | InboundReactionEvent
  | InboundEditEvent
  | InboundDeleteEvent;

interface InboundBase {
  channel: ChannelType;
  /** The platform's timestamp, epoch ms; events are placed by it, not by arrival. */
  timestamp: number;
}

export interface InboundMessageEvent extends InboundBase {
  type: 'message';
  contact: InboundContact;
  platformMessageId: string;
  text?: string;
  attachments: Attachment[];
  /** platform id of the message this one replies to */
  replyToPlatformId?: string;
  /** quick-reply / postback / button payload */
  payload?: string;
  /** Meta handover protocol: another app controls the thread; kept as context, not waiting for our answer */
  standby?: boolean;
}

/** Our own outgoing message coming back (or a reply typed in the platform's native app). */
export interface InboundEchoEvent extends InboundBase {
  type: 'echo';
  contact: InboundContact;
  platformMessageId: string;
  text?: string;
  attachments: Attachment[];
  /** metadata we attached on send (our message id), when the platform returns it */
  metadata?: string;
  appId?: string;
  /** the reply of the app that controls the thread (handover protocol) */
  standby?: boolean;
}

export interface InboundStatusEvent extends InboundBase {
  type: 'status';
  contactPlatformId: string;
  status: 'sent' | 'delivered' | 'read' | 'failed';
  /** specific messages, when the platform names them */
  platformMessageIds?: string[];
  /** what we sent with the message (WhatsApp's biz_opaque_callback_data): our message id */
  callbackData?: string;
  /** Messenger watermark: every outgoing message at or before this time (ms) */
  watermark?: number;
  error?: { code: string; message: string };
}

export interface InboundReactionEvent extends InboundBase {
  type: 'reaction';
  contactPlatformId: string;
  platformMessageId: string;
  /** absent means the reaction was removed */
  emoji?: string;
}

export interface InboundEditEvent extends InboundBase {
  type: 'edit';
  contactPlatformId: string;
  platformMessageId: string;
  text: string;
}

export interface InboundDeleteEvent extends InboundBase {
  type: 'delete';
  contactPlatformId: string;
  platformMessageId: string;
}
