import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectConfig, JobDispatcher, logger, type JobHandler, type ParleyConfig } from '@parley/core';
import { ChannelAlertsService } from '@parley/inbox';

/** Every few minutes (one schedule however many workers run): admins hear about a busy channel gone silent. */
@Injectable()
export class CheckChannelHealthJob implements JobHandler<'channels.check-health'>, OnApplicationBootstrap {
  readonly jobName = 'channels.check-health' as const;

  constructor(private readonly alerts: ChannelAlertsService, private readonly jobs: JobDispatcher, @InjectConfig() private readonly config: ParleyConfig) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.queue('sla')?.upsertJobScheduler('channels-check-health', { every: this.config.CHANNEL_HEALTH_CHECK_MS }, {
      name: 'channels.check-health', data: {}, opts: { removeOnComplete: 100, removeOnFail: 100 },
    });
  }

  async handle(): Promise<void> {
    const notified = await this.alerts.checkSilence(new Date());
    if (notified) logger('ChannelHealth').warn({ notified }, 'admins told about a silent channel');
  }
}
