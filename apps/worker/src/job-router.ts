import { Inject, Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { JobName } from '@parley/contracts';
import { indexHandlers, JOB_HANDLERS, jobSeconds, type JobHandler } from '@parley/core';

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
    const end = jobSeconds.startTimer({ job: job.name });
    try {
      await handler.handle(job.data as never, job as never);
      end({ outcome: 'completed' });
    } catch (error) {
      end({ outcome: 'failed' });
      throw error;
    }
  }
}
