import { Injectable, Logger } from '@nestjs/common';
import { GraphApiError } from '@parley/channels';
import { deliveryAttempts, logger, OutboxRelay, TransactionRunner } from '@parley/core';
import { ChannelAlertsService } from '../channel-health/channel-alerts.service.js';
import { notifyUsers } from '../notifications/notifications.service.js';
import { ECHO_GRACE_MS, type DeliveryOutcome } from './delivery-outcome.js';
import { DeliveryRepository, type DeliveryFacts } from './delivery.repository.js';
import { MissingCredentialsError, PlatformSender, WindowClosedError } from './platform-sender.js';

type Ending = Extract<DeliveryOutcome, { kind: 'sent' | 'failed' }>;

/** Kept on a message that was sent again after an attempt whose outcome never came back. */
const MAYBE_TWICE = {
  code: 'maybe_sent_twice',
  message: 'Sent again after an earlier attempt got no answer from the platform: the customer may see this reply twice.',
};

/**
 * Delivers one pending outgoing message. Safe to run twice: it re-reads the message, does nothing once it
 * has left, and never calls the platform again for a send whose outcome it did not record until the echo
 * or status that would record it has had time to come (then it resends, and the thread says so).
 */
@Injectable()
export class DeliveryService {
  private readonly logger = new Logger('Delivery');

  constructor(
    private readonly tx: TransactionRunner, private readonly relay: OutboxRelay,
    private readonly sender: PlatformSender, private readonly repository: DeliveryRepository, private readonly alerts: ChannelAlertsService,
  ) {}

  async deliver(messageId: string, now = new Date()): Promise<DeliveryOutcome> {
    // One round trip, which for the API channel also marks the message sent (nothing to call there).
    const m = await this.repository.readOrSendApi(messageId);
    if (m?.sentNow) {
      deliveryAttempts.inc({ channel: 'api', outcome: 'sent', code: '' });
      this.relay.kick();
      return { kind: 'sent', platformMessageId: null };
    }
    if (!m || m.direction !== 'outgoing' || m.kind === 'note') return { kind: 'skipped', reason: 'not an outgoing message' };
    if (m.deliveryStatus !== 'pending' || m.platformMessageId) return { kind: 'skipped', reason: `already ${m.deliveryStatus}` };
    // Pending, yet not moved by the read: another delivery or an echo got there between its snapshot and its update.
    if (m.channel === 'api') return { kind: 'skipped', reason: 'already moved on' };
    if (m.sendStartedAt) {
      // A previous attempt called the platform but never recorded the answer (a timeout, a crash). If it
      // went out, its echo (Messenger, Instagram) or its status webhook (WhatsApp, matched by the message id
      // sent with it) marks the message sent within seconds: wait for that instead of sending again.
      if (now.getTime() - m.sendStartedAt.getTime() < ECHO_GRACE_MS) {
        return { kind: 'retry', reason: 'waiting for the echo or status of an earlier attempt' };
      }
      // None came, so the earlier attempt almost surely never reached the platform: send again, and let the
      // thread say the customer may see it twice.
      await this.repository.markMaybeTwice(m.id, MAYBE_TWICE);
    }
    await this.repository.markStarted(m.id, now);
    try {
      const platformMessageId = await this.sender.send(m, m, now);
      return this.finish(m, { kind: 'sent', platformMessageId });
    } catch (error) {
      return this.failure(m, error);
    }
  }

  /** After the last retry: the message failed for good, with the last reason. */
  async giveUp(messageId: string, reason: string): Promise<void> {
    const m = await this.repository.facts(messageId);
    if (m?.deliveryStatus === 'pending') await this.finish(m, { kind: 'failed', code: 'unreachable', message: `The platform could not be reached: ${reason}` });
  }

  private async failure(m: DeliveryFacts, error: unknown): Promise<DeliveryOutcome> {
    if (error instanceof GraphApiError && error.httpStatus === 0 && !neverSent(error)) {
      // Timed out or cut off mid-call: the platform may have taken the message. Keep the start recorded so
      // the next attempt waits for its echo or status instead of sending blindly.
      return { kind: 'retry', reason: `no answer from the platform (${error.platformMessage}); waiting for the echo or status` };
    }
    await this.repository.clearStarted(m.id);
    if (error instanceof GraphApiError) {
      const code = [error.code, error.subcode].filter((x) => x !== undefined && x !== null).join('/') || String(error.httpStatus);
      if (error.kind === 'transient') {
        deliveryAttempts.inc({ channel: m.channel, outcome: 'retry', code });
        return { kind: 'retry', reason: `${code}: ${error.platformMessage ?? error.message}` };
      }
      if (error.kind === 'auth') await this.alerts.credentialsRejected(m.inboxId, error.explanation);
      return this.finish(m, { kind: 'failed', code, message: error.explanation });
    }
    if (error instanceof WindowClosedError) return this.finish(m, { kind: 'failed', code: 'window_closed', message: error.message });
    if (error instanceof MissingCredentialsError) return this.finish(m, { kind: 'failed', code: 'not_connected', message: error.message });
    this.logger.error(`delivery of ${m.id} failed unexpectedly: ${(error as Error).message}`);
    deliveryAttempts.inc({ channel: m.channel, outcome: 'retry', code: 'unexpected' });
    return { kind: 'retry', reason: (error as Error).message };
  }

  /**
   * Marks a still-pending message sent or failed with its `message.updated` event: one statement, or for a
   * failed agent reply a transaction that also tells the agent (the rare path keeps notifyUsers).
   */
  private async finish(m: DeliveryFacts, outcome: Ending): Promise<DeliveryOutcome> {
    deliveryAttempts.inc({ channel: m.channel, outcome: outcome.kind, code: outcome.kind === 'failed' ? outcome.code : '' });
    logger('Delivery').info({ messageId: m.id, conversationId: m.conversationId, channel: m.channel, outcome: outcome.kind,
      ...(outcome.kind === 'failed' ? { code: outcome.code } : { platformMessageId: outcome.platformMessageId }) }, `reply ${outcome.kind}`);
    const end = outcome.kind === 'sent'
      ? { status: 'sent' as const, platformMessageId: outcome.platformMessageId }
      : { status: 'failed' as const, error: { code: outcome.code, message: outcome.message } };
    if (outcome.kind === 'failed' && m.senderUserId) {
      const userId = m.senderUserId;
      await this.tx.run(async ({ manager, outbox }) => {
        if (!(await this.repository.finish(manager, m, end))) return;
        await notifyUsers({ manager, outbox }, [userId], {
          type: 'reply_failed', title: 'Your reply could not be delivered', conversationId: m.conversationId,
          data: { messageId: m.id, code: outcome.code, message: outcome.message }, dedupeKey: `reply-failed-${m.id}`,
        });
      });
    } else if (await this.repository.finish(null, m, end)) {
      this.relay.kick();
    }
    return outcome;
  }
}

/** A connection the platform refused or a name that did not resolve: the request never left, resending is safe. */
function neverSent(error: GraphApiError): boolean {
  const cause = (error.cause as { cause?: { code?: string } } | undefined)?.cause;
  return cause?.code === 'ECONNREFUSED' || cause?.code === 'ENOTFOUND' || cause?.code === 'EAI_AGAIN';
}
