import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { JobPayloads } from '@parley/contracts';
import { JobDispatcher, type JobHandler } from '@parley/core';
import { RetentionService } from '@parley/inbox';

/** Nightly at 03:00 (server time), one schedule however many workers run: each inbox's retention. */
@Injectable()
export class RetentionPurgeJob implements JobHandler<'retention.purge'>, OnApplicationBootstrap {
  readonly jobName = 'retention.purge' as const;

  constructor(private readonly retention: RetentionService, private readonly jobs: JobDispatcher) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.queue('maintenance')?.upsertJobScheduler('retention-nightly', { pattern: '0 3 * * *' }, {
      name: 'retention.purge', data: { inboxId: null }, opts: { removeOnComplete: 30, removeOnFail: 30 },
    });
  }

  async handle({ inboxId }: JobPayloads['retention.purge']): Promise<void> {
    await this.retention.purge(inboxId);
  }
}
