import { Global, Inject, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/config.js';
import { JobDispatcher } from '../queue/job-dispatcher.js';
import { RealtimePublisher } from '../realtime/realtime.publisher.js';
import { OutboxRelay } from './outbox.relay.js';
import { TransactionRunner } from './transaction.runner.js';

@Global()
@Module({
  providers: [
    { provide: JobDispatcher, useFactory: () => new JobDispatcher(loadConfig().redisUrl) },
    { provide: RealtimePublisher, useFactory: () => new RealtimePublisher(loadConfig().redisUrl) },
    {
      provide: OutboxRelay,
      inject: [DataSource, JobDispatcher, RealtimePublisher],
      useFactory: (ds: DataSource, jobs: JobDispatcher, rt: RealtimePublisher) => new OutboxRelay(ds, jobs, rt),
    },
    TransactionRunner,
  ],
  exports: [JobDispatcher, RealtimePublisher, OutboxRelay, TransactionRunner],
})
export class OutboxModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(OutboxRelay) private readonly relay: OutboxRelay,
    @Inject(JobDispatcher) private readonly jobs: JobDispatcher,
    @Inject(RealtimePublisher) private readonly realtime: RealtimePublisher,
  ) {}

  onModuleInit(): void {
    if (process.env.OUTBOX_RELAY !== 'off') this.relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    await this.jobs.close();
    await this.realtime.close();
  }
}
