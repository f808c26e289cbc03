import type { MessageDto } from '@parley/contracts';
import type { MessageEntity } from '@parley/core';

export function toMessageDto(m: MessageEntity, senderName: string | null = null): MessageDto {
  return {
    id: m.id,
    conversationId: m.conversationId,
    direction: m.direction,
    kind: m.kind,
    senderType: m.senderType,
    sender: m.senderUserId ? { id: m.senderUserId, name: senderName ?? '' } : null,
    // Unsent messages keep their content for the audit only; the thread shows them as deleted.
    text: m.deletedAt ? null : m.text,
    attachments: m.deletedAt ? [] : m.attachments,
    platformMessageId: m.platformMessageId,
    deliveryStatus: m.deliveryStatus,
    deliveryError: m.deliveryError,
    replyToId: m.replyToId,
    payload: m.payload,
    standby: m.standby ?? false,
    reactions: m.reactions,
    editedAt: m.editedAt?.toISOString() ?? null,
    deletedAt: m.deletedAt?.toISOString() ?? null,
    sentAt: m.sentAt.toISOString(),
    createdAt: m.createdAt.toISOString(),
  };
}

/** What the list shows as the last message. */
export function snippetOf(m: Pick<MessageEntity, 'text' | 'attachments'>): string {
  if (m.text) {
    // Cut between code points, not UTF-16 units: half an emoji would be stored as U+FFFD.
    const chars = Array.from(m.text);
    return chars.length > 140 ? `${chars.slice(0, 139).join('')}…` : m.text;
  }
  const first = m.attachments[0];
  return first ? `[${first.type.replace('_', ' ')}]` : '';
}
