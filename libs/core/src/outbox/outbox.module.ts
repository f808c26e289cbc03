import { Global, Inject, Logger, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PARLEY_CONFIG, type ParleyConfig } from '../config/config.js';
import { JobDispatcher } from '../queue/job-dispatcher.js';
import { RealtimePublisher } from '../realtime/realtime.publisher.js';
import { evictionPolicyWarning } from '../queue/redis-policy.js';
import { OutboxRelay } from './outbox.relay.js';
import { INGESTION_DATA_SOURCE } from '../database/database.module.js';
import { INGESTION_TX, TransactionRunner } from './transaction.runner.js';

@Global()
@Module({
  providers: [
    { provide: JobDispatcher, inject: [PARLEY_CONFIG], useFactory: (c: ParleyConfig) => new JobDispatcher(c.REDIS_URL, c.PARLEY_QUEUE_PREFIX) },
    { provide: RealtimePublisher, inject: [PARLEY_CONFIG], useFactory: (c: ParleyConfig) => new RealtimePublisher(c.REDIS_URL, c.PARLEY_QUEUE_PREFIX) },
    {
      provide: OutboxRelay,
      inject: [DataSource, JobDispatcher, RealtimePublisher, PARLEY_CONFIG],
      useFactory: (ds: DataSource, jobs: JobDispatcher, rt: RealtimePublisher, c: ParleyConfig) => new OutboxRelay(ds, jobs, rt, undefined, c.OUTBOX_KICK_MS),
    },
    TransactionRunner,
    { provide: INGESTION_TX, inject: [INGESTION_DATA_SOURCE, OutboxRelay], useFactory: (ds: DataSource, relay: OutboxRelay) => new TransactionRunner(ds, relay) },
  ],
  exports: [JobDispatcher, RealtimePublisher, OutboxRelay, TransactionRunner, INGESTION_TX],
})
export class OutboxModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(OutboxRelay) private readonly relay: OutboxRelay,
    @Inject(JobDispatcher) private readonly jobs: JobDispatcher,
    @Inject(RealtimePublisher) private readonly realtime: RealtimePublisher,
    @Inject(PARLEY_CONFIG) private readonly config: ParleyConfig,
  ) {}

  onModuleInit(): void {
    if (this.config.OUTBOX_RELAY) this.relay.start();
    // Checked once at start, in the background: a Redis that is down now is the health check's business.
    void evictionPolicyWarning(this.realtime.client).then((warning) => { if (warning) new Logger('Redis').warn(warning); });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    await this.jobs.close();
    await this.realtime.close();
  }
}
