import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { InboundEchoEvent, InboundMessageEvent } from '@parley/contracts';
import { GroupCommit, INGESTION_TX, InjectConfig, Jobs, MessageEntity, TransactionRunner, type ConversationEntity, type ParleyConfig, type Tx } from '@parley/core';
import { toListItem } from '../conversations/conversation-row.js';
import { applyIncoming, applyNonReply, applyReply, replyMayLeaveWaiting, type DerivedFields } from '../conversations/derived-fields.js';
import type { HistoryEntry } from '../history/conversation-history.js';
import { snippetOf, toMessageDto } from '../messages/message.mapper.js';
import { oldestIncomingAfter } from '../messages/messages.queries.js';
import { lockContactConversation } from './conversation-locator.js';
import { isErased, storeMessage, type NewMessage } from './ingestion.queries.js';
import type { IngestOutcome } from './ingestion.types.js';
import { noteThreadControl, standbyController } from './thread-control.js';

export interface IngestInbox { id: string; unarchiveOnIncoming: boolean }

const ERASED: IngestOutcome = { result: 'ignored', reason: 'the message was erased' };

/**
 * Customer messages and our own echoes, idempotent on the platform message id: a re-delivery reaches the
 * message insert, finds the id taken, and commits nothing new. Customer messages that arrive together share
 * a transaction (GroupCommit: one customer's always queue in one lane, in order); echoes run one each.
 */
@Injectable()
export class MessageIngestion {
  private readonly group: GroupCommit;

  constructor(
    private readonly tx: TransactionRunner, @Inject(INGESTION_TX) pipelined: TransactionRunner, @InjectConfig() config: ParleyConfig,
  ) {
    // Customer messages share transactions on the pipelined pool; echoes (one each) use the main one.
    this.group = new GroupCommit(pipelined, { lanes: config.INGEST_LANES, maxBatch: config.INGEST_BATCH });
  }

  async incoming(inbox: IngestInbox, e: InboundMessageEvent): Promise<IngestOutcome> {
    if (e.standby) return this.context(inbox, e);
    return this.group.run(`${inbox.id}/${e.contact.platformId}`, async (tx) => {
      // A replayed webhook of an erased message must not bring the customer (or their words) back.
      if (await isErased(tx.manager, inbox.id, e.platformMessageId)) return ERASED;
      const at = new Date(e.timestamp);
      const { contact, conversation: c, created } = await lockContactConversation(tx.manager, inbox.id, e.contact, at);
      const history: HistoryEntry[] = created ? [{ type: 'created', data: { channel: e.channel } }] : reopen(c, inbox);
      const stored = await this.store(tx, c, applyIncoming(derived(c), at), {
        conversationId: c.id, inboxId: inbox.id, direction: 'incoming', kind: e.attachments.length && !e.text ? 'attachment' : 'text',
        senderType: 'contact', text: e.text ?? null, attachments: e.attachments, platformMessageId: e.platformMessageId,
        replyToPlatformId: e.replyToPlatformId, payload: e.payload ?? null, sentAt: at,
      }, history, { unread: 1, created });
      if (!stored) return { result: 'duplicate', messageId: await findByPlatformId(tx.manager, inbox.id, e.platformMessageId) };
      // A message on the primary channel (not standby) means the thread is ours again.
      if (c.threadController) await noteThreadControl(tx, c, null, at);
      if (contact.created && !contact.name && (e.channel === 'messenger' || e.channel === 'instagram')) {
        tx.outbox.add(Jobs.fetchProfile(contact.id));
      }
      // Auto-replies, SLA clocks and assignment follow every customer message (never echoes or receipts).
      tx.outbox.add(Jobs.evaluate(c.id, stored.id));
      return { result: 'stored', messageId: stored.id, conversationId: c.id, conversationCreated: created };
    });
  }

  /**
   * A customer message that reached us on standby: another app is answering it. Kept in the thread as
   * context (the customer's last message time moves, so the reply window is right), but it waits for no
   * one here: no unread badge, no waiting clock, no reopening, no automation.
   */
  private async context(inbox: IngestInbox, e: InboundMessageEvent): Promise<IngestOutcome> {
    return this.tx.run(async (tx) => {
      const at = new Date(e.timestamp);
      const { conversation: c, created } = await lockContactConversation(tx.manager, inbox.id, e.contact, at);
      const history: HistoryEntry[] = created ? [{ type: 'created', data: { channel: e.channel } }] : [];
      const before = derived(c);
      const stored = await this.store(tx, c, { ...applyIncoming(before, at), waitingSince: before.waitingSince }, {
        conversationId: c.id, inboxId: inbox.id, direction: 'incoming', kind: e.attachments.length && !e.text ? 'attachment' : 'text',
        senderType: 'contact', text: e.text ?? null, attachments: e.attachments, platformMessageId: e.platformMessageId,
        replyToPlatformId: e.replyToPlatformId, payload: e.payload ?? null, sentAt: at, standby: true,
      }, history, { unread: 0, created });
      if (!stored) return { result: 'duplicate', messageId: await findByPlatformId(tx.manager, inbox.id, e.platformMessageId) };
      if (!c.threadController) await noteThreadControl(tx, c, standbyController(undefined), at);
      return { result: 'stored', messageId: stored.id, conversationId: c.id, conversationCreated: created };
    });
  }

  /** An echo of our message is matched to it; one typed in the platform's own app is stored as the page's reply. */
  async echo(inbox: IngestInbox, e: InboundEchoEvent): Promise<IngestOutcome> {
    return this.tx.run(async (tx) => {
      const existing = await findByPlatformId(tx.manager, inbox.id, e.platformMessageId);
      if (existing) return { result: 'duplicate', messageId: existing };
      if (await isErased(tx.manager, inbox.id, e.platformMessageId)) return ERASED;
      const at = new Date(e.timestamp);
      const { conversation: c, created } = await lockContactConversation(tx.manager, inbox.id, { platformId: e.contact.platformId }, at);
      const ours = await findOurPendingMessage(tx.manager, c.id, e);
      if (ours) {
        await tx.manager.query(
          `UPDATE messages SET platform_message_id = $2,
             delivery_status = CASE WHEN delivery_status = 'pending' THEN 'sent' ELSE delivery_status END WHERE id = $1`,
          [ours, e.platformMessageId]);
        const updated = await tx.manager.findOneByOrFail(MessageEntity, { id: ours });
        await tx.outbox.realtime('message.updated', { message: toMessageDto(updated) }, [{ conversationId: c.id }]);
        return { result: 'updated', messageIds: [ours] };
      }
      const before = derived(c);
      const waiting = !e.standby && replyMayLeaveWaiting(before, at) ? await oldestIncomingAfter(tx.manager, c.id, at) : null;
      const history: HistoryEntry[] = created ? [{ type: 'created', data: { channel: e.channel } }] : [];
      // The controlling app's own replies (standby echoes) are context: they answer no one on our side.
      const fields = e.standby ? applyNonReply(before, at) : applyReply(before, at, waiting);
      const stored = await this.store(tx, c, fields, {
        conversationId: c.id, inboxId: inbox.id, direction: 'outgoing', kind: e.attachments.length && !e.text ? 'attachment' : 'text',
        senderType: 'page', text: e.text ?? null, attachments: e.attachments, platformMessageId: e.platformMessageId,
        deliveryStatus: 'sent', sentAt: at, standby: e.standby ?? false,
      }, history, { unread: 0, created });
      if (!stored) return { result: 'duplicate', messageId: null };
      if (e.standby) await noteThreadControl(tx, c, standbyController(e.appId), at);
      return { result: 'stored', messageId: stored.id, conversationId: c.id, conversationCreated: created };
    });
  }

  /** Stores the message with the conversation's new state and queues the realtime events; null for a duplicate. */
  private async store(
    tx: Tx, c: ConversationEntity, f: DerivedFields, v: NewMessage, history: HistoryEntry[], o: { unread: number; created: boolean },
  ): Promise<MessageEntity | null> {
    // A message placed earlier than the newest one (out of order) leaves the snippet alone.
    const isLatest = o.created || v.sentAt.getTime() >= c.lastMessageAt.getTime();
    const stored = await storeMessage(tx.manager, v, { conversation: c, fields: f, snippet: isLatest ? snippetOf(v) : c.snippet, unreadDelta: o.unread, history });
    if (!stored) return null;
    const item = toListItem(stored.row);
    const audiences = [{ inboxId: c.inboxId }];
    await tx.outbox.realtimeMany([
      { event: o.created ? 'conversation.created' : 'conversation.updated', payload: { conversation: item }, audiences },
      // The body goes only to the agents with the thread open; the list row above tells everyone else.
      { event: 'message.created', payload: { message: toMessageDto(stored.message), conversationVersion: item.version }, audiences: [{ conversationId: c.id }] },
    ]);
    return stored.message;
  }
}

function derived(c: ConversationEntity): DerivedFields {
  return { lastMessageAt: c.lastMessageAt, lastIncomingAt: c.lastIncomingAt, lastReplyAt: c.lastReplyAt, firstReplyAt: c.firstReplyAt, waitingSince: c.waitingSince };
}

/** A customer message reopens a resolved thread, wakes a snoozed or pending one, and un-archives if the inbox says so. */
function reopen(c: ConversationEntity, inbox: IngestInbox): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  if (c.status !== 'open') {
    const type = c.status === 'resolved' ? 'reopened' : c.status === 'snoozed' ? 'woken' : 'status_changed';
    entries.push({ type, data: { from: c.status, to: 'open', by: 'customer_message' } });
    c.status = 'open';
    c.snoozedUntil = null;
    c.resolvedAt = null;
  }
  if (c.archived && inbox.unarchiveOnIncoming) {
    c.archived = false;
    entries.push({ type: 'unarchived', data: { by: 'customer_message' } });
  }
  return entries;
}

async function findByPlatformId(m: EntityManager, inboxId: string, platformId: string | undefined): Promise<string | null> {
  if (!platformId) return null;
  const [row] = await m.query('SELECT id FROM messages WHERE inbox_id = $1 AND platform_message_id = $2', [inboxId, platformId]);
  return row?.id ?? null;
}

/** Our message that this echo reports: by the metadata we sent, or (when the echo beats our send call) by text. */
async function findOurPendingMessage(m: EntityManager, conversationId: string, e: InboundEchoEvent): Promise<string | null> {
  if (e.metadata && /^[0-9a-f-]{36}$/i.test(e.metadata)) {
    const [row] = await m.query('SELECT id FROM messages WHERE id = $1 AND conversation_id = $2', [e.metadata, conversationId]);
    if (row) return row.id;
  }
  const [row] = await m.query(
    `SELECT id FROM messages WHERE conversation_id = $1 AND direction = 'outgoing' AND platform_message_id IS NULL
       AND sender_type IN ('user', 'automation') AND text IS NOT DISTINCT FROM $2 AND created_at > now() - interval '10 minutes'
     ORDER BY created_at LIMIT 1`, [conversationId, e.text ?? null]);
  return row?.id ?? null;
}
