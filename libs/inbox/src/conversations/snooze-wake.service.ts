import { Injectable } from '@nestjs/common';
import { ConversationMutator } from './conversation-mutator.js';

/** Wakes a snoozed conversation when its time comes, unless it was re-snoozed or woken meanwhile. */
@Injectable()
export class SnoozeWakeService {
  constructor(private readonly mutator: ConversationMutator) {}

  async wake(conversationId: string, scheduledFor: string, now = new Date()): Promise<boolean> {
    let woke = false;
    await this.mutator.apply(null, conversationId, async (c) => {
      const due = c.snoozedUntil?.getTime();
      if (c.status !== 'snoozed' || due === undefined || due !== new Date(scheduledFor).getTime() || due > now.getTime()) return [];
      c.status = 'open';
      c.snoozedUntil = null;
      woke = true;
      return [{ type: 'woken', data: { from: 'snoozed', to: 'open', by: 'snooze_timer' } }];
    }).catch((e: Error) => { if (!/not found/i.test(e.message)) throw e; });
    return woke;
  }
}
