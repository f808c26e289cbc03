import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PRIORITIES, type Priority, type SlaTargetName } from '@parley/contracts';
import { eventRow, isoUtcSql, JobDispatcher, Jobs, OutboxRelay, preparedQuery, type InboxSettings, type OutboxRow } from '@parley/core';
import { LIST_COLUMNS, LIST_FROM, toListItem, type ConversationRow } from '../../conversations/conversation-row.js';
import type { HistoryEntry } from '../../history/conversation-history.js';
import { businessHoursOf } from '../business-hours/index.js';
import { BatchedRead } from '../batched-read.js';
import { advanceSla, type SlaState, type SlaStep } from './sla-state.js';

const LABEL: Record<SlaTargetName, string> = { firstResponse: 'first response', nextResponse: 'next response', resolution: 'resolution' };
/** A step whose write found the conversation or its clocks moved on re-reads and tries again, this many times. */
const MAX_ATTEMPTS = 10;

interface Policy {
  id: string; firstResponseMinutes: number | null; nextResponseMinutes: number | null; resolutionMinutes: number | null;
  businessHoursOnly: boolean; reminderLeadMinutes: number; escalatePriority: Priority | null; escalateTeamId: string | null;
}

/** Everything one step needs, read in one query (for every step that asked in the same turn): the conversation (as its list row), its inbox, policy and clocks. */
interface StepFacts extends ConversationRow {
  row_version: string; resolved_at: Date | null; inbox_settings: InboxSettings | null;
  sla_version: string | null; sla_policy_id: string | null; sla_clocks: SlaState['clocks'] | null;
  sla_pauses: SlaState['pauses'] | null; sla_paused_at: Date | null; sla_due_at: Date | null; sla_next_check_at: Date | null;
  policy: Policy | null;
}

const READ_STEP = `
  SELECT ${LIST_COLUMNS}, c.xmin::text AS row_version, i.settings AS inbox_settings,
         s.xmin::text AS sla_version, s.policy_id AS sla_policy_id, s.clocks AS sla_clocks, s.pauses AS sla_pauses,
         s.paused_at AS sla_paused_at, s.due_at AS sla_due_at, s.next_check_at AS sla_next_check_at,
         (SELECT json_build_object('id', p.id, 'firstResponseMinutes', p.first_response_minutes, 'nextResponseMinutes', p.next_response_minutes,
                   'resolutionMinutes', p.resolution_minutes, 'businessHoursOnly', p.business_hours_only, 'reminderLeadMinutes', p.reminder_lead_minutes,
                   'escalatePriority', p.escalate_priority, 'escalateTeamId', p.escalate_team_id)
          FROM sla_policies p WHERE p.inbox_id = c.inbox_id AND p.enabled
            AND (p.tag_id IS NULL OR EXISTS (SELECT 1 FROM conversation_tags t WHERE t.conversation_id = c.id AND t.tag_id = p.tag_id))
            AND (p.priority IS NULL OR p.priority = c.priority)
          ORDER BY (p.tag_id IS NOT NULL) DESC, (p.priority IS NOT NULL) DESC, p.created_at, p.id LIMIT 1) AS policy
  FROM ${LIST_FROM} LEFT JOIN conversation_sla s ON s.conversation_id = c.id
  WHERE c.id = ANY($1::uuid[])`;

const STOP_CLOCKS = `
  UPDATE conversation_sla SET due_at = NULL, next_check_at = NULL, updated_at = now()
  WHERE conversation_id = $1 AND (due_at IS NOT NULL OR next_check_at IS NOT NULL)`;


/**
 * The whole write of a step as one statement (so no transaction is needed around it). It goes ahead only if
 * neither the conversation row ($2, its xmin) nor its SLA row ($3) changed since the read: `g` locks the
 * conversation and re-checks it; the upsert re-checks the clocks. Every other part hangs off the upsert's
 * row, so when a check fails nothing at all is written and the caller re-reads and steps again.
 * Recipients are resolved here: the assignee or else the inbox's active members for a reminder; the managers
 * (or, with none, the admins) and the assignee for a breach; so are their notifications' events (part 2).
 * The other outbox rows are built by the caller: the timer jobs ($16, once the clocks are written) and the
 * escalation's list row and follow-up job ($17, once the conversation is; its version is the read one plus one,
 * as the row is still the one read).
 */
const WRITE_STEP = `
  WITH g AS (SELECT c.id, c.inbox_id, c.assignee_id FROM conversations c WHERE c.id = $1 AND c.xmin = $2::xid FOR UPDATE),
  up AS (
    INSERT INTO conversation_sla AS s (conversation_id, inbox_id, policy_id, clocks, pauses, paused_at, due_at, next_check_at, updated_at)
    SELECT g.id, g.inbox_id, $4, $5::jsonb, $6::jsonb, $7, $8, $9, now() FROM g
    ON CONFLICT (conversation_id) DO UPDATE SET inbox_id = excluded.inbox_id, policy_id = excluded.policy_id, clocks = excluded.clocks,
      pauses = excluded.pauses, paused_at = excluded.paused_at, due_at = excluded.due_at, next_check_at = excluded.next_check_at, updated_at = now()
    WHERE s.xmin = $3::xid
    RETURNING s.conversation_id),
  staff AS (SELECT u.id, u.role FROM users u WHERE u.role IN ('manager', 'admin') AND u.deactivated_at IS NULL),
  notes AS (SELECT x.* FROM up, jsonb_to_recordset($10::jsonb) AS x(ord int, type text, title text, data jsonb, dedupe_key text, who text)),
  recipients AS (
    SELECT x.ord, r.user_id FROM notes x, g, LATERAL (
      SELECT g.assignee_id AS user_id WHERE g.assignee_id IS NOT NULL
      UNION SELECT u.id FROM inbox_members im JOIN users u ON u.id = im.user_id
        WHERE x.who = 'remind' AND g.assignee_id IS NULL AND im.inbox_id = g.inbox_id AND u.deactivated_at IS NULL
      UNION SELECT st.id FROM staff st
        WHERE x.who = 'breach' AND (st.role = 'manager' OR NOT EXISTS (SELECT 1 FROM staff m WHERE m.role = 'manager'))) r),
  n AS (
    INSERT INTO notifications (user_id, type, title, conversation_id, data, dedupe_key)
    SELECT r.user_id, x.type, x.title, $1, x.data, x.dedupe_key FROM recipients r JOIN notes x ON x.ord = r.ord
    WHERE NOT EXISTS (SELECT 1 FROM notification_preferences p WHERE p.user_id = r.user_id AND x.type = ANY(p.muted))
    ORDER BY r.ord, r.user_id
    ON CONFLICT (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
    RETURNING id, user_id, type, title, dedupe_key, created_at),
  ev AS (
    INSERT INTO conversation_events (conversation_id, inbox_id, type, actor_id, data)
    SELECT g.id, g.inbox_id, e.type, NULL, e.data FROM up, g, jsonb_to_recordset($11::jsonb) AS e(ord int, type text, data jsonb) ORDER BY e.ord),
  esc AS (
    UPDATE conversations c SET priority = coalesce($12, c.priority), priority_rank = coalesce($13, c.priority_rank),
      team_id = CASE WHEN $14::uuid IS NULL THEN c.team_id ELSE $14::uuid END, version = c.version + 1, updated_at = $18
    FROM up WHERE $15::boolean AND c.id = $1
    RETURNING c.version),
  ob AS (
    INSERT INTO outbox (kind, name, payload, options)
    SELECT o.kind, o.name, o.payload, o.options FROM (
      SELECT 1 AS part, j.n AS ord, j.r->>'kind' AS kind, j.r->>'name' AS name, j.r->'payload' AS payload, j.r->'options' AS options
      FROM up, jsonb_array_elements($16::jsonb) WITH ORDINALITY AS j(r, n)
      UNION ALL
      SELECT 2, x.ord, 'realtime', 'notification',
        jsonb_build_object('id', n.id, 'type', n.type, 'title', n.title, 'conversationId', $1::uuid, 'createdAt', ${isoUtcSql('n.created_at')}),
        jsonb_build_object('audiences', jsonb_build_array(jsonb_build_object('userId', n.user_id)))
      FROM n JOIN notes x ON x.dedupe_key = n.dedupe_key AND x.type = n.type
      UNION ALL
      SELECT 3, e.n, e.r->>'kind', e.r->>'name', e.r->'payload', e.r->'options'
      FROM esc, jsonb_array_elements($17::jsonb) WITH ORDINALITY AS e(r, n)) o
    ORDER BY o.part, o.ord, o.payload->>'id'
    RETURNING 1)
  SELECT (SELECT count(*)::int FROM up) AS written, (SELECT count(*)::int FROM ob) AS queued`;

/**
 * Keeps a conversation's SLA clocks in step with it. Every caller (the jobs after a change, the reminder
 * and breach jobs, the sweeper) runs the same `sync`: it reads the conversation, derives the clocks from
 * its current fields, records hit or missed, notifies, escalates, and schedules the next delayed jobs.
 * A late, early or repeated call lands on the same state and notifies nobody twice.
 *
 * One read and (only when something changed) one write statement: the write is guarded by the row versions
 * read, so a step that raced another change writes nothing and is taken again from a fresh read. Both are
 * prepared statements (planning them cost more than running them), and the reads of steps running at the
 * same time go out as one statement.
 */
@Injectable()
export class SlaService {
  private readonly logger = new Logger('SlaService');
  private readonly facts: BatchedRead<StepFacts>;

  constructor(private readonly dataSource: DataSource, private readonly relay: OutboxRelay, private readonly jobs: JobDispatcher) {
    this.facts = new BatchedRead((ids) => preparedQuery<StepFacts>(this.dataSource, 'sla-read-steps', READ_STEP, [ids]), (row) => row.id);
  }

  async sync(conversationId: string, now = new Date()): Promise<SlaStep | null> {
    for (let attempt = 1; ; attempt++) {
      const c = await this.facts.load(conversationId);
      if (!c) return null;
      const policy = c.policy;
      if (!policy) {
        // No policy covers it (any more): stop the clocks where they are.
        if (c.sla_due_at || c.sla_next_check_at) {
          await preparedQuery(this.dataSource, 'sla-stop-clocks', STOP_CLOCKS, [conversationId]);
        }
        return null;
      }
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
        bh: businessHoursOf(c.inbox_settings),
        state: c.sla_version !== null
          ? { clocks: c.sla_clocks ?? {}, pauses: c.sla_pauses ?? [], pausedAt: c.sla_paused_at }
          : { clocks: {}, pauses: [], pausedAt: null },
        now,
      });
      if (unchanged(c, policy, step)) return step; // the usual follow-up step: nothing to write
      const [r] = await preparedQuery<{ written: number }>(this.dataSource, 'sla-write-step', WRITE_STEP, this.writeParams(c, policy, step, now));
      if (r.written > 0) {
        this.relay.kick();
        await this.scheduleNow(conversationId, step);
        return step;
      }
      if (attempt >= MAX_ATTEMPTS) throw new Error(`SLA step for ${conversationId}: the conversation kept changing under it`);
    }
  }

  /**
   * The reminder and breach jobs also leave through the outbox (the durable copy), but BullMQ counts a delay
   * from when the job is added, and the relay may add it seconds after the step when many clocks start at
   * once: a timer added through it would fire that much late. So add them here, right after the commit, with
   * the delay counted from now; the relay's copy then finds the same job id and adds nothing. If this fails
   * (Redis down, a crash), the outbox copy still goes out, and the sweeper catches anything later still.
   */
  private async scheduleNow(conversationId: string, step: SlaStep): Promise<void> {
    if (step.jobs.length === 0) return;
    try {
      await Promise.all(step.jobs.map((job) => {
        const row = Jobs.slaTimer(job.kind, conversationId, job.target, job.dueAt, job.at, new Date());
        return this.jobs.enqueue(row);
      }));
    } catch (error) {
      this.logger.warn(`SLA timers for ${conversationId} left to the outbox: ${(error as Error).message}`);
    }
  }

  /** Conversations whose reminder or due time passed more than `graceMs` ago: a lost job's work. */
  async overdue(now: Date, graceMs: number, limit: number): Promise<string[]> {
    const rows: { conversation_id: string }[] = await this.dataSource.query(
      'SELECT conversation_id FROM conversation_sla WHERE next_check_at <= $1 ORDER BY next_check_at LIMIT $2',
      [new Date(now.getTime() - graceMs), limit]);
    return rows.map((r) => r.conversation_id);
  }

  private writeParams(c: StepFacts, policy: Policy, step: SlaStep, now: Date): unknown[] {
    const id = c.id;
    const who = c.contact_name ?? 'a customer';
    const notes: { ord: number; type: string; title: string; data: Record<string, unknown>; dedupe_key: string; who: 'remind' | 'breach' }[] = [];
    for (const target of step.reminders) {
      const due = step.state.clocks[target]?.dueAt ?? '';
      notes.push({
        ord: notes.length, type: 'sla_reminder', title: `SLA ${LABEL[target]} for ${who} is due soon`, data: { target, dueAt: due },
        dedupe_key: `sla-remind-${id}-${target}-${due}`, who: 'remind',
      });
    }
    for (const target of step.breaches) {
      const due = step.state.clocks[target]?.dueAt ?? '';
      notes.push({
        ord: notes.length, type: 'sla_breach', title: `SLA ${LABEL[target]} breached for ${who}`, data: { target, dueAt: due, policyId: policy.id },
        dedupe_key: `sla-breach-${id}-${target}-${due}`, who: 'breach',
      });
    }
    const entries: HistoryEntry[] = step.outcomes.map((o) => ({ type: o.outcome === 'hit' ? 'sla_hit' : 'sla_missed', data: { ...o, policyId: policy.id } }));
    // Escalation: raise the priority (never lower it) and hand the conversation to a team, as the policy says.
    const escalate = step.breaches.length > 0;
    let priority: Priority | null = null;
    let teamId: string | null = null;
    const escalation: HistoryEntry[] = [];
    if (escalate) {
      const rank = policy.escalatePriority ? PRIORITIES.indexOf(policy.escalatePriority) : -1;
      if (policy.escalatePriority && rank > c.priority_rank) {
        priority = policy.escalatePriority;
        escalation.push({ type: 'priority_changed', data: { from: c.priority, to: policy.escalatePriority, by: 'sla_escalation' } });
      }
      if (policy.escalateTeamId && policy.escalateTeamId !== c.team_id) {
        teamId = policy.escalateTeamId;
        escalation.push({ type: 'team_changed', data: { from: c.team_id, to: policy.escalateTeamId, by: 'sla_escalation' } });
      }
      escalation.push({ type: 'sla_escalated', data: { targets: step.breaches, policyId: policy.id } });
      entries.push(...escalation);
    }
    const jobs: OutboxRow[] = step.jobs.map((job) => Jobs.slaTimer(job.kind, id, job.target, job.dueAt, job.at, now));
    // The list row as it will read after the escalation, and the follow-up of that change.
    const version = Number(c.version) + 1;
    const escalated: OutboxRow[] = escalate ? [
      eventRow('conversation.updated', {
        conversation: toListItem({
          ...c, priority: priority ?? c.priority, priority_rank: priority ? PRIORITIES.indexOf(priority) : c.priority_rank, team_id: teamId ?? c.team_id,
          version: String(version), updated_at: now,
        }),
      }, [{ inboxId: c.inbox_id }]),
      Jobs.conversationChanged(id, version, escalation.map((e) => e.type), null),
    ] : [];
    return [
      id, c.row_version, c.sla_version, policy.id, JSON.stringify(step.state.clocks), JSON.stringify(step.state.pauses),
      step.state.pausedAt, step.dueAt, step.nextCheckAt, JSON.stringify(notes),
      JSON.stringify(entries.map((e, ord) => ({ ord, type: e.type, data: e.data ?? {} }))),
      priority, priority ? PRIORITIES.indexOf(priority) : null, teamId, escalate, JSON.stringify(jobs), JSON.stringify(escalated), now,
    ];
  }
}

/** True when the step leaves the stored state exactly as it is and has nothing to record, notify or schedule. */
function unchanged(c: StepFacts, policy: Policy, step: SlaStep): boolean {
  if (c.sla_version === null || c.sla_policy_id !== policy.id) return false;
  if (step.outcomes.length || step.breaches.length || step.reminders.length || step.jobs.length) return false;
  return sameTime(c.sla_paused_at, step.state.pausedAt) && sameTime(c.sla_due_at, step.dueAt) && sameTime(c.sla_next_check_at, step.nextCheckAt)
    && sameJson(c.sla_clocks ?? {}, step.state.clocks) && sameJson(c.sla_pauses ?? [], step.state.pauses);
}

const sameTime = (a: Date | null, b: Date | null): boolean => (a?.getTime() ?? null) === (b?.getTime() ?? null);

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
