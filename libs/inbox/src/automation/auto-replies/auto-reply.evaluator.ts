import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { replyWindow } from '@parley/channels';
import type { AutoReplyTrigger } from '@parley/contracts';
import { eventRow, Jobs, OutboxRelay, type MessageEntity } from '@parley/core';
import { toListItem } from '../../conversations/conversation-row.js';
import { snippetOf, toMessageDto } from '../../messages/message.mapper.js';
import { renderAutoReply } from './auto-reply-text.js';
import { AutoReplyRepository, type AutoReplyRule, type EvaluationFacts, type NewAutoReply } from './auto-reply.repository.js';
import { shouldSendAway, matchKeywordRule } from './away-rules.js';
import { businessHoursOf, isOpen, type BusinessHours } from '../business-hours/index.js';

export type EvaluationResult = { sent: true; messageId: string; trigger: AutoReplyTrigger } | { sent: false; reason: string };

/** A write that found the conversation changed since its read decides again from a fresh read, this many times. */
const MAX_ATTEMPTS = 10;

/**
 * Decides and sends the auto-reply for one customer message, if any: the first enabled rule (by position)
 * that applies wins. The decision is read in one statement and written in one, and the write goes ahead
 * only if the conversation is still the version the decision was taken on (otherwise it decides again);
 * it is stored with a unique key on the customer message, together with the outgoing message and its
 * delivery job: a repeated or concurrent job, or one retried after a crash, finds the key and sends nothing.
 */
@Injectable()
export class AutoReplyEvaluator {
  constructor(private readonly repository: AutoReplyRepository, private readonly relay: OutboxRelay) {}

  async evaluate(conversationId: string, messageId: string, now = new Date()): Promise<EvaluationResult> {
    for (let attempt = 1; ; attempt++) {
      const facts = await this.repository.facts(messageId);
      if (!facts || facts.message_conversation_id !== conversationId) return { sent: false, reason: 'message gone' };
      const decision = await this.decide(facts, messageId, now);
      if ('reason' in decision) return { sent: false, reason: decision.reason };
      const reply = this.reply(facts, messageId, decision.rule, decision.text, now);
      const outcome = await this.repository.write(reply);
      if (outcome === 'sent') {
        this.relay.kick();
        return { sent: true, messageId: reply.messageId, trigger: reply.trigger };
      }
      if (outcome === 'answered') return { sent: false, reason: 'already answered automatically' };
      if (attempt >= MAX_ATTEMPTS) throw new Error(`Auto-reply to ${messageId}: the conversation kept changing under it`);
    }
  }

  /** The same checks, in the same order, as when they ran under the row lock. */
  private async decide(f: EvaluationFacts, messageId: string, now: Date): Promise<{ rule: AutoReplyRule; text: string } | { reason: string }> {
    // Only what a customer wrote: never echoes, our own or automated messages, notes or activity.
    if (f.message_direction !== 'incoming' || f.message_sender_type !== 'contact' || f.message_kind === 'note' || f.message_kind === 'activity') {
      return { reason: 'not a customer message' };
    }
    if (f.rules.length === 0) return { reason: 'no rules' };
    if (f.answered) return { reason: 'already answered automatically' };
    // An agent answered after this message: the job came late, there is nothing left to say.
    if (f.last_reply_at && f.last_reply_at.getTime() >= f.message_sent_at.getTime()) return { reason: 'an agent answered' };
    const window = replyWindow({ channel: f.channel, lastIncomingAt: f.last_incoming_at, now, isAutomation: true });
    if (!window.allowed) return { reason: window.reason ?? 'outside the platform window' };
    const rule = await this.firstApplying(f, messageId, businessHoursOf(f.inbox_settings), now);
    if (!rule) return { reason: 'no rule applies' };
    const text = renderAutoReply(rule.body, {
      contact: { name: f.contact_name },
      agent: { name: f.assignee_id ? f.assignee_name : null },
      inbox: { name: f.inbox_name },
      conversation: { id: f.id },
    });
    if (!text) return { reason: 'no rule applies' };
    return { rule, text };
  }

  private async firstApplying(f: EvaluationFacts, messageId: string, bh: BusinessHours | null, now: Date): Promise<AutoReplyRule | null> {
    for (const rule of f.rules) {
      if (rule.trigger === 'keyword' && f.message_text && matchKeywordRule(f.message_text, { keywords: rule.keywords, pattern: rule.pattern ?? undefined })) return rule;
      if (rule.trigger === 'first_message' && (await this.repository.isFirstMessage(f.id, messageId, f.message_sent_at))) return rule;
      if (rule.trigger === 'outside_hours' && bh) {
        const lastAwaySentAt = await this.repository.lastAwaySentAt(f.id);
        if (shouldSendAway({ now, isOpen: isOpen(bh, f.message_sent_at), lastAwaySentAt, lastAgentReplyAt: f.last_reply_at, tz: bh.timeZone })) return rule;
      }
    }
    return null;
  }

  /** The write's inputs, with the outbox rows as they will read after it (the conversation's next version). */
  private reply(f: EvaluationFacts, sourceMessageId: string, rule: AutoReplyRule, text: string, now: Date): NewAutoReply {
    const messageId = randomUUID();
    const message = {
      id: messageId, conversationId: f.id, inboxId: f.inbox_id, direction: 'outgoing', kind: 'text', senderType: 'automation', senderUserId: null,
      text, attachments: [], platformMessageId: null, deliveryStatus: 'pending', deliveryError: null, replyToId: null, replyToPlatformId: null,
      payload: null, reactions: [], editHistory: [], editedAt: null, deletedAt: null, quickReplyId: null, sendStartedAt: null, deliveryAttempts: 0,
      sentAt: now, createdAt: now, standby: false,
    } satisfies MessageEntity;
    const snippet = snippetOf(message);
    const version = Number(f.version) + 1;
    // Not a reply: first_reply_at, last_reply_at and waiting_since stay as they were.
    const lastMessageAt = f.last_message_at.getTime() >= now.getTime() ? f.last_message_at : now;
    const listItem = toListItem({ ...f, last_message_at: lastMessageAt, snippet, version: String(version), updated_at: now });
    return {
      conversationId: f.id, rowVersion: f.row_version, sourceMessageId, ruleId: rule.id, trigger: rule.trigger, messageId, text, sentAt: now, snippet,
      history: { ruleId: rule.id, trigger: rule.trigger, messageId, sourceMessageId },
      outbox: [
        Jobs.deliver(messageId),
        eventRow('message.created', { message: toMessageDto(message), conversationVersion: version }, [{ conversationId: f.id }]),
        eventRow('conversation.updated', { conversation: listItem }, [{ inboxId: f.inbox_id }]),
        Jobs.conversationChanged(f.id, version, ['auto_replied'], null),
      ],
    };
  }
}
