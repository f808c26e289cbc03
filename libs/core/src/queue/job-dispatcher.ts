import { Queue } from 'bullmq';
import { JOB_QUEUES, type JobName, type JobPayloads } from '@parley/contracts';
import { currentTraceId } from '../logging/trace-context.js';
import type { JobRow } from '../outbox/outbox-rows.js';
import { QUEUE_NAMES, redisConnection } from './queue.names.js';

/** The key of the trace id in a job's data. */
export const JOB_TRACE_KEY = 'traceId';

/** The only place jobs enter BullMQ: the names and payloads come from the typed catalog. */
export class JobDispatcher {
  private readonly queues = new Map<string, Queue>();

  constructor(redisUrl: string, prefix: string) {
    for (const name of QUEUE_NAMES) {
      this.queues.set(name, new Queue(name, { connection: redisConnection(redisUrl), prefix }));
    }
  }

  async add<N extends JobName>(name: N, data: JobPayloads[N], options: { jobId?: string; delayMs?: number; traceId?: string } = {}): Promise<void> {
    const queue = this.queues.get(JOB_QUEUES[name]);
    if (!queue) throw new Error(`No queue for job ${name}`);
    // The trace rides in the job's data (beside the typed payload) so the worker logs under the same id.
    const traceId = options.traceId ?? currentTraceId();
    await queue.add(name, traceId ? { ...data, [JOB_TRACE_KEY]: traceId } : data, {
      jobId: options.jobId,
      delay: options.delayMs,
      attempts: 8,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: 1000,
      removeOnFail: 5000,
    });
  }

  /** A row built with Jobs.* (outbox-rows.ts), added straight to BullMQ instead of through the outbox. */
  enqueue<N extends JobName>(row: JobRow<N>): Promise<void> {
    return this.add(row.name, row.payload, row.options);
  }

  queue(name: string): Queue | undefined {
    return this.queues.get(name);
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}
