import { Inject, Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { JobName } from '@parley/contracts';
import { indexHandlers, JOB_HANDLERS, JOB_TRACE_KEY, jobSeconds, logger, runWithTrace, type JobHandler } from '@parley/core';

/** Routes each job by name to its one handler from the typed catalog. */
@Injectable()
export class JobRouter {
  private readonly handlers: Map<JobName, JobHandler>;

  constructor(@Inject(JOB_HANDLERS) handlers: JobHandler[]) {
    this.handlers = indexHandlers(handlers); // fails the boot when a job has no handler, or two
  }

  async run(job: Job): Promise<void> {
    const handler = this.handlers.get(job.name as JobName);
    if (!handler) throw new Error(`No handler for job ${job.name}`);
    // The job logs under the trace of what queued it (the webhook or the reply that caused it).
    const traceId = (job.data as Record<string, unknown>)[JOB_TRACE_KEY];
    const context = { traceId: typeof traceId === 'string' ? traceId : `job:${job.id}`, job: job.name, jobId: job.id };
    return runWithTrace(context, () => this.timed(handler, job));
  }

  private async timed(handler: JobHandler, job: Job): Promise<void> {
    const end = jobSeconds.startTimer({ job: job.name });
    try {
      await handler.handle(job.data as never, job as never);
      const seconds = end({ outcome: 'completed' });
      logger('Jobs').info({ attempt: job.attemptsMade + 1, ms: Math.round(seconds * 1000) }, `job ${job.name} completed`);
    } catch (error) {
      const seconds = end({ outcome: 'failed' });
      logger('Jobs').warn({ attempt: job.attemptsMade + 1, ms: Math.round(seconds * 1000), reason: (error as Error).message }, `job ${job.name} failed`);
      throw error;
    }
  }
}
