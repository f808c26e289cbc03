import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { InboundDeleteEvent, InboundEditEvent, InboundReactionEvent, InboundStatusEvent } from '@parley/contracts';
import { MessageEntity, returningRows, TransactionRunner, type Tx } from '@parley/core';
import { toMessageDto } from '../messages/message.mapper.js';
import type { IngestOutcome } from './ingestion.types.js';

// Delivery only moves forward; `failed` is final and only `read` outranks it (a late failure never hides a read).
const RANK_SQL = (col: string) =>
  `CASE ${col} WHEN 'sent' THEN 1 WHEN 'delivered' THEN 2 WHEN 'failed' THEN 2.5 WHEN 'read' THEN 3 ELSE 0 END`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Receipts, reactions, edits and unsends: they change a stored message, never create one. */
@Injectable()
export class ReceiptIngestion {
  constructor(private readonly tx: TransactionRunner) {}

  async status(inboxId: string, e: InboundStatusEvent): Promise<IngestOutcome> {
    return this.tx.run(async (tx) => {
      const params: unknown[] = [inboxId, e.status, e.error ? JSON.stringify(e.error) : null];
      let target: string;
      if (e.platformMessageIds?.length) {
        params.push(e.platformMessageIds);
        target = 'm.platform_message_id = ANY($4::text[])';
      } else if (e.watermark !== undefined) {
        // A Messenger watermark covers every message we sent this contact up to that time.
        params.push(e.contactPlatformId, new Date(e.watermark));
        target = `m.conversation_id IN (SELECT c.id FROM conversations c JOIN contacts ct ON ct.id = c.contact_id
                   WHERE ct.inbox_id = $1 AND ct.platform_id = $4) AND m.sent_at <= $5 AND m.platform_message_id IS NOT NULL`;
      } else {
        return { result: 'ignored', reason: 'status names no message' };
      }
      const claimed = await this.claimBySendId(tx, inboxId, e);
      const rows = claimed.length ? claimed : returningRows<{ id: string }>(await tx.manager.query(
        `UPDATE messages m SET delivery_status = $2, delivery_error = coalesce($3::jsonb, m.delivery_error)
         WHERE m.inbox_id = $1 AND m.direction = 'outgoing' AND ${target}
           AND coalesce(m.delivery_status, 'pending') <> 'failed'
           AND ${RANK_SQL('m.delivery_status')} < ${RANK_SQL('$2::text')}
         RETURNING m.id`, params));
      await publishUpdated(tx, rows.map((r) => r.id));
      return rows.length ? { result: 'updated', messageIds: rows.map((r) => r.id) } : { result: 'ignored', reason: 'no message moved forward' };
    });
  }

  /**
   * A WhatsApp status that carries our message id (sent as biz_opaque_callback_data) for a message still
   * pending: the send reached WhatsApp but its answer never reached us (a timeout, a crash). The status
   * records it, with its wamid, and the delivery waiting for it never sends it again.
   */
  private async claimBySendId(tx: Tx, inboxId: string, e: InboundStatusEvent): Promise<{ id: string }[]> {
    const wamid = e.platformMessageIds?.[0];
    if (!wamid || !e.callbackData || !UUID.test(e.callbackData)) return [];
    return returningRows<{ id: string }>(await tx.manager.query(
      `UPDATE messages m SET platform_message_id = $4, delivery_status = $2, delivery_error = coalesce($3::jsonb, m.delivery_error), send_started_at = NULL
       WHERE m.id = $5::uuid AND m.inbox_id = $1 AND m.direction = 'outgoing' AND m.delivery_status = 'pending' AND m.platform_message_id IS NULL
         AND NOT EXISTS (SELECT 1 FROM messages x WHERE x.inbox_id = $1 AND x.platform_message_id = $4)
       RETURNING m.id`, [inboxId, e.status, e.error ? JSON.stringify(e.error) : null, wamid, e.callbackData]));
  }

  async reaction(inboxId: string, e: InboundReactionEvent): Promise<IngestOutcome> {
    return this.changeMessage(inboxId, e.platformMessageId, async (m) => {
      const others = m.reactions.filter((r) => r.by !== 'contact');
      m.reactions = e.emoji ? [...others, { emoji: e.emoji, by: 'contact' }] : others;
      return { reactions: m.reactions };
    });
  }

  async edit(inboxId: string, e: InboundEditEvent): Promise<IngestOutcome> {
    return this.changeMessage(inboxId, e.platformMessageId, async (m) => {
      if (m.text === e.text) return null;
      const editedAt = new Date(e.timestamp);
      return { editHistory: [...m.editHistory, { text: m.text, editedAt: editedAt.toISOString() }], text: e.text, editedAt };
    });
  }

  async remove(inboxId: string, e: InboundDeleteEvent): Promise<IngestOutcome> {
    // The content stays for the audit; the thread shows the message as deleted.
    return this.changeMessage(inboxId, e.platformMessageId, async (m) => (m.deletedAt ? null : { deletedAt: new Date(e.timestamp) }));
  }

  private async changeMessage(
    inboxId: string, platformMessageId: string, change: (m: MessageEntity) => Promise<Partial<MessageEntity> | null>,
  ): Promise<IngestOutcome> {
    return this.tx.run(async (tx) => {
      const m = await tx.manager.findOne(MessageEntity, { where: { inboxId, platformMessageId }, lock: { mode: 'pessimistic_write' } });
      if (!m) return { result: 'ignored', reason: `unknown message ${platformMessageId}` };
      const patch = await change(m);
      if (!patch) return { result: 'duplicate', messageId: m.id };
      await tx.manager.update(MessageEntity, m.id, patch);
      await publishUpdated(tx, [m.id]);
      return { result: 'updated', messageIds: [m.id] };
    });
  }
}

async function publishUpdated(tx: Tx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const messages = await messagesByIds(tx.manager, ids);
  for (const m of messages) await tx.outbox.realtime('message.updated', { message: toMessageDto(m) }, [{ conversationId: m.conversationId }]);
}

const messagesByIds = (manager: EntityManager, ids: string[]) =>
  manager.createQueryBuilder(MessageEntity, 'm').where('m.id IN (:...ids)', { ids }).getMany();
