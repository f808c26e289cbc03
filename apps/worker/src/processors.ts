import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JobRouter } from './job-router.js';

// @Injectable gives the base class the constructor metadata its subclasses inherit.
@Injectable()
abstract class RoutedProcessor extends WorkerHost {
  private readonly logger = new Logger(this.constructor.name);

  constructor(private readonly router: JobRouter) {
    super();
  }

  process(job: Job): Promise<void> {
    return this.router.run(job);
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.logger.warn(`${job?.name} ${job?.id} attempt ${job?.attemptsMade} failed: ${error.message}`);
  }
}

// Meta allows about 300 sends/s per page. BullMQ counts fixed windows, so a 1-second window lets up to twice
// its max through across a window edge (the bench saw 377 in one second at 250/1 s). Small windows bound any
// sliding second: 27 per 100 ms sustains 270/s and never lets more than 297 through in any 1 s.
@Processor('delivery', {
  concurrency: 50,
  limiter: { max: Number(process.env.DELIVERY_RATE_PER_100MS ?? 27), duration: 100 },
})
export class DeliveryProcessor extends RoutedProcessor {}

@Processor('conversations', { concurrency: 10 })
export class ConversationsProcessor extends RoutedProcessor {}

@Processor('contacts', { concurrency: 5 })
export class ContactsProcessor extends RoutedProcessor {}

// Auto-replies, assignment and notifications after each message or change.
@Processor('automation', { concurrency: Number(process.env.AUTOMATION_CONCURRENCY ?? 20) })
export class AutomationProcessor extends RoutedProcessor {}

// Reminders and breaches must fire on time even while the automation queue is busy: a queue of their own,
// carrying nothing but them. Each is one read and one write statement, so many can run at once.
@Processor('sla-timers', { concurrency: Number(process.env.SLA_TIMER_CONCURRENCY ?? 20) })
export class SlaTimersProcessor extends RoutedProcessor {}

// The periodic sweeper (one job at a time by design).
@Processor('sla', { concurrency: Number(process.env.SLA_CONCURRENCY ?? 1) })
export class SlaProcessor extends RoutedProcessor {}

// Large webhook batches, ingested event by event (each its own transaction, idempotent on the platform id).
@Processor('ingestion', { concurrency: Number(process.env.INGESTION_CONCURRENCY ?? 4) })
export class IngestionProcessor extends RoutedProcessor {}

export const PROCESSORS = [IngestionProcessor, DeliveryProcessor, ConversationsProcessor, ContactsProcessor, AutomationProcessor, SlaTimersProcessor, SlaProcessor];
