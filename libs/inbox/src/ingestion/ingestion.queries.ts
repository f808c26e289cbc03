import type { EntityManager } from 'typeorm';
import { MessageEntity, runPrepared, type ConversationEntity, type PreparedStatement } from '@parley/core';
import { LIST_COLUMNS, type ConversationRow } from '../conversations/conversation-row.js';
import type { DerivedFields } from '../conversations/derived-fields.js';
import type { HistoryEntry } from '../history/conversation-history.js';

// The hot path of every webhook: each function here is one round trip.

export type NewMessage = Pick<MessageEntity, 'conversationId' | 'inboxId' | 'direction' | 'kind' | 'senderType' | 'text' | 'attachments' | 'platformMessageId' | 'sentAt'>
  & Partial<Pick<MessageEntity, 'replyToPlatformId' | 'payload' | 'deliveryStatus' | 'standby'>>;

/** What the conversation becomes when the message is stored (computed from its locked row). */
export interface ConversationChange {
  conversation: ConversationEntity;
  fields: DerivedFields;
  snippet: string | null;
  unreadDelta: number;
  history: HistoryEntry[];
}

const STORE_MESSAGE: PreparedStatement = {
  name: 'ingest.store-message',
  text: `WITH m AS (
     INSERT INTO messages (conversation_id, inbox_id, direction, kind, sender_type, text, attachments, platform_message_id,
       reply_to_id, reply_to_platform_id, payload, delivery_status, sent_at, standby)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8,
       (SELECT r.id FROM messages r WHERE r.inbox_id = $2 AND r.platform_message_id = $9), $9, $10, $11, $12, $26)
     ON CONFLICT (inbox_id, platform_message_id) WHERE platform_message_id IS NOT NULL DO NOTHING RETURNING *),
   c AS (
     UPDATE conversations SET last_message_at = $14, last_incoming_at = $15, last_reply_at = $16, first_reply_at = $17,
       waiting_since = $18, status = $19, snoozed_until = $20, archived = $21, resolved_at = $22, snippet = $23,
       unread_count = unread_count + $24, version = version + 1, updated_at = now()
     WHERE id = $13 AND EXISTS (SELECT 1 FROM m) RETURNING *),
   h AS (
     INSERT INTO conversation_events (conversation_id, inbox_id, type, data)
     SELECT c.id, c.inbox_id, e.entry->>'type', coalesce(e.entry->'data', '{}') FROM c, jsonb_array_elements($25::jsonb) WITH ORDINALITY AS e(entry, n)
     ORDER BY e.n)
   SELECT ${LIST_COLUMNS}, (SELECT to_jsonb(m) FROM m) AS message FROM c
     JOIN inboxes i ON i.id = c.inbox_id JOIN contacts ct ON ct.id = c.contact_id LEFT JOIN users u ON u.id = c.assignee_id`,
};

/**
 * Inserts the message and, only when it is new, writes the conversation's new state and its history, in
 * one statement; returns the message and the conversation's list row (what realtime clients render).
 * A platform id already stored (a re-delivery, possibly racing this one) changes nothing: then null.
 * The message it replies to is resolved in the same statement.
 */
export async function storeMessage(m: EntityManager, v: NewMessage, change: ConversationChange): Promise<{ message: MessageEntity; row: ConversationRow } | null> {
  const { conversation: c, fields: f } = change;
  const [row] = await runPrepared<ConversationRow & { message: Record<string, unknown> }>(m, STORE_MESSAGE,
    [v.conversationId, v.inboxId, v.direction, v.kind, v.senderType, v.text, JSON.stringify(v.attachments), v.platformMessageId,
      v.replyToPlatformId ?? null, v.payload ?? null, v.deliveryStatus ?? null, v.sentAt,
      c.id, f.lastMessageAt, f.lastIncomingAt, f.lastReplyAt, f.firstReplyAt, f.waitingSince, c.status, c.snoozedUntil,
      c.archived, c.resolvedAt, change.snippet, change.unreadDelta, JSON.stringify(change.history), v.standby ?? false]);
  if (!row) return null;
  const { message, ...listRow } = row;
  return { message: messageFromJson(message), row: listRow as ConversationRow };
}

const IS_ERASED: PreparedStatement = {
  name: 'ingest.is-erased',
  text: "SELECT 1 FROM erased_messages WHERE inbox_id = $1 AND platform_message_hash = sha256(convert_to($2, 'UTF8'))",
};

/** Whether this platform message belonged to an erased conversation or contact: then nothing of it is stored again. */
export async function isErased(m: EntityManager, inboxId: string, platformMessageId: string): Promise<boolean> {
  return (await runPrepared(m, IS_ERASED, [inboxId, platformMessageId])).length > 0;
}

/** A messages row as `to_jsonb` renders it: timestamps arrive as ISO strings. */
function messageFromJson(j: Record<string, unknown>): MessageEntity {
  const at = (v: unknown) => (v == null ? null : new Date(v as string));
  return messageFromRow({
    ...j, sent_at: at(j.sent_at), created_at: at(j.created_at), edited_at: at(j.edited_at), deleted_at: at(j.deleted_at),
    send_started_at: at(j.send_started_at),
  });
}

export function messageFromRow(r: Record<string, unknown>): MessageEntity {
  return Object.assign(new MessageEntity(), {
    id: r.id, conversationId: r.conversation_id, inboxId: r.inbox_id, direction: r.direction, kind: r.kind,
    senderType: r.sender_type, senderUserId: r.sender_user_id, text: r.text, attachments: r.attachments,
    platformMessageId: r.platform_message_id, deliveryStatus: r.delivery_status, deliveryError: r.delivery_error,
    replyToId: r.reply_to_id, replyToPlatformId: r.reply_to_platform_id, payload: r.payload, reactions: r.reactions,
    editHistory: r.edit_history, editedAt: r.edited_at, deletedAt: r.deleted_at, quickReplyId: r.quick_reply_id,
    sendStartedAt: r.send_started_at, deliveryAttempts: r.delivery_attempts, sentAt: r.sent_at, createdAt: r.created_at,
    standby: r.standby ?? false,
  });
}
