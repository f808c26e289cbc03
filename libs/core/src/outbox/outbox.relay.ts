import type { DataSource } from 'typeorm';
import type { ClientEventName, JobName, JobPayloads, RealtimeAudience } from '@parley/contracts';
import type { JobDispatcher } from '../queue/job-dispatcher.js';
import type { RealtimePublisher } from '../realtime/realtime.publisher.js';
import { pgClientOf, type PgResult } from '../database/prepared.js';
import { outboxRelayLagSeconds, realtimeFanoutSeconds } from '../metrics/metrics.js';
import { logger } from '../logging/logger.js';
import { withoutTrace } from '../logging/trace-context.js';

interface OutboxRow { id: string; kind: 'job' | 'realtime'; name: string; payload: Record<string, unknown>; options: Record<string, unknown>; created_at: Date }

/**
 * Moves committed outbox rows to BullMQ and socket.io. Rows are claimed with SKIP LOCKED, so any number of
 * processes can relay at once, and deleted only in the transaction that dispatched them: if Redis is
 * down the transaction rolls back and the rows wait for the next pass.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private again = false;
  private pending: NodeJS.Timeout | null = null;
  private stopped = false;
  /** Only a started relay relays: a process with OUTBOX_RELAY=off leaves its rows to the others, kicks included. */
  private started = false;
  private readonly claimSql: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobDispatcher,
    private readonly realtime: RealtimePublisher,
    private readonly batchSize = 200,
    /** how long a kick waits for more commits to join it (OUTBOX_KICK_MS) */
    private readonly kickCoalesceMs = 5,
  ) {
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`outbox batch size must be a positive integer, not ${batchSize}`);
    this.claimSql = `BEGIN; DELETE FROM outbox WHERE id IN (SELECT id FROM outbox ORDER BY id LIMIT ${batchSize} FOR UPDATE SKIP LOCKED)
      RETURNING id, kind, name, payload, options, created_at`;
  }

  start(intervalMs = 250): void {
    this.stopped = false;
    this.started = true;
    this.timer = setInterval(() => this.kick(), intervalMs);
  }

  async stop(): Promise<void> {
    // A commit that lands during shutdown still kicks; without this flag its drain would run on a closed pool.
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.pending) clearTimeout(this.pending);
    this.timer = null;
    this.pending = null;
    while (this.running) await new Promise((r) => setTimeout(r, 10));
  }

  /**
   * Relay soon (called after a local commit, so events do not wait for the next tick). Kicks within a few
   * milliseconds share one relay transaction: under load that is one claim of many rows instead of one per
   * commit, for at most kickCoalesceMs of added latency.
   */
  kick(): void {
    if (this.stopped || !this.started) return;
    if (this.running) { this.again = true; return; }
    if (this.pending) return;
    // The pass carries many transactions' rows: it runs under none of their traces (each row logs its own).
    this.pending = setTimeout(() => withoutTrace(() => {
      this.pending = null;
      this.running = true;
      this.again = false;
      void this.drain().finally(() => {
        this.running = false;
        // Commits that landed during the pass wait for the next window too, instead of a pass each at once:
        // under load a pass then carries several transactions' rows.
        if (this.again) this.kick();
      });
    }), this.kickCoalesceMs);
  }

  /** Relays until a claim comes back short of a full batch; returns how many rows went out. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      let n: number;
      try {
        n = await this.relayBatch();
      } catch (error) {
        logger('OutboxRelay').warn(`outbox relay paused: ${(error as Error).message}`);
        return total;
      }
      total += n;
      if (n < this.batchSize) return total;
    }
  }

  /**
   * One pass: BEGIN and the claim go in one simple-protocol message (the batch size is a constant of this
   * process, not data), the dispatch, then COMMIT: two round trips instead of three.
   */
  private async relayBatch(): Promise<number> {
    const runner = this.dataSource.createQueryRunner();
    const client = await pgClientOf(runner);
    let open = true;
    try {
      const [, claimed] = (await client.query<OutboxRow>(this.claimSql)) as PgResult<OutboxRow>[];
      const rows = claimed.rows.sort((a, b) => Number(a.id) - Number(b.id));
      // Issued in order without waiting on each: Redis receives them in this order, pipelined in few writes.
      await Promise.all(rows.map((row) => this.dispatch(row)));
      await client.query('COMMIT');
      open = false;
      observeLag(rows);
      return rows.length;
    } finally {
      if (open) await client.query('ROLLBACK').catch(() => undefined);
      await runner.release();
    }
  }

  private async dispatch(row: OutboxRow): Promise<void> {
    if (row.kind === 'job') {
      const { jobId, delayMs, traceId } = row.options as { jobId?: string; delayMs?: number; traceId?: string };
      await this.jobs.add(row.name as JobName, row.payload as JobPayloads[JobName], { jobId, delayMs, traceId });
    } else {
      const { audiences } = row.options as { audiences: RealtimeAudience[] };
      await this.realtime.publish(row.name as ClientEventName, row.payload, audiences);
    }
  }
}

/** How long each row waited between its transaction and leaving: the relay lag, and for events the fan-out. */
function observeLag(rows: OutboxRow[]): void {
  const now = Date.now();
  const log = logger('OutboxRelay');
  for (const row of rows) {
    const seconds = Math.max(0, now - new Date(row.created_at).getTime()) / 1000;
    // One line per row at info: the job queued or the socket event sent, under the trace of its cause.
    if (log.isLevelEnabled('info')) {
      log.info({ traceId: row.options.traceId, outboxId: row.id, kind: row.kind, name: row.name, lagMs: Math.round(seconds * 1000) },
        row.kind === 'job' ? `job ${row.name} queued` : `socket event ${row.name} published`);
    }
    outboxRelayLagSeconds.observe({ kind: row.kind }, seconds);
    if (row.kind === 'realtime') realtimeFanoutSeconds.observe({ event: row.name }, seconds);
  }
}
