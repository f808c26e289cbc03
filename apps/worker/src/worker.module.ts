import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { ConfigModule, DatabaseModule, JOB_HANDLERS, MetricsModule, OutboxModule, PARLEY_CONFIG, QUEUE_NAMES, redisConnection, type ParleyConfig } from '@parley/core';
import { InboxModule } from '@parley/inbox';
import { DeliverMessageJob } from './jobs/deliver-message.job.js';
import { FetchContactProfileJob } from './jobs/fetch-contact-profile.job.js';
import { WakeConversationJob } from './jobs/wake-conversation.job.js';
import { AUTOMATION_JOBS } from './jobs/automation.jobs.js';
import { IngestBatchJob } from './jobs/ingest-batch.job.js';
import { CheckChannelHealthJob } from './jobs/check-channel-health.job.js';
import { RetentionPurgeJob } from './jobs/retention.job.js';
import { JobRouter } from './job-router.js';
import { PROCESSORS } from './processors.js';
import { ReconcileLoop } from './reconcile.loop.js';

const JOBS = [DeliverMessageJob, WakeConversationJob, FetchContactProfileJob, IngestBatchJob, CheckChannelHealthJob, RetentionPurgeJob, ...AUTOMATION_JOBS];

/** The worker process: the outbox relay (from OutboxModule) and one BullMQ processor per queue. */
@Module({
  imports: [
    ConfigModule, DatabaseModule, OutboxModule, MetricsModule, InboxModule,
    BullModule.forRootAsync({
      inject: [PARLEY_CONFIG], useFactory: (c: ParleyConfig) => ({ connection: redisConnection(c.REDIS_URL), prefix: c.PARLEY_QUEUE_PREFIX }),
    }),
    BullModule.registerQueue(...QUEUE_NAMES.map((name) => ({ name }))),
  ],
  providers: [
    ...JOBS,
    { provide: JOB_HANDLERS, inject: JOBS, useFactory: (...handlers: InstanceType<(typeof JOBS)[number]>[]) => handlers },
    JobRouter,
    ...PROCESSORS,
    ReconcileLoop,
  ],
})
export class WorkerModule {}
