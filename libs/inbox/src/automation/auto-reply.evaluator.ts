import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { replyWindow } from '@parley/channels';
import type { AutoReplyTrigger, ChannelType } from '@parley/contracts';
import { MessageEntity, type ConversationEntity, type InboxSettings } from '@parley/core';
import { ConversationMutator } from '../conversations/conversation-mutator.js';
import { applyNonReply } from '../conversations/derived-fields.js';
import { snippetOf, toMessageDto } from '../messages/message.mapper.js';
import { renderAutoReply } from './auto-reply-text.js';
import { shouldSendAway, matchKeywordRule } from './away-rules.js';
import { businessHoursOf } from './automation-settings.js';
import { isOpen, type BusinessHours } from './business-hours.js';

type SourceMessage = Pick<MessageEntity, 'id' | 'conversationId' | 'inboxId' | 'direction' | 'senderType' | 'kind' | 'text' | 'sentAt'>;
type Rule = { id: string; trigger: AutoReplyTrigger; keywords: string[]; pattern: string | null; body: string };

export type EvaluationResult = { sent: true; messageId: string; trigger: AutoReplyTrigger } | { sent: false; reason: string };

/**
 * Decides and sends the auto-reply for one customer message, if any: the first enabled rule (by position)
 * that applies wins. The decision is taken under the conversation's row lock and stored with a unique key
 * on the customer message, together with the outgoing message and its delivery job: a repeated or
 * concurrent job, or one retried after a crash, finds the key and sends nothing.
 */
@Injectable()
export class AutoReplyEvaluator {
  constructor(private readonly dataSource: DataSource, private readonly mutator: ConversationMutator) {}

  async evaluate(conversationId: string, messageId: string, now = new Date()): Promise<EvaluationResult> {
    // The message and its inbox's enabled rules in one read.
    const [found]: (SourceMessage & { rules: Rule[] })[] = await this.dataSource.query(
      `SELECT m.id, m.conversation_id AS "conversationId", m.inbox_id AS "inboxId", m.direction, m.sender_type AS "senderType", m.kind,
              m.text, m.sent_at AS "sentAt",
              coalesce((SELECT json_agg(json_build_object('id', r.id, 'trigger', r.trigger, 'keywords', r.keywords, 'pattern', r.pattern, 'body', r.body)
                                 ORDER BY r.position, r.created_at)
                        FROM auto_reply_rules r WHERE r.inbox_id = m.inbox_id AND r.enabled), '[]'::json) AS rules
       FROM messages m WHERE m.id = $1`, [messageId]);
    if (!found || found.conversationId !== conversationId) return { sent: false, reason: 'message gone' };
    const { rules, ...source } = found;
    // Only what a customer wrote: never echoes, our own or automated messages, notes or activity.
    if (source.direction !== 'incoming' || source.senderType !== 'contact' || source.kind === 'note' || source.kind === 'activity') {
      return { sent: false, reason: 'not a customer message' };
    }
    if (rules.length === 0) return { sent: false, reason: 'no rules' };
    let result: EvaluationResult = { sent: false, reason: 'no rule applies' };
    await this.mutator.apply(null, conversationId, async (c, tx) => {
      const m = tx.manager;
      // What the decision and the text need, in one read under the lock.
      const [facts]: { answered: boolean; inbox_name: string; channel: ChannelType; settings: InboxSettings | null; contact_name: string | null; agent_name: string | null }[] =
        await m.query(
          `SELECT EXISTS (SELECT 1 FROM automation_replies WHERE source_message_id = $1) AS answered, i.name AS inbox_name, i.channel, i.settings,
                  (SELECT ct.name FROM contacts ct WHERE ct.id = $3) AS contact_name, (SELECT u.name FROM users u WHERE u.id = $4) AS agent_name
           FROM inboxes i WHERE i.id = $2`, [source.id, c.inboxId, c.contactId, c.assigneeId]);
      if (!facts) throw new Error(`Inbox ${c.inboxId} not found`);
      if (facts.answered) { result = { sent: false, reason: 'already answered automatically' }; return []; }
      // An agent answered after this message: the job came late, there is nothing left to say.
      if (c.lastReplyAt && c.lastReplyAt.getTime() >= source.sentAt.getTime()) { result = { sent: false, reason: 'an agent answered' }; return []; }
      const window = replyWindow({ channel: facts.channel, lastIncomingAt: c.lastIncomingAt, now, isAutomation: true });
      if (!window.allowed) { result = { sent: false, reason: window.reason ?? 'outside the platform window' }; return []; }
      const bh = businessHoursOf(facts.settings);
      const rule = await this.firstApplying(m, rules, c, source, bh, now);
      if (!rule) return [];
      const text = renderAutoReply(rule.body, {
        contact: { name: facts.contact_name },
        agent: { name: c.assigneeId ? facts.agent_name : null },
        inbox: { name: facts.inbox_name },
        conversation: { id: c.id },
      });
      if (!text) return [];
      const message = await m.save(MessageEntity, m.create(MessageEntity, {
        conversationId: c.id, inboxId: c.inboxId, direction: 'outgoing', kind: 'text', senderType: 'automation', senderUserId: null,
        text, attachments: [], deliveryStatus: 'pending', sentAt: now,
      }));
      // The decision's key, the delivery job and the thread's event in one statement (outbox rows in this order).
      await m.query(
        `WITH ar AS (INSERT INTO automation_replies (conversation_id, source_message_id, rule_id, trigger, message_id) VALUES ($1, $2, $3, $4, $5))
         INSERT INTO outbox (kind, name, payload, options) VALUES ('job', 'message.deliver', $6, $7), ('realtime', 'message.created', $8, $9)`,
        [c.id, source.id, rule.id, rule.trigger, message.id,
          JSON.stringify({ messageId: message.id }), JSON.stringify({ jobId: `deliver-${message.id}` }),
          JSON.stringify({ message: toMessageDto(message), conversationVersion: Number(c.version) + 1 }), JSON.stringify({ audiences: [{ inboxId: c.inboxId }] })]);
      // Not a reply: first_reply_at, last_reply_at and waiting_since stay as they were.
      Object.assign(c, applyNonReply(c, now), { snippet: snippetOf(message) });
      result = { sent: true, messageId: message.id, trigger: rule.trigger };
      return [{ type: 'auto_replied', data: { ruleId: rule.id, trigger: rule.trigger, messageId: message.id, sourceMessageId: source.id } }];
    });
    return result;
  }

  private async firstApplying(
    m: EntityManager, rules: Rule[], c: ConversationEntity, source: SourceMessage, bh: BusinessHours | null, now: Date,
  ): Promise<Rule | null> {
    for (const rule of rules) {
      if (rule.trigger === 'keyword' && source.text && matchKeywordRule(source.text, { keywords: rule.keywords, pattern: rule.pattern ?? undefined })) return rule;
      if (rule.trigger === 'first_message' && (await isFirstMessage(m, c.id, source))) return rule;
      if (rule.trigger === 'outside_hours' && bh) {
        const [last] = await m.query(
          "SELECT max(created_at) AS at FROM automation_replies WHERE conversation_id = $1 AND trigger = 'outside_hours'", [c.id]);
        if (shouldSendAway({ now, isOpen: isOpen(bh, source.sentAt), lastAwaySentAt: last?.at ?? null, lastAgentReplyAt: c.lastReplyAt, tz: bh.timeZone })) return rule;
      }
    }
    return null;
  }
}

/** The customer's first message in this conversation, and no greeting sent in it yet. */
async function isFirstMessage(m: EntityManager, conversationId: string, source: SourceMessage): Promise<boolean> {
  const [row] = await m.query(
    `SELECT EXISTS (SELECT 1 FROM messages WHERE conversation_id = $1 AND direction = 'incoming' AND id <> $2 AND sent_at <= $3) AS earlier,
            EXISTS (SELECT 1 FROM automation_replies WHERE conversation_id = $1 AND trigger = 'first_message') AS greeted`,
    [conversationId, source.id, source.sentAt]);
  return !row.earlier && !row.greeted;
}
