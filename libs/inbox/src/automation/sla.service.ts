import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PRIORITIES, type SlaTargetName } from '@parley/contracts';
import { ConversationEntity, ConversationSlaEntity, InboxEntity, SlaPolicyEntity, TransactionRunner, type Tx } from '@parley/core';
import { toListItem } from '../conversations/conversation-row.js';
import { ConversationsRepository } from '../conversations/conversations.repository.js';
import { recordHistory, type HistoryEntry } from '../history/conversation-history.js';
import { notifyUsers } from '../notifications/notifications.service.js';
import { businessHoursOf } from './automation-settings.js';
import { advanceSla, type SlaStep } from './sla-state.js';

const LABEL: Record<SlaTargetName, string> = { firstResponse: 'first response', nextResponse: 'next response', resolution: 'resolution' };

interface ConversationFacts {
  id: string; inbox_id: string; status: 'open' | 'pending' | 'snoozed' | 'resolved'; priority: string; priority_rank: number;
  assignee_id: string | null; team_id: string | null; created_at: Date; first_reply_at: Date | null; last_reply_at: Date | null;
  waiting_since: Date | null; resolved_at: Date | null; contact_name: string | null;
}

/**
 * Keeps a conversation's SLA clocks in step with it. Every caller (the jobs after a change, the reminder
 * and breach jobs, the sweeper) runs the same `sync`: it locks the conversation, derives the clocks from
 * its current fields, records hit or missed, notifies, escalates, and schedules the next delayed jobs.
 * A late, early or repeated call lands on the same state and notifies nobody twice.
 */
@Injectable()
export class SlaService {
  constructor(private readonly tx: TransactionRunner, private readonly conversations: ConversationsRepository) {}

  async sync(conversationId: string, now = new Date()): Promise<SlaStep | null> {
    return this.tx.run(async (tx) => {
      const m = tx.manager;
      const [c]: ConversationFacts[] = await m.query(
        `SELECT c.id, c.inbox_id, c.status, c.priority, c.priority_rank, c.assignee_id, c.team_id, c.created_at, c.first_reply_at,
                c.last_reply_at, c.waiting_since, c.resolved_at, ct.name AS contact_name
         FROM conversations c JOIN contacts ct ON ct.id = c.contact_id WHERE c.id = $1 FOR UPDATE OF c`, [conversationId]);
      if (!c) return null;
      const policy = await policyFor(m, c);
      const row = await m.findOneBy(ConversationSlaEntity, { conversationId });
      if (!policy) {
        // No policy covers it (any more): stop the clocks where they are.
        if (row && (row.dueAt || row.nextCheckAt)) await m.update(ConversationSlaEntity, { conversationId }, { dueAt: null, nextCheckAt: null });
        return null;
      }
      const inbox = await m.findOne(InboxEntity, { where: { id: c.inbox_id }, select: { id: true, settings: true } });
      const step = advanceSla({
        conversation: {
          status: c.status, createdAt: c.created_at, firstReplyAt: c.first_reply_at, lastReplyAt: c.last_reply_at,
          waitingSince: c.waiting_since, resolvedAt: c.resolved_at,
        },
        policy: {
          firstResponseMinutes: policy.firstResponseMinutes ?? undefined, nextResponseMinutes: policy.nextResponseMinutes ?? undefined,
          resolutionMinutes: policy.resolutionMinutes ?? undefined, businessHoursOnly: policy.businessHoursOnly,
          reminderLeadMinutes: policy.reminderLeadMinutes,
        },
        bh: businessHoursOf(inbox?.settings),
        state: row ? { clocks: row.clocks, pauses: row.pauses, pausedAt: row.pausedAt } : { clocks: {}, pauses: [], pausedAt: null },
        now,
      });
      await m.upsert(ConversationSlaEntity, {
        conversationId, inboxId: c.inbox_id, policyId: policy.id, clocks: step.state.clocks, pauses: step.state.pauses,
        pausedAt: step.state.pausedAt, dueAt: step.dueAt, nextCheckAt: step.nextCheckAt,
      } as never, ['conversationId']);
      await recordHistory(m, { id: c.id, inboxId: c.inbox_id }, null, step.outcomes.map((o) => ({
        type: o.outcome === 'hit' ? 'sla_hit' : 'sla_missed', data: { ...o, policyId: policy.id },
      })));
      for (const job of step.jobs) {
        const payload = { conversationId, target: job.target, dueAt: job.dueAt.toISOString() };
        const options = { jobId: `sla-${job.kind}-${conversationId}-${job.target}-${job.dueAt.getTime()}`, delayMs: Math.max(0, job.at.getTime() - now.getTime()) };
        await tx.outbox.job(job.kind === 'remind' ? 'sla.remind' : 'sla.breach', payload, options);
      }
      const who = c.contact_name ?? 'a customer';
      for (const target of step.reminders) {
        const due = step.state.clocks[target]?.dueAt ?? '';
        const to = c.assignee_id ? [c.assignee_id] : await inboxMembers(m, c.inbox_id);
        await notifyUsers(tx, to, {
          type: 'sla_reminder', title: `SLA ${LABEL[target]} for ${who} is due soon`, conversationId, data: { target, dueAt: due },
          dedupeKey: `sla-remind-${conversationId}-${target}-${due}`,
        });
      }
      if (step.breaches.length > 0) await this.breached(tx, c, policy, step.breaches, step, who);
      return step;
    });
  }

  /** Conversations whose reminder or due time passed more than `graceMs` ago: a lost job's work. */
  async overdue(now: Date, graceMs: number, limit: number): Promise<string[]> {
    const rows: { conversation_id: string }[] = await this.tx.run(({ manager }) => manager.query(
      'SELECT conversation_id FROM conversation_sla WHERE next_check_at <= $1 ORDER BY next_check_at LIMIT $2',
      [new Date(now.getTime() - graceMs), limit]));
    return rows.map((r) => r.conversation_id);
  }

  private async breached(tx: Tx, c: ConversationFacts, policy: SlaPolicyEntity, targets: SlaTargetName[], step: SlaStep, who: string): Promise<void> {
    const managers = await managerIds(tx.manager);
    for (const target of targets) {
      const due = step.state.clocks[target]?.dueAt ?? '';
      await notifyUsers(tx, [...managers, ...(c.assignee_id ? [c.assignee_id] : [])], {
        type: 'sla_breach', title: `SLA ${LABEL[target]} breached for ${who}`, conversationId: c.id, data: { target, dueAt: due, policyId: policy.id },
        dedupeKey: `sla-breach-${c.id}-${target}-${due}`,
      });
    }
    // Escalation: raise the priority (never lower it) and hand the conversation to a team, as the policy says.
    const entries: HistoryEntry[] = [];
    const patch: Record<string, unknown> = {};
    const rank = policy.escalatePriority ? PRIORITIES.indexOf(policy.escalatePriority) : -1;
    if (policy.escalatePriority && rank > c.priority_rank) {
      Object.assign(patch, { priority: policy.escalatePriority, priorityRank: rank });
      entries.push({ type: 'priority_changed', data: { from: c.priority, to: policy.escalatePriority, by: 'sla_escalation' } });
    }
    if (policy.escalateTeamId && policy.escalateTeamId !== c.team_id) {
      patch.teamId = policy.escalateTeamId;
      entries.push({ type: 'team_changed', data: { from: c.team_id, to: policy.escalateTeamId, by: 'sla_escalation' } });
    }
    entries.push({ type: 'sla_escalated', data: { targets, policyId: policy.id } });
    await tx.manager.createQueryBuilder().update(ConversationEntity).set({ ...patch, version: () => 'version + 1' })
      .where('id = :id', { id: c.id }).execute();
    await recordHistory(tx.manager, { id: c.id, inboxId: c.inbox_id }, null, entries);
    const [row] = await this.conversations.findRows([c.id], tx.manager);
    const item = toListItem(row);
    await tx.outbox.realtime('conversation.updated', { conversation: item }, [{ inboxId: c.inbox_id }]);
    await tx.outbox.job('conversation.changed', { conversationId: c.id, version: String(item.version), types: entries.map((e) => e.type), actorId: null },
      { jobId: `changed-${c.id}-${item.version}` });
  }
}

/** The most specific enabled policy of the inbox that covers the conversation (tag and priority first). */
async function policyFor(m: EntityManager, c: ConversationFacts): Promise<SlaPolicyEntity | null> {
  const [row] = await m.query(
    `SELECT p.id FROM sla_policies p WHERE p.inbox_id = $1 AND p.enabled
       AND (p.tag_id IS NULL OR EXISTS (SELECT 1 FROM conversation_tags t WHERE t.conversation_id = $2 AND t.tag_id = p.tag_id))
       AND (p.priority IS NULL OR p.priority = $3)
     ORDER BY (p.tag_id IS NOT NULL) DESC, (p.priority IS NOT NULL) DESC, p.created_at, p.id LIMIT 1`, [c.inbox_id, c.id, c.priority]);
  return row ? m.findOneBy(SlaPolicyEntity, { id: row.id }) : null;
}

export async function inboxMembers(m: EntityManager, inboxId: string): Promise<string[]> {
  const rows: { id: string }[] = await m.query(
    'SELECT u.id FROM inbox_members im JOIN users u ON u.id = im.user_id WHERE im.inbox_id = $1 AND u.deactivated_at IS NULL', [inboxId]);
  return rows.map((r) => r.id);
}

/** Managers (or, where there are none, admins): who hears of a breach. */
async function managerIds(m: EntityManager): Promise<string[]> {
  const rows: { id: string; role: string }[] = await m.query(
    "SELECT id, role FROM users WHERE role IN ('manager', 'admin') AND deactivated_at IS NULL");
  const managers = rows.filter((r) => r.role === 'manager');
  return (managers.length ? managers : rows).map((r) => r.id);
}
