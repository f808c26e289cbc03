import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TransactionRunner } from '@parley/core';
import { IncomingNotifier } from '../notifications/incoming-notifier.js';
import { notifyUsers } from '../notifications/notifications.service.js';
import { AutoAssignmentService } from './assignment/index.js';
import { AutoResolveService } from './auto-resolve.service.js';
import { AutoReplyEvaluator } from './auto-replies/index.js';
import { SlaService } from './sla/index.js';
import { EvaluationRecord } from './evaluation.repository.js';

/** History entries that leave every SLA input as it was (status, replies, waiting_since, tags, priority, inbox). */
const CLOCK_NEUTRAL = new Set(['auto_replied', 'note_added', 'marked_read', 'team_changed', 'sla_escalated', 'sla_hit', 'sla_missed']);

/** What follows a customer message or a change to a conversation; the jobs call these and nothing else. */
@Injectable()
export class ConversationFollowup {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly autoReplies: AutoReplyEvaluator,
    private readonly sla: SlaService,
    private readonly assignment: AutoAssignmentService,
    private readonly autoResolve: AutoResolveService,
    private readonly incoming: IncomingNotifier,
    private readonly evaluations: EvaluationRecord,
  ) {}

  async afterIncoming(conversationId: string, messageId: string): Promise<void> {
    await this.autoReplies.evaluate(conversationId, messageId);
    await this.sla.sync(conversationId);
    await this.assignment.assign(conversationId);
    // After assignment: a conversation it just gave someone is theirs, and "assigned" already told them.
    await this.incoming.notify(conversationId, messageId);
    await this.evaluations.markDecided(messageId);
  }

  async afterChange(conversationId: string, version: string, types: string[], actorId: string | null): Promise<void> {
    // A change made only of these cannot move a clock (no status, reply, tag or priority in it): no SLA step.
    if (types.length === 0 || !types.every((t) => CLOCK_NEUTRAL.has(t))) await this.sla.sync(conversationId);
    if (types.includes('assigned')) await this.notifyAssignee(conversationId, version, actorId);
    if (types.includes('status_changed') || types.includes('woken')) {
      await this.autoResolve.schedule(conversationId);
      await this.assignment.assign(conversationId);
    }
  }

  private async notifyAssignee(conversationId: string, version: string, actorId: string | null): Promise<void> {
    const [c] = await this.dataSource.query(
      'SELECT c.assignee_id, ct.name FROM conversations c JOIN contacts ct ON ct.id = c.contact_id WHERE c.id = $1', [conversationId]);
    if (!c?.assignee_id || c.assignee_id === actorId) return; // nobody to tell, or they assigned it to themselves
    await this.tx.run((tx) => notifyUsers(tx, [c.assignee_id], {
      type: 'assigned', title: `You were assigned the conversation with ${c.name ?? 'a customer'}`, conversationId,
      data: { by: actorId }, dedupeKey: `assigned-${conversationId}-${version}`,
    }));
  }
}
