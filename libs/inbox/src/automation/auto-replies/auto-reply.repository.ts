import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AutoReplyTrigger, ConversationListItemDto, MessageDto } from '@parley/contracts';
import { isoUtcSql, preparedQuery, type InboxSettings } from '@parley/core';
import { LIST_COLUMNS, LIST_FROM, type ConversationRow } from '../../conversations/conversation-row.js';
import { BatchedRead } from '../batched-read.js';

export type AutoReplyRule = { id: string; trigger: AutoReplyTrigger; keywords: string[]; pattern: string | null; body: string };

/** Everything an evaluation decides from, read in one statement: the conversation as its list row, and beside it: */
export interface EvaluationFacts extends ConversationRow {
  /** the customer message */
  message_id: string; message_conversation_id: string; message_direction: string; message_sender_type: string; message_kind: string;
  message_text: string | null; message_sent_at: Date;
  /** the inbox's enabled rules in evaluation order */
  rules: AutoReplyRule[];
  /** an auto-reply to this message exists already */
  answered: boolean;
  /** the conversation row's version (xmin), which the write checks */
  row_version: string;
  inbox_name: string; inbox_settings: InboxSettings | null;
}

const READ_EVALUATION = `
  SELECT ${LIST_COLUMNS}, c.xmin::text AS row_version, i.name AS inbox_name, i.settings AS inbox_settings,
         m.id AS message_id, m.conversation_id AS message_conversation_id, m.direction AS message_direction, m.sender_type AS message_sender_type,
         m.kind AS message_kind, m.text AS message_text, m.sent_at AS message_sent_at,
         EXISTS (SELECT 1 FROM automation_replies a WHERE a.source_message_id = m.id) AS answered,
         coalesce((SELECT json_agg(json_build_object('id', r.id, 'trigger', r.trigger, 'keywords', r.keywords, 'pattern', r.pattern, 'body', r.body)
                            ORDER BY r.position, r.created_at)
                   FROM auto_reply_rules r WHERE r.inbox_id = m.inbox_id AND r.enabled), '[]'::json) AS rules
  FROM messages m JOIN (${LIST_FROM}) ON c.id = m.conversation_id
  WHERE m.id = ANY($1::uuid[])`;


/**
 * The whole auto-reply as one statement, in place of the mutator's transaction (lock, save, history, list-row
 * re-read, outbox): it goes ahead only if the conversation row is still the version the decision was read
 * from ($2, its xmin), and only if no auto-reply to the source message exists (the unique key). Then: the
 * decision's key, the outgoing message, the conversation (activity time, snippet, version), its history
 * event, and the outbox rows in the order the mutator path wrote them (delivery job, message event to the
 * thread's room, list row to the inbox, follow-up job). The list row ($10) and the message ($9) are built by
 * the caller; the statement adds what only it knows (version, updated_at, the message's created_at).
 */
const WRITE_REPLY = `
  WITH g AS (SELECT c.id, c.inbox_id FROM conversations c WHERE c.id = $1 AND c.xmin = $2::xid FOR UPDATE),
  ar AS (
    INSERT INTO automation_replies (conversation_id, source_message_id, rule_id, trigger, message_id)
    SELECT g.id, $3, $4, $5, $6 FROM g
    ON CONFLICT (source_message_id) DO NOTHING
    RETURNING message_id),
  m AS (
    INSERT INTO messages (id, conversation_id, inbox_id, direction, kind, sender_type, sender_user_id, text, attachments, delivery_status, sent_at)
    SELECT ar.message_id, g.id, g.inbox_id, 'outgoing', 'text', 'automation', NULL, $7, '[]'::jsonb, 'pending', $8 FROM ar, g
    RETURNING id, created_at),
  up AS (
    UPDATE conversations c SET last_message_at = greatest(c.last_message_at, $8), snippet = $11, version = c.version + 1, updated_at = now()
    FROM m WHERE c.id = $1
    RETURNING c.version, c.updated_at),
  ev AS (
    INSERT INTO conversation_events (conversation_id, inbox_id, type, actor_id, data)
    SELECT g.id, g.inbox_id, 'auto_replied', NULL, $12::jsonb FROM g, m),
  ob AS (
    INSERT INTO outbox (kind, name, payload, options)
    SELECT o.kind, o.name, o.payload, o.options FROM (
      SELECT 1 AS ord, 'job' AS kind, 'message.deliver' AS name, jsonb_build_object('messageId', m.id) AS payload,
             jsonb_build_object('jobId', 'deliver-' || m.id) AS options FROM m
      UNION ALL
      SELECT 2, 'realtime', 'message.created',
             jsonb_build_object('message', $9::jsonb || jsonb_build_object('createdAt', ${isoUtcSql('m.created_at')}), 'conversationVersion', up.version),
             jsonb_build_object('audiences', jsonb_build_array(jsonb_build_object('conversationId', g.id))) FROM m, up, g
      UNION ALL
      SELECT 3, 'realtime', 'conversation.updated',
             jsonb_build_object('conversation', $10::jsonb || jsonb_build_object('version', up.version, 'updatedAt', ${isoUtcSql('up.updated_at')})),
             jsonb_build_object('audiences', jsonb_build_array(jsonb_build_object('inboxId', g.inbox_id))) FROM up, g
      UNION ALL
      SELECT 4, 'job', 'conversation.changed',
             jsonb_build_object('conversationId', $1::uuid, 'version', up.version::text, 'types', '["auto_replied"]'::jsonb, 'actorId', NULL),
             jsonb_build_object('jobId', 'changed-' || $1 || '-' || up.version) FROM up) o
    ORDER BY o.ord
    RETURNING 1)
  SELECT (SELECT count(*)::int FROM g) AS current, (SELECT count(*)::int FROM m) AS sent, (SELECT count(*)::int FROM ob) AS queued`;

export interface NewAutoReply {
  conversationId: string; rowVersion: string; sourceMessageId: string; ruleId: string; trigger: AutoReplyTrigger;
  messageId: string; text: string; sentAt: Date; snippet: string;
  /** the outgoing message's event payload without createdAt, and the list row without version and updatedAt */
  message: Omit<MessageDto, 'createdAt'>; listItem: Omit<ConversationListItemDto, 'version' | 'updatedAt'>;
  history: Record<string, unknown>;
}

/** The auto-reply evaluation's statements, prepared (they run once per customer message). */
@Injectable()
export class AutoReplyRepository {
  private readonly reads: BatchedRead<EvaluationFacts>;

  constructor(private readonly dataSource: DataSource) {
    this.reads = new BatchedRead((ids) => preparedQuery<EvaluationFacts>(this.dataSource, 'auto-reply-read', READ_EVALUATION, [ids]), (row) => row.message_id);
  }

  /** Evaluations running at the same time share one read statement. */
  facts(messageId: string): Promise<EvaluationFacts | undefined> {
    return this.reads.load(messageId);
  }

  /** The customer's first message in this conversation, and no greeting sent in it yet. */
  async isFirstMessage(conversationId: string, sourceMessageId: string, sentAt: Date): Promise<boolean> {
    const [row] = await preparedQuery<{ earlier: boolean; greeted: boolean }>(this.dataSource, 'auto-reply-first-message',
      `SELECT EXISTS (SELECT 1 FROM messages WHERE conversation_id = $1 AND direction = 'incoming' AND id <> $2 AND sent_at <= $3) AS earlier,
              EXISTS (SELECT 1 FROM automation_replies WHERE conversation_id = $1 AND trigger = 'first_message') AS greeted`,
      [conversationId, sourceMessageId, sentAt]);
    return !row.earlier && !row.greeted;
  }

  async lastAwaySentAt(conversationId: string): Promise<Date | null> {
    const [row] = await preparedQuery<{ at: Date | null }>(this.dataSource, 'auto-reply-last-away',
      "SELECT max(created_at) AS at FROM automation_replies WHERE conversation_id = $1 AND trigger = 'outside_hours'", [conversationId]);
    return row?.at ?? null;
  }

  /**
   * Writes the reply if the conversation is still at `rowVersion` and the source message has no reply yet.
   * 'stale': the conversation changed since the read (decide again); 'answered': another evaluation won.
   */
  async write(r: NewAutoReply): Promise<'sent' | 'stale' | 'answered'> {
    const [row] = await preparedQuery<{ current: number; sent: number }>(this.dataSource, 'auto-reply-write', WRITE_REPLY, [
      r.conversationId, r.rowVersion, r.sourceMessageId, r.ruleId, r.trigger, r.messageId, r.text, r.sentAt,
      JSON.stringify(r.message), JSON.stringify(r.listItem), r.snippet, JSON.stringify(r.history),
    ]);
    if (row.current === 0) return 'stale';
    return row.sent > 0 ? 'sent' : 'answered';
  }
}
