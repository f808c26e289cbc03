import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { JobPayloads } from '@parley/contracts';
import { InjectConfig, JobDispatcher, type JobHandler, type ParleyConfig } from '@parley/core';
import { AutoAssignmentService, AutoResolveService, ConversationFollowup, MentionNotifier, SlaService } from '@parley/inbox';

/** A delayed job may be promoted a few ms before its time by clock skew between Redis and us: wait it out. */
async function notBefore(job: Job): Promise<void> {
  const early = job.timestamp + (job.opts.delay ?? 0) - Date.now();
  if (early > 0 && early < 5_000) await new Promise((r) => setTimeout(r, early));
}

@Injectable()
export class EvaluateAutomationJob implements JobHandler<'automation.evaluate'> {
  readonly jobName = 'automation.evaluate' as const;
  constructor(private readonly followup: ConversationFollowup) {}
  async handle({ conversationId, messageId }: JobPayloads['automation.evaluate']): Promise<void> {
    await this.followup.afterIncoming(conversationId, messageId);
  }
}

@Injectable()
export class ConversationChangedJob implements JobHandler<'conversation.changed'> {
  readonly jobName = 'conversation.changed' as const;
  constructor(private readonly followup: ConversationFollowup) {}
  async handle({ conversationId, version, types, actorId }: JobPayloads['conversation.changed']): Promise<void> {
    await this.followup.afterChange(conversationId, version, types, actorId);
  }
}

/** Reminder and breach jobs both re-run the SLA step: it decides from the current state what is due. */
@Injectable()
export class SlaRemindJob implements JobHandler<'sla.remind'> {
  readonly jobName = 'sla.remind' as const;
  constructor(private readonly sla: SlaService) {}
  async handle({ conversationId }: JobPayloads['sla.remind'], job: Job): Promise<void> {
    await notBefore(job);
    await this.sla.sync(conversationId);
  }
}

@Injectable()
export class SlaBreachJob implements JobHandler<'sla.breach'> {
  readonly jobName = 'sla.breach' as const;
  constructor(private readonly sla: SlaService) {}
  async handle({ conversationId }: JobPayloads['sla.breach'], job: Job): Promise<void> {
    await notBefore(job);
    await this.sla.sync(conversationId);
  }
}

@Injectable()
export class AutoResolveJob implements JobHandler<'conversation.auto-resolve'> {
  readonly jobName = 'conversation.auto-resolve' as const;
  constructor(private readonly autoResolve: AutoResolveService) {}
  async handle({ conversationId }: JobPayloads['conversation.auto-resolve'], job: Job): Promise<void> {
    await notBefore(job);
    await this.autoResolve.resolveIfDue(conversationId);
  }
}

@Injectable()
export class DrainAssignmentsJob implements JobHandler<'assignment.drain'> {
  readonly jobName = 'assignment.drain' as const;
  constructor(private readonly assignment: AutoAssignmentService) {}
  async handle({ inboxId }: JobPayloads['assignment.drain']): Promise<void> {
    await this.assignment.drain(inboxId);
  }
}

@Injectable()
export class NoteMentionsJob implements JobHandler<'note.mentions'> {
  readonly jobName = 'note.mentions' as const;
  constructor(private readonly mentions: MentionNotifier) {}
  async handle({ messageId }: JobPayloads['note.mentions']): Promise<void> {
    await this.mentions.notify(messageId);
  }
}

/**
 * The safety net, as one repeatable BullMQ job (one schedule however many workers run): SLA steps whose
 * reminder or due time passed without their job, pending conversations due to auto-resolve, and
 * conversations waiting for an agent who has since come online.
 */
@Injectable()
export class AutomationSweepJob implements JobHandler<'automation.sweep'>, OnApplicationBootstrap {
  readonly jobName = 'automation.sweep' as const;
  private readonly logger = new Logger('AutomationSweep');
  constructor(
    private readonly sla: SlaService,
    private readonly autoResolve: AutoResolveService,
    private readonly assignment: AutoAssignmentService,
    private readonly jobs: JobDispatcher,
    @InjectConfig() private readonly config: ParleyConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureSchedule();
  }

  /** Idempotent: one schedule however many workers call it (the reconciler does, after Redis lost it). */
  async ensureSchedule(): Promise<void> {
    if (!this.config.AUTOMATION_SWEEP) return;
    await this.jobs.queue('sla')?.upsertJobScheduler('automation-sweep', { every: this.config.AUTOMATION_SWEEP_MS }, {
      name: 'automation.sweep', data: {}, opts: { removeOnComplete: 100, removeOnFail: 100 },
    });
  }

  async handle(): Promise<void> {
    const now = new Date();
    // A job normally fires on time; the sweeper only takes what is this late, so it never races a live job.
    const overdue = await this.sla.overdue(now, this.config.AUTOMATION_SWEEP_GRACE_MS, 1000);
    for (let i = 0; i < overdue.length; i += 20) await Promise.all(overdue.slice(i, i + 20).map((id) => this.sla.sync(id, now)));
    for (const id of await this.autoResolve.candidates(now, 500)) await this.autoResolve.resolveIfDue(id, now);
    const assigned = await this.assignment.drain(null, 50);
    if (overdue.length || assigned) this.logger.log(`swept ${overdue.length} SLA clocks, assigned ${assigned}`);
  }
}

export const AUTOMATION_JOBS = [
  EvaluateAutomationJob, ConversationChangedJob, SlaRemindJob, SlaBreachJob, AutoResolveJob, DrainAssignmentsJob, NoteMentionsJob, AutomationSweepJob,
];
