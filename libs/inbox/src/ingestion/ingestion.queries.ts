import type { EntityManager } from 'typeorm';
import { MessageEntity, type ConversationEntity } from '@parley/core';
import { LIST_COLUMNS, type ConversationRow } from '../conversations/conversation-row.js';
import type { DerivedFields } from '../conversations/derived-fields.js';

// The hot path of every webhook: each function here is one round trip.

export type NewMessage = Pick<MessageEntity, 'conversationId' | 'inboxId' | 'direction' | 'kind' | 'senderType' | 'text' | 'attachments' | 'platformMessageId' | 'sentAt'>
  & Partial<Pick<MessageEntity, 'replyToPlatformId' | 'payload' | 'deliveryStatus'>>;

/**
 * Inserts unless the platform id is already stored (a re-delivery, possibly racing this one): then null.
 * The message it replies to is resolved in the same statement.
 */
export async function insertMessage(m: EntityManager, v: NewMessage): Promise<MessageEntity | null> {
  const rows: Record<string, unknown>[] = await m.query(
    `INSERT INTO messages (conversation_id, inbox_id, direction, kind, sender_type, text, attachments, platform_message_id,
       reply_to_id, reply_to_platform_id, payload, delivery_status, sent_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8,
       (SELECT r.id FROM messages r WHERE r.inbox_id = $2 AND r.platform_message_id = $9), $9, $10, $11, $12)
     ON CONFLICT (inbox_id, platform_message_id) WHERE platform_message_id IS NOT NULL DO NOTHING RETURNING *`,
    [v.conversationId, v.inboxId, v.direction, v.kind, v.senderType, v.text, JSON.stringify(v.attachments), v.platformMessageId,
      v.replyToPlatformId ?? null, v.payload ?? null, v.deliveryStatus ?? null, v.sentAt]);
  return rows.length ? messageFromRow(rows[0]) : null;
}

export function messageFromRow(r: Record<string, unknown>): MessageEntity {
  return Object.assign(new MessageEntity(), {
    id: r.id, conversationId: r.conversation_id, inboxId: r.inbox_id, direction: r.direction, kind: r.kind,
    senderType: r.sender_type, senderUserId: r.sender_user_id, text: r.text, attachments: r.attachments,
    platformMessageId: r.platform_message_id, deliveryStatus: r.delivery_status, deliveryError: r.delivery_error,
    replyToId: r.reply_to_id, replyToPlatformId: r.reply_to_platform_id, payload: r.payload, reactions: r.reactions,
    editHistory: r.edit_history, editedAt: r.edited_at, deletedAt: r.deleted_at, quickReplyId: r.quick_reply_id,
    sendStartedAt: r.send_started_at, deliveryAttempts: r.delivery_attempts, sentAt: r.sent_at, createdAt: r.created_at,
  });
}

/** Writes the conversation's new state and returns its list row (what realtime clients render). */
export async function saveConversationState(
  m: EntityManager, c: ConversationEntity, f: DerivedFields, snippet: string | null, unreadDelta: number,
): Promise<ConversationRow> {
  const [row]: ConversationRow[] = await m.query(
    `WITH c AS (
       UPDATE conversations SET last_message_at = $2, last_incoming_at = $3, last_reply_at = $4, first_reply_at = $5,
         waiting_since = $6, status = $7, snoozed_until = $8, archived = $9, resolved_at = $10, snippet = $11,
         unread_count = unread_count + $12, version = version + 1, updated_at = now()
       WHERE id = $1 RETURNING *)
     SELECT ${LIST_COLUMNS} FROM c
       JOIN inboxes i ON i.id = c.inbox_id JOIN contacts ct ON ct.id = c.contact_id LEFT JOIN users u ON u.id = c.assignee_id`,
    [c.id, f.lastMessageAt, f.lastIncomingAt, f.lastReplyAt, f.firstReplyAt, f.waitingSince, c.status, c.snoozedUntil,
      c.archived, c.resolvedAt, snippet, unreadDelta]);
  return row;
}
