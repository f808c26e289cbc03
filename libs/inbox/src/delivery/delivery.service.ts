import { Injectable, Logger } from '@nestjs/common';
import { GraphApiError } from '@parley/channels';
import { InboxEntity, MessageEntity, TransactionRunner } from '@parley/core';
import { DataSource } from 'typeorm';
import { toMessageDto } from '../messages/message.mapper.js';
import { notifyUsers } from '../notifications/notifications.service.js';
import { ECHO_GRACE_MS, type DeliveryOutcome } from './delivery-outcome.js';
import { MissingCredentialsError, PlatformSender, WindowClosedError, type SendTarget } from './platform-sender.js';

/**
 * Delivers one pending outgoing message. Safe to run twice: it re-reads the message, does nothing once it
 * has left, and never calls the platform again for a send whose outcome it did not record (it waits for
 * the echo instead, or fails the message for an agent to check).
 */
@Injectable()
export class DeliveryService {
  private readonly logger = new Logger('Delivery');

  constructor(private readonly dataSource: DataSource, private readonly tx: TransactionRunner, private readonly sender: PlatformSender) {}

  async deliver(messageId: string, now = new Date()): Promise<DeliveryOutcome> {
    const m = await this.dataSource.manager.findOneBy(MessageEntity, { id: messageId });
    if (!m || m.direction !== 'outgoing' || m.kind === 'note') return { kind: 'skipped', reason: 'not an outgoing message' };
    if (m.deliveryStatus !== 'pending' || m.platformMessageId) return { kind: 'skipped', reason: `already ${m.deliveryStatus}` };
    const target = await this.target(m);
    if (m.sendStartedAt) {
      // A previous attempt called the platform but never recorded the answer.
      if (target.channel === 'api') return this.finish(m, { kind: 'sent', platformMessageId: null });
      if (target.channel !== 'whatsapp' && now.getTime() - m.sendStartedAt.getTime() < ECHO_GRACE_MS) {
        return { kind: 'retry', reason: 'waiting for the echo of an earlier attempt' };
      }
      if (target.channel === 'whatsapp') {
        return this.finish(m, { kind: 'failed', code: 'uncertain', message: 'Delivery was interrupted and may or may not have reached the customer; check the chat before resending.' });
      }
      // Meta echoes every message a page sends: none came, so the earlier attempt did not go out.
    }
    await this.dataSource.manager.update(MessageEntity, m.id, { sendStartedAt: now, deliveryAttempts: m.deliveryAttempts + 1 });
    try {
      const platformMessageId = await this.sender.send(m, target, now);
      return this.finish(m, { kind: 'sent', platformMessageId });
    } catch (error) {
      return this.failure(m, error);
    }
  }

  /** After the last retry: the message failed for good, with the last reason. */
  async giveUp(messageId: string, reason: string): Promise<void> {
    const m = await this.dataSource.manager.findOneBy(MessageEntity, { id: messageId });
    if (m?.deliveryStatus === 'pending') await this.finish(m, { kind: 'failed', code: 'unreachable', message: `The platform could not be reached: ${reason}` });
  }

  private async failure(m: MessageEntity, error: unknown): Promise<DeliveryOutcome> {
    await this.dataSource.manager.update(MessageEntity, m.id, { sendStartedAt: null });
    if (error instanceof GraphApiError) {
      const code = [error.code, error.subcode].filter((x) => x !== undefined && x !== null).join('/') || String(error.httpStatus);
      if (error.kind === 'transient') return { kind: 'retry', reason: `${code}: ${error.platformMessage ?? error.message}` };
      if (error.kind === 'auth') await this.dataSource.manager.update(InboxEntity, m.inboxId, { credentialsInvalid: true });
      return this.finish(m, { kind: 'failed', code, message: error.explanation });
    }
    if (error instanceof WindowClosedError) return this.finish(m, { kind: 'failed', code: 'window_closed', message: error.message });
    if (error instanceof MissingCredentialsError) return this.finish(m, { kind: 'failed', code: 'not_connected', message: error.message });
    this.logger.error(`delivery of ${m.id} failed unexpectedly: ${(error as Error).message}`);
    return { kind: 'retry', reason: (error as Error).message };
  }

  private async finish(m: MessageEntity, outcome: DeliveryOutcome): Promise<DeliveryOutcome> {
    await this.tx.run(async ({ manager, outbox }) => {
      const patch = outcome.kind === 'sent'
        ? { deliveryStatus: 'sent' as const, platformMessageId: outcome.platformMessageId, sendStartedAt: null }
        : outcome.kind === 'failed' ? { deliveryStatus: 'failed' as const, deliveryError: { code: outcome.code, message: outcome.message }, sendStartedAt: null } : {};
      if (outcome.kind === 'sent' && outcome.platformMessageId) {
        // An echo that beat this answer and matched nothing was stored as the page's own reply: it is this message.
        await manager.query(`DELETE FROM messages WHERE inbox_id = $1 AND platform_message_id = $2 AND sender_type = 'page' AND id <> $3`,
          [m.inboxId, outcome.platformMessageId, m.id]);
      }
      // Only a still-pending message moves: an echo or a receipt may have got here first.
      const result = await manager.createQueryBuilder().update(MessageEntity).set(patch)
        .where("id = :id AND delivery_status = 'pending'", { id: m.id }).execute();
      if (!result.affected) return;
      const updated = await manager.findOneByOrFail(MessageEntity, { id: m.id });
      await outbox.realtime('message.updated', { message: toMessageDto(updated) }, [{ inboxId: m.inboxId }]);
      if (outcome.kind === 'failed' && m.senderUserId) {
        await notifyUsers({ manager, outbox }, [m.senderUserId], {
          type: 'reply_failed', title: 'Your reply could not be delivered', conversationId: m.conversationId,
          data: { messageId: m.id, code: outcome.code, message: outcome.message }, dedupeKey: `reply-failed-${m.id}`,
        });
      }
    });
    return outcome;
  }

  private async target(m: MessageEntity): Promise<SendTarget> {
    const [row] = await this.dataSource.query(
      `SELECT i.channel, i.platform_account_id, i.access_token, ct.platform_id AS recipient_id, c.last_incoming_at,
              (SELECT r.platform_message_id FROM messages r WHERE r.id = $2) AS reply_to_platform_id
       FROM conversations c JOIN inboxes i ON i.id = c.inbox_id JOIN contacts ct ON ct.id = c.contact_id WHERE c.id = $1`,
      [m.conversationId, m.replyToId]);
    return {
      channel: row.channel, platformAccountId: row.platform_account_id, accessToken: row.access_token, recipientId: row.recipient_id,
      lastIncomingAt: row.last_incoming_at, replyToPlatformId: row.reply_to_platform_id,
    };
  }
}
