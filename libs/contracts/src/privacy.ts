import type { Attachment } from './inbound.js';
import type { ChannelType, ConversationStatus, MessageDirection, MessageKind, SenderType } from './enums.js';

/** Everything Parley holds about one contact, for a subject access request. */
export interface ContactExportDto {
  exportedAt: string;
  contact: {
    id: string; inboxId: string; platformId: string; name: string | null; avatarUrl: string | null;
    customAttributes: Record<string, unknown>; createdAt: string;
  };
  conversations: {
    id: string;
    inbox: { id: string; name: string; channel: ChannelType };
    status: ConversationStatus;
    tags: string[];
    createdAt: string;
    resolvedAt: string | null;
    /** customer messages, replies and private notes, oldest first; attachments as metadata (URL, type, name) */
    messages: {
      id: string; direction: MessageDirection; kind: MessageKind; senderType: SenderType; senderName: string | null;
      text: string | null; attachments: Attachment[]; editHistory: unknown[]; sentAt: string; deletedAt: string | null;
    }[];
  }[];
}

/** What an erasure removed (the audit log keeps these counts, nothing else). */
export interface ErasureResultDto {
  conversations: number;
  messages: number;
}

export interface RetentionDto {
  inboxId: string;
  /** delete conversations resolved more than this many days ago, every night; null keeps them for ever */
  days: number | null;
}

export interface RetentionPreviewDto {
  inboxId: string;
  days: number;
  /** conversations resolved before this time would be deleted */
  cutoff: string;
  conversations: number;
}
