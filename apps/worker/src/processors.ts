import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import { InjectConfig, type ParleyConfig } from '@parley/core';
import { JobRouter } from './job-router.js';

interface WorkerSettings { concurrency: number; limiter?: { max: number; duration: number } }

// The decorators only name the queue: concurrency and rate come from the config, which exists once the app
// starts, so each worker is created paused (autorun: false) and started with its settings at bootstrap.
const PAUSED = { autorun: false };

// @Injectable gives the base class the constructor metadata its subclasses inherit.
@Injectable()
abstract class RoutedProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(this.constructor.name);

  constructor(private readonly router: JobRouter, @InjectConfig() private readonly config: ParleyConfig) {
    super();
  }

  protected abstract settings(config: ParleyConfig): WorkerSettings;

  onApplicationBootstrap(): void {
    const { concurrency, limiter } = this.settings(this.config);
    this.worker.concurrency = concurrency;
    if (limiter) this.worker.opts.limiter = limiter; // read by each fetch of a job, so set before the first
    this.worker.run().catch((e: Error) => this.logger.error(`worker stopped: ${e.message}`));
  }

  process(job: Job): Promise<void> {
    return this.router.run(job);
  }
  // Each failed attempt is logged by JobRouter, under the job's trace.
}

// Meta allows about 300 sends/s per page. BullMQ counts fixed windows, so a 1-second window lets up to twice
// its max through across a window edge (the bench saw 377 in one second at 250/1 s). Small windows bound any
// sliding second: 27 per 100 ms sustains 270/s and never lets more than 297 through in any 1 s.
@Processor('delivery', PAUSED)
export class DeliveryProcessor extends RoutedProcessor {
  protected settings(c: ParleyConfig): WorkerSettings {
    return { concurrency: 50, limiter: { max: c.DELIVERY_RATE_PER_100MS, duration: 100 } };
  }
}

@Processor('conversations', PAUSED)
export class ConversationsProcessor extends RoutedProcessor {
  protected settings(): WorkerSettings { return { concurrency: 10 }; }
}

@Processor('contacts', PAUSED)
export class ContactsProcessor extends RoutedProcessor {
  protected settings(): WorkerSettings { return { concurrency: 5 }; }
}

// Auto-replies, assignment and notifications after each message or change.
@Processor('automation', PAUSED)
export class AutomationProcessor extends RoutedProcessor {
  protected settings(c: ParleyConfig): WorkerSettings { return { concurrency: c.AUTOMATION_CONCURRENCY }; }
}

// Reminders and breaches must fire on time even while the automation queue is busy: a queue of their own,
// carrying nothing but them. Each is one read and one write statement, so many can run at once.
@Processor('sla-timers', PAUSED)
export class SlaTimersProcessor extends RoutedProcessor {
  protected settings(c: ParleyConfig): WorkerSettings { return { concurrency: c.SLA_TIMER_CONCURRENCY }; }
}

// The periodic sweeper (one job at a time by design).
@Processor('sla', PAUSED)
export class SlaProcessor extends RoutedProcessor {
  protected settings(c: ParleyConfig): WorkerSettings { return { concurrency: c.SLA_CONCURRENCY }; }
}

// Large webhook batches, ingested event by event (each its own transaction, idempotent on the platform id).
@Processor('ingestion', PAUSED)
export class IngestionProcessor extends RoutedProcessor {
  protected settings(c: ParleyConfig): WorkerSettings { return { concurrency: c.INGESTION_CONCURRENCY }; }
}

// Nightly housekeeping (retention): one job at a time, never in the way of live work.
@Processor('maintenance', PAUSED)
export class MaintenanceProcessor extends RoutedProcessor {
  protected settings(): WorkerSettings { return { concurrency: 1 }; }
}

export const PROCESSORS = [IngestionProcessor, DeliveryProcessor, ConversationsProcessor, ContactsProcessor, AutomationProcessor, SlaTimersProcessor, SlaProcessor, MaintenanceProcessor];
