import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AutoReplyTrigger } from '@parley/contracts';
import { outboxInsertSql, preparedQuery, type InboxSettings, type OutboxRow } from '@parley/core';
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
 * event, and the outbox rows ($11), built by the caller in the order the mutator path writes them. As the row
 * is still the one read, its new version is the read one plus one, which the caller's rows already carry.
 */
const WRITE_REPLY = `
  WITH g AS (SELECT c.id, c.inbox_id FROM conversations c WHERE c.id = $1 AND c.xmin = $2::xid FOR UPDATE),
  ar AS (
    INSERT INTO automation_replies (conversation_id, source_message_id, rule_id, trigger, message_id)
    SELECT g.id, $3, $4, $5, $6 FROM g
    ON CONFLICT (source_message_id) DO NOTHING
    RETURNING message_id),
  m AS (
    INSERT INTO messages (id, conversation_id, inbox_id, direction, kind, sender_type, sender_user_id, text, attachments, delivery_status, sent_at, created_at)
    SELECT ar.message_id, g.id, g.inbox_id, 'outgoing', 'text', 'automation', NULL, $7, '[]'::jsonb, 'pending', $8, $8 FROM ar, g
    RETURNING id),
  up AS (
    UPDATE conversations c SET last_message_at = greatest(c.last_message_at, $8), snippet = $9, version = c.version + 1, updated_at = $8
    FROM m WHERE c.id = $1
    RETURNING c.version),
  ev AS (
    INSERT INTO conversation_events (conversation_id, inbox_id, type, actor_id, data)
    SELECT g.id, g.inbox_id, 'auto_replied', NULL, $10::jsonb FROM g, m),
  ob AS (${outboxInsertSql('$11', ['up'])} RETURNING 1)
  SELECT (SELECT count(*)::int FROM g) AS current, (SELECT count(*)::int FROM m) AS sent, (SELECT count(*)::int FROM ob) AS queued`;

export interface NewAutoReply {
  conversationId: string; rowVersion: string; sourceMessageId: string; ruleId: string; trigger: AutoReplyTrigger;
  messageId: string; text: string; sentAt: Date; snippet: string;
  history: Record<string, unknown>;
  /** what leaves with it: the delivery job, the message and list-row events, the follow-up job */
  outbox: OutboxRow[];
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
      r.conversationId, r.rowVersion, r.sourceMessageId, r.ruleId, r.trigger, r.messageId, r.text, r.sentAt, r.snippet,
      JSON.stringify(r.history), JSON.stringify(r.outbox),
    ]);
    if (row.current === 0) return 'stale';
    return row.sent > 0 ? 'sent' : 'answered';
  }
}
