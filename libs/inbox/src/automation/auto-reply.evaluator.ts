import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { replyWindow } from '@parley/channels';
import type { AutoReplyTrigger } from '@parley/contracts';
import { AutomationReplyEntity, AutoReplyRuleEntity, ContactEntity, InboxEntity, MessageEntity, UserEntity, type ConversationEntity } from '@parley/core';
import { ConversationMutator } from '../conversations/conversation-mutator.js';
import { applyNonReply } from '../conversations/derived-fields.js';
import { snippetOf, toMessageDto } from '../messages/message.mapper.js';
import { renderAutoReply } from './auto-reply-text.js';
import { shouldSendAway, matchKeywordRule } from './away-rules.js';
import { businessHoursOf } from './automation-settings.js';
import { isOpen, type BusinessHours } from './business-hours.js';

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
    const source = await this.dataSource.manager.findOneBy(MessageEntity, { id: messageId });
    if (!source || source.conversationId !== conversationId) return { sent: false, reason: 'message gone' };
    // Only what a customer wrote: never echoes, our own or automated messages, notes or activity.
    if (source.direction !== 'incoming' || source.senderType !== 'contact' || source.kind === 'note' || source.kind === 'activity') {
      return { sent: false, reason: 'not a customer message' };
    }
    const rules = await this.dataSource.manager.find(AutoReplyRuleEntity, { where: { inboxId: source.inboxId, enabled: true }, order: { position: 'ASC', createdAt: 'ASC' } });
    if (rules.length === 0) return { sent: false, reason: 'no rules' };
    let result: EvaluationResult = { sent: false, reason: 'no rule applies' };
    await this.mutator.apply(null, conversationId, async (c, tx) => {
      const m = tx.manager;
      if (await m.existsBy(AutomationReplyEntity, { sourceMessageId: source.id })) { result = { sent: false, reason: 'already answered automatically' }; return []; }
      // An agent answered after this message: the job came late, there is nothing left to say.
      if (c.lastReplyAt && c.lastReplyAt.getTime() >= source.sentAt.getTime()) { result = { sent: false, reason: 'an agent answered' }; return []; }
      const inbox = await m.findOneOrFail(InboxEntity, { where: { id: c.inboxId }, select: { id: true, name: true, channel: true, settings: true } });
      const window = replyWindow({ channel: inbox.channel, lastIncomingAt: c.lastIncomingAt, now, isAutomation: true });
      if (!window.allowed) { result = { sent: false, reason: window.reason ?? 'outside the platform window' }; return []; }
      const bh = businessHoursOf(inbox.settings);
      const rule = await this.firstApplying(m, rules, c, source, bh, now);
      if (!rule) return [];
      const text = renderAutoReply(rule.body, {
        contact: { name: (await m.findOne(ContactEntity, { where: { id: c.contactId }, select: { id: true, name: true } }))?.name },
        agent: { name: c.assigneeId ? (await m.findOne(UserEntity, { where: { id: c.assigneeId }, select: { id: true, name: true } }))?.name : null },
        inbox: { name: inbox.name },
        conversation: { id: c.id },
      });
      if (!text) return [];
      const message = await m.save(MessageEntity, m.create(MessageEntity, {
        conversationId: c.id, inboxId: c.inboxId, direction: 'outgoing', kind: 'text', senderType: 'automation', senderUserId: null,
        text, attachments: [], deliveryStatus: 'pending', sentAt: now,
      }));
      await m.insert(AutomationReplyEntity, { conversationId: c.id, sourceMessageId: source.id, ruleId: rule.id, trigger: rule.trigger, messageId: message.id });
      // Not a reply: first_reply_at, last_reply_at and waiting_since stay as they were.
      Object.assign(c, applyNonReply(c, now), { snippet: snippetOf(message) });
      await tx.outbox.job('message.deliver', { messageId: message.id }, { jobId: `deliver-${message.id}` });
      await tx.outbox.realtime('message.created', { message: toMessageDto(message), conversationVersion: Number(c.version) + 1 }, [{ inboxId: c.inboxId }]);
      result = { sent: true, messageId: message.id, trigger: rule.trigger };
      return [{ type: 'auto_replied', data: { ruleId: rule.id, trigger: rule.trigger, messageId: message.id, sourceMessageId: source.id } }];
    });
    return result;
  }

  private async firstApplying(
    m: EntityManager, rules: AutoReplyRuleEntity[], c: ConversationEntity, source: MessageEntity, bh: BusinessHours | null, now: Date,
  ): Promise<AutoReplyRuleEntity | null> {
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
async function isFirstMessage(m: EntityManager, conversationId: string, source: MessageEntity): Promise<boolean> {
  const [row] = await m.query(
    `SELECT EXISTS (SELECT 1 FROM messages WHERE conversation_id = $1 AND direction = 'incoming' AND id <> $2 AND sent_at <= $3) AS earlier,
            EXISTS (SELECT 1 FROM automation_replies WHERE conversation_id = $1 AND trigger = 'first_message') AS greeted`,
    [conversationId, source.id, source.sentAt]);
  return !row.earlier && !row.greeted;
}
