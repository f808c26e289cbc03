import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { JobPayloads } from '@parley/contracts';
import type { JobHandler } from '@parley/core';
import { DeliveryService } from '@parley/inbox';

export class RetryLaterError extends Error {}

/** Sends one pending reply; transient failures throw so BullMQ retries with backoff. */
@Injectable()
export class DeliverMessageJob implements JobHandler<'message.deliver'> {
  readonly jobName = 'message.deliver' as const;

  constructor(private readonly delivery: DeliveryService) {}

  async handle({ messageId }: JobPayloads['message.deliver'], job: Job): Promise<void> {
    const outcome = await this.delivery.deliver(messageId);
    if (outcome.kind !== 'retry') return;
    const attempts = job.opts.attempts ?? 1;
    if (job.attemptsMade + 1 >= attempts) return this.delivery.giveUp(messageId, outcome.reason);
    throw new RetryLaterError(outcome.reason);
  }
}
