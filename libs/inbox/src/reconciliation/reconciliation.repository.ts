import { Injectable } from '@nestjs/common';
import type { SlaTargetName } from '@parley/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { SlaClock } from '../automation/sla/index.js';

/** How far back the reconciler looks for customer messages and contacts (older work is history, not due). */
const LOOKBACK = "interval '1 day'";

export interface SnoozeRow { id: string; snoozedUntil: Date }
export interface SlaTimerRow { conversationId: string; clocks: Partial<Record<SlaTargetName, SlaClock>>; reminderLeadMinutes: number }

/**
 * The queries that say what PostgreSQL holds as due: each returns ids older than `graceMs` (a live job
 * normally handles them within it), oldest first, at most `limit`.
 */
@Injectable()
export class ReconciliationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Outgoing messages still waiting to leave. */
  async pendingDeliveries(graceMs: number, limit: number): Promise<string[]> {
    return this.ids(`SELECT id FROM messages WHERE delivery_status = 'pending' AND direction = 'outgoing' AND kind <> 'note'
      AND created_at < now() - make_interval(secs => $1) ORDER BY created_at LIMIT $2`, graceMs, limit);
  }

  /** Customer messages whose follow-up (auto-reply, SLA step, assignment) never finished. */
  async undecidedEvaluations(graceMs: number, limit: number): Promise<{ id: string; conversationId: string }[]> {
    return this.dataSource.query(`SELECT m.id, m.conversation_id AS "conversationId" FROM messages m
      WHERE m.direction = 'incoming' AND m.sender_type = 'contact' AND m.created_at > now() - ${LOOKBACK}
        AND m.created_at < now() - make_interval(secs => $1)
        AND NOT EXISTS (SELECT 1 FROM automation_evaluations e WHERE e.message_id = m.id)
      ORDER BY m.created_at LIMIT $2`, [graceMs / 1000, limit]);
  }

  /** Messenger and Instagram contacts created without a name whose profile was never fetched. */
  async missingProfiles(graceMs: number, limit: number): Promise<string[]> {
    return this.ids(`SELECT ct.id FROM contacts ct JOIN inboxes i ON i.id = ct.inbox_id
      WHERE ct.profile_fetched_at IS NULL AND ct.name IS NULL AND ct.created_at > now() - ${LOOKBACK}
        AND ct.created_at < now() - make_interval(secs => $1)
        AND i.channel IN ('messenger', 'instagram') AND i.access_token IS NOT NULL
      ORDER BY ct.created_at LIMIT $2`, graceMs, limit);
  }

  /** Large webhook batches stored and answered but not ingested yet. */
  async storedBatches(graceMs: number, limit: number): Promise<string[]> {
    return this.ids(`SELECT id::text AS id FROM webhook_batches WHERE created_at < now() - make_interval(secs => $1)
      ORDER BY id LIMIT $2`, graceMs, limit);
  }

  /** Snoozed conversations: `dueOnly` keeps those whose time has passed by more than the grace. */
  async snoozes(graceMs: number, limit: number, dueOnly: boolean): Promise<SnoozeRow[]> {
    return this.dataSource.query(`SELECT id, snoozed_until AS "snoozedUntil" FROM conversations
      WHERE status = 'snoozed' AND snoozed_until IS NOT NULL
        ${dueOnly ? 'AND snoozed_until < now() - make_interval(secs => $1)' : 'AND $1::float IS NOT NULL'}
      ORDER BY snoozed_until LIMIT $2`, [graceMs / 1000, limit]);
  }

  /** Running, unpaused SLA clocks after `afterId` (keyset), for rebuilding their timers after Redis lost them. */
  async slaTimers(afterId: string, limit: number): Promise<SlaTimerRow[]> {
    return this.dataSource.query(`SELECT s.conversation_id AS "conversationId", s.clocks, p.reminder_lead_minutes AS "reminderLeadMinutes"
      FROM conversation_sla s JOIN sla_policies p ON p.id = s.policy_id
      WHERE s.next_check_at IS NOT NULL AND s.paused_at IS NULL AND s.conversation_id > $1::uuid
      ORDER BY s.conversation_id LIMIT $2`, [afterId, limit]);
  }

  /** Rows still in the outbox (Redis was down when they were written, or no relay runs). */
  async outboxBacklog(): Promise<number> {
    const [row] = await this.dataSource.query('SELECT count(*)::int AS n FROM outbox');
    return row.n;
  }

  /** Forgets decisions older than the lookback: the reconciler never looks that far back. */
  async pruneEvaluations(): Promise<void> {
    await this.dataSource.query(`DELETE FROM automation_evaluations WHERE decided_at < now() - ${LOOKBACK} - interval '1 hour'`);
  }

  /**
   * Runs `work` only if no other process holds the reconciler's lock (a session advisory lock on its own
   * connection, freed by PostgreSQL if this process dies); false when another process is reconciling.
   */
  async exclusively(key: string, work: () => Promise<void>): Promise<boolean> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = await runner.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [key]);
      if (!locked) return false;
      try {
        await work();
      } finally {
        await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [key]);
      }
      return true;
    } finally {
      await runner.release();
    }
  }

  private async ids(sql: string, graceMs: number, limit: number, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(sql, [graceMs / 1000, limit]);
    return rows.map((r) => r.id);
  }
}
