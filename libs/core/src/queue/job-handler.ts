import type { Job } from 'bullmq';
import { JOB_QUEUES, type JobName, type JobPayloads } from '@parley/contracts';

/** One class per job: it re-reads what the ids point at and returns early when the state has moved on. */
export interface JobHandler<N extends JobName = JobName> {
  readonly jobName: N;
  handle(data: JobPayloads[N], job: Job<JobPayloads[N]>): Promise<void>;
}

export const JOB_HANDLERS = Symbol('JOB_HANDLERS');

/** Every job in the catalog has exactly one handler, or the worker refuses to boot. */
export function indexHandlers(handlers: JobHandler[]): Map<JobName, JobHandler> {
  const index = new Map<JobName, JobHandler>();
  for (const h of handlers) {
    if (index.has(h.jobName)) throw new Error(`Two handlers for job ${h.jobName}`);
    index.set(h.jobName, h);
  }
  const missing = (Object.keys(JOB_QUEUES) as JobName[]).filter((n) => !index.has(n));
  if (missing.length) throw new Error(`No handler for job(s): ${missing.join(', ')}`);
  return index;
}
