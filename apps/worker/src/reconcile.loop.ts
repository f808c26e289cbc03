import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectConfig, type ParleyConfig } from '@parley/core';
import { Reconciler } from '@parley/inbox';
import { AutomationSweepJob } from './jobs/automation.jobs.js';

/**
 * Runs the reconciler at start and then every RECONCILE_INTERVAL_MS in every worker (one of them wins each pass).
 * A timer, not a BullMQ repeatable job: it must keep running when Redis has lost everything, repeatables included.
 */
@Injectable()
export class ReconcileLoop implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Reconciler');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly reconciler: Reconciler, private readonly sweep: AutomationSweepJob, @InjectConfig() private readonly config: ParleyConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.RECONCILER) return;
    this.tick();
    this.timer = setInterval(() => this.tick(), this.config.RECONCILE_INTERVAL_MS);
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.pass().finally(() => { this.running = null; });
  }

  private async pass(): Promise<void> {
    try {
      const pass = await this.reconciler.runOnce({ graceMs: this.config.RECONCILE_GRACE_MS, limit: this.config.RECONCILE_LIMIT });
      // The sweep's schedule lives in Redis too: put it back when Redis lost it.
      if (pass?.full) await this.sweep.ensureSchedule();
    } catch (error) {
      // PostgreSQL or Redis is down: the next pass tries again.
      this.logger.warn(`reconciliation paused: ${(error as Error).message}`);
    }
  }
}
