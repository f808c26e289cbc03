import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Jobs, TransactionRunner } from '@parley/core';
import { ConversationMutator } from '../conversations/conversation-mutator.js';

const HOUR = 3_600_000;

/**
 * Resolves a pending conversation after the inbox's N hours of customer silence. Silence counts from the
 * later of the customer's last message and the moment it went pending.
 */
@Injectable()
export class AutoResolveService {
  constructor(private readonly dataSource: DataSource, private readonly tx: TransactionRunner, private readonly mutator: ConversationMutator) {}

  /** When the conversation will auto-resolve if nothing changes, or null (not pending, or the inbox does not auto-resolve). */
  async dueAt(conversationId: string, m: EntityManager = this.dataSource.manager): Promise<Date | null> {
    const [row] = await m.query(
      `SELECT c.status, c.last_incoming_at, c.created_at, (i.settings->>'autoResolveHours')::int AS hours,
              (SELECT max(e.created_at) FROM conversation_events e WHERE e.conversation_id = c.id AND e.type = 'status_changed' AND e.data->>'to' = 'pending') AS pending_since
       FROM conversations c JOIN inboxes i ON i.id = c.inbox_id WHERE c.id = $1`, [conversationId]);
    if (!row || row.status !== 'pending' || !row.hours) return null;
    const since = Math.max(row.last_incoming_at?.getTime() ?? 0, row.pending_since?.getTime() ?? row.created_at.getTime());
    return new Date(since + row.hours * HOUR);
  }

  /** Puts a delayed job at the due time (one per due time: a later change makes the old one a no-op). */
  async schedule(conversationId: string, now = new Date()): Promise<Date | null> {
    const due = await this.dueAt(conversationId);
    if (!due) return null;
    await this.tx.run(async (tx) => tx.outbox.add(Jobs.autoResolve(conversationId, due, now)));
    return due;
  }

  async resolveIfDue(conversationId: string, now = new Date()): Promise<boolean> {
    let resolved = false;
    await this.mutator.apply(null, conversationId, async (c, tx) => {
      const due = await this.dueAt(c.id, tx.manager);
      if (c.status !== 'pending' || !due || due.getTime() > now.getTime()) return [];
      c.status = 'resolved';
      c.resolvedAt = now;
      c.snoozedUntil = null;
      resolved = true;
      return [{ type: 'status_changed', data: { from: 'pending', to: 'resolved', by: 'auto_resolve' } }];
    }).catch((e: Error) => { if (!/not found/i.test(e.message)) throw e; });
    return resolved;
  }

  /** Pending conversations of auto-resolving inboxes silent for longer than their inbox allows (the sweeper's share). */
  async candidates(now: Date, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT c.id FROM inboxes i JOIN conversations c ON c.inbox_id = i.id AND c.status = 'pending'
       WHERE (i.settings->>'autoResolveHours')::int > 0
         AND coalesce(c.last_incoming_at, c.created_at) <= $1::timestamptz - make_interval(hours => (i.settings->>'autoResolveHours')::int)
       LIMIT $2`, [now, limit]);
    return rows.map((r) => r.id);
  }
}
