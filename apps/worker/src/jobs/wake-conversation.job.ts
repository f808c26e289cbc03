import { Injectable } from '@nestjs/common';
import type { JobPayloads } from '@parley/contracts';
import type { JobHandler } from '@parley/core';
import { SnoozeWakeService } from '@parley/inbox';

@Injectable()
export class WakeConversationJob implements JobHandler<'conversation.wake'> {
  readonly jobName = 'conversation.wake' as const;

  constructor(private readonly snooze: SnoozeWakeService) {}

  async handle({ conversationId, snoozedUntil }: JobPayloads['conversation.wake']): Promise<void> {
    await this.snooze.wake(conversationId, snoozedUntil);
  }
}
