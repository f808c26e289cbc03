import { Injectable } from '@nestjs/common';
import { logger, TransactionRunner } from '@parley/core';
import { notifyUsers } from '../notifications/notifications.service.js';
import { ChannelHealthRepository } from './channel-health.repository.js';
import { toChannelHealth } from './channel-health.rules.js';

/** Tells admins about a channel that needs them: a rejected token (once per rejection), a busy channel gone silent (once per silence). */
@Injectable()
export class ChannelAlertsService {
  constructor(private readonly tx: TransactionRunner, private readonly repository: ChannelHealthRepository) {}

  /** The platform rejected the inbox's token (Graph error 190 and kin): flag it, and notify the admins if it was not flagged yet. */
  async credentialsRejected(inboxId: string, reason: string): Promise<void> {
    await this.tx.run(async ({ manager, outbox }) => {
      const inbox = await this.repository.markCredentialsRejected(manager, inboxId);
      if (!inbox) return; // already flagged: the admins were told when it happened
      logger('ChannelHealth').warn({ inboxId, channel: inbox.channel }, 'channel credentials rejected; reconnect needed');
      await notifyUsers({ manager, outbox }, await this.repository.adminIds(manager), {
        type: 'channel_reconnect', title: `Reconnect needed: the inbox “${inbox.name}” can no longer send`, conversationId: null,
        data: { inboxId, reason }, dedupeKey: `reconnect-${inboxId}-${Date.now()}`,
      });
    });
  }

  /** Run every few minutes: a usually busy inbox with nothing for an hour or more notifies the admins once per silence. */
  async checkSilence(now = new Date()): Promise<number> {
    const [rows, failures] = await Promise.all([this.repository.rows(now), this.repository.failures(now)]);
    let notified = 0;
    for (const row of rows) {
      const health = toChannelHealth(row, failures.filter((f) => f.inboxId === row.inboxId), now);
      if (health.status !== 'silent') continue;
      notified += await this.tx.run(async ({ manager, outbox }) => notifyUsers({ manager, outbox }, await this.repository.adminIds(manager), {
        type: 'channel_silent', title: `The inbox “${row.name}” has gone quiet`, conversationId: null,
        data: { inboxId: row.inboxId, summary: health.summary },
        // One per silence: the key changes only when a message arrives and the inbox later goes quiet again.
        dedupeKey: `silent-${row.inboxId}-${health.lastArrivalAt ?? 'never'}`,
      }));
    }
    return notified;
  }
}
