import { Injectable } from '@nestjs/common';
import type { Attachment, ChannelType, DeliveryStatus, MessageDirection, MessageKind, SenderType } from '@parley/contracts';
import { isoUtcSql, runPrepared, type PreparedStatement } from '@parley/core';
import { DataSource, type EntityManager } from 'typeorm';

/** What a delivery decides and sends from: the message and where it goes, read in one statement. */
export interface DeliveryFacts {
  id: string; conversationId: string; inboxId: string; direction: MessageDirection; kind: MessageKind; senderType: SenderType;
  senderUserId: string | null; text: string | null; attachments: Attachment[]; platformMessageId: string | null;
  deliveryStatus: DeliveryStatus | null; sendStartedAt: Date | null;
  channel: ChannelType; platformAccountId: string | null; accessToken: string | null; recipientId: string;
  lastIncomingAt: Date | null; replyToPlatformId: string | null;
}

/** How a pending message ends: sent (with the platform's id, if any) or failed (with the reason shown to agents). */
export type DeliveryEnd =
  | { status: 'sent'; platformMessageId: string | null }
  | { status: 'failed'; error: { code: string; message: string } };

const FACTS = `
  SELECT m.id, m.conversation_id AS "conversationId", m.inbox_id AS "inboxId", m.direction, m.kind, m.sender_type AS "senderType",
         m.sender_user_id AS "senderUserId", m.text, m.attachments, m.platform_message_id AS "platformMessageId",
         m.delivery_status AS "deliveryStatus", m.send_started_at AS "sendStartedAt",
         i.channel, i.platform_account_id AS "platformAccountId", i.access_token AS "accessToken", ct.platform_id AS "recipientId",
         c.last_incoming_at AS "lastIncomingAt", r.platform_message_id AS "replyToPlatformId"
  FROM messages m JOIN conversations c ON c.id = m.conversation_id JOIN inboxes i ON i.id = c.inbox_id JOIN contacts ct ON ct.id = c.contact_id
  LEFT JOIN messages r ON r.id = m.reply_to_id
  WHERE m.id = $1`;

const READ: PreparedStatement = { name: 'delivery-read', text: FACTS };

const MARK_STARTED: PreparedStatement = {
  name: 'delivery-mark-started',
  text: 'UPDATE messages SET send_started_at = $2, delivery_attempts = delivery_attempts + 1 WHERE id = $1',
};

const MAYBE_TWICE: PreparedStatement = {
  name: 'delivery-maybe-twice',
  text: "UPDATE messages SET delivery_error = $2::jsonb WHERE id = $1 AND delivery_status = 'pending'",
};

const CLEAR_STARTED: PreparedStatement = { name: 'delivery-clear-started', text: 'UPDATE messages SET send_started_at = NULL WHERE id = $1' };

/**
 * toMessageDto (messages/message.mapper.ts) of the updated row `u`, in SQL so the event row is written by
 * the same statement; the delivery tests compare the two.
 */
const MESSAGE_DTO = `jsonb_build_object(
  'id', u.id, 'conversationId', u.conversation_id, 'direction', u.direction, 'kind', u.kind, 'senderType', u.sender_type,
  'sender', CASE WHEN u.sender_user_id IS NULL THEN NULL ELSE jsonb_build_object('id', u.sender_user_id, 'name', '') END,
  'text', CASE WHEN u.deleted_at IS NULL THEN u.text END, 'attachments', CASE WHEN u.deleted_at IS NULL THEN u.attachments ELSE '[]'::jsonb END,
  'platformMessageId', u.platform_message_id, 'deliveryStatus', u.delivery_status, 'deliveryError', u.delivery_error,
  'replyToId', u.reply_to_id, 'payload', u.payload, 'reactions', u.reactions, 'standby', coalesce(u.standby, false),
  'editedAt', ${isoUtcSql('u.edited_at')}, 'deletedAt', ${isoUtcSql('u.deleted_at')}, 'sentAt', ${isoUtcSql('u.sent_at')}, 'createdAt', ${isoUtcSql('u.created_at')})`;

/** What an ending update returns: the columns MESSAGE_DTO reads. */
const UPDATED = `m.id, m.conversation_id, m.inbox_id, m.direction, m.kind, m.sender_type, m.sender_user_id, m.text, m.attachments,
  m.platform_message_id, m.delivery_status, m.delivery_error, m.reply_to_id, m.payload, m.reactions, m.standby,
  m.edited_at, m.deleted_at, m.sent_at, m.created_at`;

/** The `message.updated` outbox row of each row an ending update `u` moved, for the agents with its thread open. */
const EVENT = `
  INSERT INTO outbox (kind, name, payload, options)
  SELECT 'realtime', 'message.updated', jsonb_build_object('message', ${MESSAGE_DTO}),
         jsonb_build_object('audiences', jsonb_build_array(jsonb_build_object('conversationId', u.conversation_id)))
  FROM u
  RETURNING 1`;

/**
 * The read of a delivery, which for the API channel is the whole delivery: its bridge reads replies from
 * the API, no platform is called, so nothing can go out twice and the message is marked sent (counting the
 * attempt unless a start was recorded already) with its event in the same statement. For other channels
 * `u` matches nothing and this is a read. `sentNow` says whether this statement moved the message.
 */
const READ_OR_SEND_API: PreparedStatement = {
  name: 'delivery-read-or-send-api',
  text: `
    WITH f AS (${FACTS}),
    u AS (
      UPDATE messages m SET delivery_status = 'sent', platform_message_id = NULL, send_started_at = NULL,
             delivery_attempts = m.delivery_attempts + CASE WHEN m.send_started_at IS NULL THEN 1 ELSE 0 END
      FROM f
      WHERE m.id = f.id AND f.channel = 'api' AND f.direction = 'outgoing' AND f.kind <> 'note'
        AND m.delivery_status = 'pending' AND m.platform_message_id IS NULL
      RETURNING ${UPDATED}),
    ob AS (${EVENT})
    SELECT f.id, f."conversationId", f."inboxId", f.direction, f.kind, f."senderType", f."senderUserId", f.text, f.attachments,
           f."platformMessageId", f."deliveryStatus", f."sendStartedAt", f.channel, f."platformAccountId", f."accessToken",
           f."recipientId", f."lastIncomingAt", f."replyToPlatformId", (SELECT count(*)::int FROM u) > 0 AS "sentNow"
    FROM f`,
};

/**
 * The end of a delivery as one statement, in place of a transaction of delete, update, re-read and outbox
 * insert. Only a still-pending message moves (an echo or a receipt may have got here first); when it does,
 * its `message.updated` event is written beside it. A send answered with a platform id first removes an
 * echo of it that beat the answer and matched nothing (it was stored as the page's own reply: it is this
 * message); the update reads `del` so the delete has run before the unique platform id is set.
 */
const FINISH: PreparedStatement = {
  name: 'delivery-finish',
  text: `
    WITH del AS (
      DELETE FROM messages d WHERE $3::text IS NOT NULL AND d.inbox_id = $5::uuid AND d.platform_message_id = $3::text
        AND d.sender_type = 'page' AND d.id <> $1::uuid
      RETURNING d.id),
    u AS (
      UPDATE messages m SET delivery_status = $2::text,
             platform_message_id = CASE WHEN $2::text = 'sent' THEN $3::text ELSE m.platform_message_id END,
             delivery_error = CASE WHEN $2::text = 'failed' THEN $4::jsonb ELSE m.delivery_error END,
             send_started_at = NULL
      WHERE m.id = $1::uuid AND m.delivery_status = 'pending' AND (SELECT count(*) FROM del) >= 0
      RETURNING ${UPDATED}),
    ob AS (${EVENT})
    SELECT (SELECT count(*)::int FROM u) AS moved, (SELECT count(*)::int FROM ob) AS queued`,
};

/** The delivery's statements, prepared: they run once or twice for every outgoing message. */
@Injectable()
export class DeliveryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The facts, and for an API-channel message the delivery itself (`sentNow`: the caller kicks the relay). */
  async readOrSendApi(messageId: string): Promise<(DeliveryFacts & { sentNow: boolean }) | undefined> {
    const [row] = await runPrepared<DeliveryFacts & { sentNow: boolean }>(this.dataSource.manager, READ_OR_SEND_API, [messageId]);
    return row;
  }

  async facts(messageId: string): Promise<DeliveryFacts | undefined> {
    const [row] = await runPrepared<DeliveryFacts>(this.dataSource.manager, READ, [messageId]);
    return row;
  }

  /** Recorded before the platform is called: a retry after a crash then looks for the echo instead of resending. */
  async markStarted(messageId: string, at: Date): Promise<void> {
    await runPrepared(this.dataSource.manager, MARK_STARTED, [messageId, at]);
  }

  /** Before a resend after an attempt whose outcome never came back: the sent message's event carries it. */
  async markMaybeTwice(messageId: string, warning: { code: string; message: string }): Promise<void> {
    await runPrepared(this.dataSource.manager, MAYBE_TWICE, [messageId, JSON.stringify(warning)]);
  }

  async clearStarted(messageId: string): Promise<void> {
    await runPrepared(this.dataSource.manager, CLEAR_STARTED, [messageId]);
  }

  /**
   * Ends a pending message with its `message.updated` outbox row, on `manager`'s transaction when given
   * (else on its own; the caller then kicks the relay, or TransactionRunner does). False when the message had moved on.
   */
  async finish(manager: EntityManager | null, m: Pick<DeliveryFacts, 'id' | 'inboxId'>, end: DeliveryEnd): Promise<boolean> {
    const [row] = await runPrepared<{ moved: number }>(manager ?? this.dataSource.manager, FINISH, [
      m.id, end.status, end.status === 'sent' ? end.platformMessageId : null, end.status === 'failed' ? JSON.stringify(end.error) : null,
      m.inboxId,
    ]);
    return row.moved > 0;
  }
}
