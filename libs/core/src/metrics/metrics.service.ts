import { Injectable, Logger, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobDispatcher } from '../queue/job-dispatcher.js';
import { QUEUE_NAMES } from '../queue/queue.names.js';
import { dbPoolConnections, metricsRegistry, outboxBacklog, outboxOldestSeconds, queueJobs, queueOldestWaitingSeconds } from './metrics.js';

const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

interface PgPool { totalCount: number; idleCount: number; waitingCount: number }

/**
 * Renders the registry, first reading what only PostgreSQL and Redis know (outbox backlog, queue depths,
 * the pool). A dependency that does not answer leaves its gauges as they were: the scrape still works,
 * and the readiness probe is where an outage shows.
 */
@Injectable()
export class MetricsService {
  private readonly logger = new Logger('Metrics');

  constructor(private readonly dataSource: DataSource, @Optional() private readonly jobs?: JobDispatcher) {}

  readonly contentType = metricsRegistry.contentType;

  async render(): Promise<string> {
    await Promise.all([this.collectOutbox(), this.collectQueues()]);
    this.collectPool();
    return metricsRegistry.metrics();
  }

  private async collectOutbox(): Promise<void> {
    try {
      const [row] = await this.dataSource.query(
        'SELECT count(*)::int AS n, coalesce(extract(epoch FROM now() - min(created_at)), 0)::float AS oldest FROM outbox');
      outboxBacklog.set(row.n);
      outboxOldestSeconds.set(row.oldest);
    } catch (error) {
      this.logger.warn(`outbox backlog not read: ${(error as Error).message}`);
    }
  }

  private async collectQueues(): Promise<void> {
    if (!this.jobs) return;
    await Promise.all(QUEUE_NAMES.map(async (name) => {
      const queue = this.jobs!.queue(name);
      if (!queue) return;
      try {
        const [counts, [oldest]] = await Promise.all([queue.getJobCounts(...QUEUE_STATES), queue.getJobs(['wait'], 0, 0, true)]);
        for (const state of QUEUE_STATES) queueJobs.set({ queue: name, state }, counts[state] ?? 0);
        const since = oldest ? oldest.timestamp + (oldest.opts.delay ?? 0) : Date.now();
        queueOldestWaitingSeconds.set({ queue: name }, Math.max(0, (Date.now() - since) / 1000));
      } catch (error) {
        this.logger.warn(`queue ${name} not read: ${(error as Error).message}`);
      }
    }));
  }

  private collectPool(): void {
    const pool = (this.dataSource.driver as unknown as { master?: PgPool }).master;
    if (!pool) return;
    dbPoolConnections.set({ state: 'in_use' }, pool.totalCount - pool.idleCount);
    dbPoolConnections.set({ state: 'idle' }, pool.idleCount);
    dbPoolConnections.set({ state: 'waiting' }, pool.waitingCount);
  }
}
