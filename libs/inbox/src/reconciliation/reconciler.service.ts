import { Injectable, Logger } from '@nestjs/common';
import { JOB_IDS, JOB_QUEUES, type JobName, type JobPayloads, type SlaTargetName } from '@parley/contracts';
import { InjectConfig, JobDispatcher, RealtimePublisher, reconcilerActions, type ParleyConfig } from '@parley/core';
import { reminderAt, SLA_TARGETS } from '../automation/sla/index.js';
import { ReconciliationRepository, type SlaTimerRow } from './reconciliation.repository.js';

/** The kinds of work the reconciler re-enqueues, as the metrics name them. */
export const RECONCILED_KINDS = ['deliveries', 'evaluations', 'profiles', 'batches', 'snoozes', 'slaTimers'] as const;
export type ReconciledKind = (typeof RECONCILED_KINDS)[number];

export interface ReconcilePass {
  at: Date;
  /** Redis had lost its marker (wiped, or first start): future timers were rebuilt too */
  full: boolean;
  /** jobs that had no live twin and were enqueued again, by kind */
  requeued: Record<ReconciledKind, number>;
  outboxBacklog: number;
  ms: number;
}

export interface ReconcileOptions {
  /** how old due work must be before it counts as lost (a live job normally handles it within this) */
  graceMs: number;
  /** most ids per kind per pass */
  limit: number;
}

/** States in which a job will still run by itself: the reconciler leaves those alone. */
const LIVE = new Set(['waiting', 'delayed', 'active', 'prioritized', 'waiting-children']);
/** A job that finished this recently may have committed after our read: not proof of lost work. */
const SETTLE_MS = 60_000;
/** A job that failed for good (every attempt spent, e.g. while PostgreSQL was down) is retried this long after. */
const FAILED_RETRY_MS = 5 * 60_000;
const LOCK_KEY = 'parley-reconciler';
const CHUNK = 50;

/**
 * PostgreSQL is the record of the work that must happen; Redis only carries it. The reconciler compares
 * the two and re-enqueues, under the same deterministic job id, any due work that has no live job: a
 * re-enqueued job that finds its twin adds nothing, so no work is ever doubled. One process reconciles
 * at a time (a PostgreSQL advisory lock). When Redis has lost the marker this writes (FLUSHALL, a restart
 * without persistence), it also rebuilds the timers of the future: snoozes and SLA reminders and breaches.
 */
@Injectable()
export class Reconciler {
  private readonly logger = new Logger('Reconciler');
  private readonly totals = Object.fromEntries(RECONCILED_KINDS.map((k) => [k, 0])) as Record<ReconciledKind, number>;
  private last: ReconcilePass | null = null;

  constructor(
    private readonly repository: ReconciliationRepository, private readonly jobs: JobDispatcher, private readonly redis: RealtimePublisher,
    @InjectConfig() private readonly config: ParleyConfig,
  ) {}

  /** For metrics: jobs re-enqueued since start, by kind, and the last pass this process ran. */
  stats(): { requeuedTotal: Record<ReconciledKind, number>; lastPass: ReconcilePass | null } {
    return { requeuedTotal: { ...this.totals }, lastPass: this.last };
  }

  /** One pass, if no other process is reconciling (null then). */
  async runOnce(options: ReconcileOptions): Promise<ReconcilePass | null> {
    let pass: ReconcilePass | null = null;
    await this.repository.exclusively(LOCK_KEY, async () => { pass = await this.pass(options); });
    return pass;
  }

  private async pass({ graceMs, limit }: ReconcileOptions): Promise<ReconcilePass> {
    const started = Date.now();
    const marker = `${this.config.PARLEY_QUEUE_PREFIX}:reconciler:marker`;
    const full = (await this.redis.client.exists(marker)) === 0;
    const requeued = Object.fromEntries(RECONCILED_KINDS.map((k) => [k, 0])) as Record<ReconciledKind, number>;
    const count = (kind: ReconciledKind) => (added: boolean) => { if (added) requeued[kind]++; };

    await this.each(await this.repository.pendingDeliveries(graceMs, limit),
      (id) => this.ensure('message.deliver', { messageId: id }, JOB_IDS.deliver(id)).then(count('deliveries')));
    await this.each(await this.repository.undecidedEvaluations(graceMs, limit),
      (m) => this.ensure('automation.evaluate', { conversationId: m.conversationId, messageId: m.id }, JOB_IDS.evaluate(m.id)).then(count('evaluations')));
    await this.each(await this.repository.missingProfiles(graceMs, limit),
      (id) => this.ensure('contact.fetch-profile', { contactId: id }, JOB_IDS.profile(id)).then(count('profiles')));
    await this.each(await this.repository.storedBatches(graceMs, limit),
      (id) => this.ensure('webhook.ingest-batch', { batchId: id }, JOB_IDS.batch(id)).then(count('batches')));
    const now = Date.now();
    await this.each(await this.repository.snoozes(graceMs, full ? 100 * limit : limit, !full), (c) => this.ensure(
      'conversation.wake', { conversationId: c.id, snoozedUntil: c.snoozedUntil.toISOString() }, JOB_IDS.wake(c.id, c.snoozedUntil),
      Math.max(0, c.snoozedUntil.getTime() - now)).then(count('snoozes')));
    if (full) {
      requeued.slaTimers = await this.rebuildSlaTimers(limit);
      await this.redis.client.set(marker, new Date().toISOString());
    }
    if (Math.random() < 0.01) await this.repository.pruneEvaluations();
    const outboxBacklog = await this.repository.outboxBacklog();
    this.last = { at: new Date(started), full, requeued, outboxBacklog, ms: Date.now() - started };
    for (const kind of RECONCILED_KINDS) {
      this.totals[kind] += requeued[kind];
      if (requeued[kind]) reconcilerActions.inc({ action: `requeue_${kind}` }, requeued[kind]);
    }
    const total = RECONCILED_KINDS.reduce((n, k) => n + requeued[k], 0);
    if (total > 0 || full) {
      this.logger.log(`${full ? 'Redis had lost its work: rebuilt from PostgreSQL; ' : ''}re-enqueued ${total} lost job(s) `
        + `(${RECONCILED_KINDS.filter((k) => requeued[k]).map((k) => `${k} ${requeued[k]}`).join(', ') || 'none'})`);
    }
    return this.last;
  }

  /** Every running, unpaused SLA clock's reminder and breach timer, under the ids SlaService gives them. */
  private async rebuildSlaTimers(limit: number): Promise<number> {
    let added = 0;
    for (let after = '00000000-0000-0000-0000-000000000000'; ;) {
      const rows = await this.repository.slaTimers(after, limit);
      await this.each(rows, async (row) => {
        for (const timer of timersOf(row)) {
          const data = { conversationId: row.conversationId, target: timer.target, dueAt: timer.dueAt.toISOString() };
          const id = JOB_IDS.slaTimer(timer.kind, row.conversationId, timer.target, timer.dueAt);
          const delayMs = Math.max(0, timer.at.getTime() - Date.now());
          const ok = timer.kind === 'remind' ? await this.ensure('sla.remind', data, id, delayMs) : await this.ensure('sla.breach', data, id, delayMs);
          if (ok) added++;
        }
      });
      if (rows.length < limit) return added;
      after = rows[rows.length - 1].conversationId;
    }
  }

  /**
   * Enqueues the job unless a live one has its id; true when it did. A finished twin (completed while the
   * record still says due, or failed for good long enough ago) is removed first, or BullMQ would keep it.
   */
  private async ensure<N extends JobName>(name: N, data: JobPayloads[N], jobId: string, delayMs?: number): Promise<boolean> {
    const queue = this.jobs.queue(JOB_QUEUES[name]);
    const existing = await queue?.getJob(jobId);
    if (existing) {
      const state = await existing.getState();
      if (LIVE.has(state)) return false;
      const age = Date.now() - (existing.finishedOn ?? Date.now());
      if (age < (state === 'failed' ? FAILED_RETRY_MS : SETTLE_MS)) return false;
      await existing.remove();
    }
    await this.jobs.add(name, data, { jobId, delayMs });
    return true;
  }

  private async each<T>(items: T[], work: (item: T) => Promise<unknown>): Promise<void> {
    for (let i = 0; i < items.length; i += CHUNK) await Promise.all(items.slice(i, i + CHUNK).map(work));
  }
}

/** The timers SlaService scheduled for a clock state (see advanceSla): a reminder still to send, and the breach. */
function timersOf(row: SlaTimerRow): { kind: 'remind' | 'breach'; target: SlaTargetName; at: Date; dueAt: Date }[] {
  const timers = [];
  for (const target of SLA_TARGETS) {
    const clock = row.clocks[target];
    if (!clock || clock.outcome !== 'running' || !clock.dueAt) continue;
    const dueAt = new Date(clock.dueAt);
    const remindAt = reminderAt(dueAt, row.reminderLeadMinutes);
    if (remindAt && clock.remindedFor !== clock.dueAt) timers.push({ kind: 'remind' as const, target, at: remindAt, dueAt });
    timers.push({ kind: 'breach' as const, target, at: dueAt, dueAt });
  }
  return timers;
}
