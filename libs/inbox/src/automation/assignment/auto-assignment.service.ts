import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AutoAssignMode } from '@parley/contracts';
import { InboxEntity, InjectConfig, PresenceStore, preparedQuery, RealtimePublisher, type ParleyConfig } from '@parley/core';
import { assign } from '../../conversations/conversation-actions.js';
import { ConversationMutator } from '../../conversations/conversation-mutator.js';
import { pickAssignee } from './assignment-pick.js';
import { BatchedRead } from '../batched-read.js';

/**
 * Assigns new and reopened conversations to a member of the inbox who is online (a live socket and
 * availability 'online'), round robin or balanced, under a per-agent capacity. The choice and the
 * assignment happen under a per-inbox advisory lock, so two workers never both give the same agent
 * "their turn" or push them over capacity.
 */
interface Candidate { id: string; inbox_id: string; status: string; assignee_id: string | null; archived: boolean; settings: InboxEntity['settings'] | null }

@Injectable()
export class AutoAssignmentService {
  private readonly presence: PresenceStore;
  /** It runs after every customer message: prepared, and shared by the checks running at the same time. */
  private readonly candidates: BatchedRead<Candidate>;

  constructor(
    private readonly dataSource: DataSource, private readonly mutator: ConversationMutator, realtime: RealtimePublisher,
    @InjectConfig() config: ParleyConfig,
  ) {
    this.presence = new PresenceStore(realtime.client, config.PRESENCE_TTL_MS, realtime.keyPrefix);
    this.candidates = new BatchedRead((ids) => preparedQuery<Candidate>(this.dataSource, 'assignment-candidates',
      'SELECT c.id, c.inbox_id, c.status, c.assignee_id, c.archived, i.settings FROM conversations c JOIN inboxes i ON i.id = c.inbox_id WHERE c.id = ANY($1::uuid[])',
      [ids]), (row) => row.id);
  }

  /** Assigns the conversation if its inbox assigns automatically and it waits for someone; returns who got it. */
  async assign(conversationId: string): Promise<string | null> {
    const c = await this.candidates.load(conversationId);
    const config = c?.settings?.autoAssignment;
    if (!c || !config || c.status !== 'open' || c.assignee_id || c.archived) return null;
    let chosen: string | null = null;
    await this.mutator.apply(null, conversationId, async (conv, tx) => {
      if (conv.status !== 'open' || conv.assigneeId || conv.archived) return [];
      await tx.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`parley-assign-${conv.inboxId}`]);
      chosen = await this.pick(tx.manager, conv.inboxId, config.mode, config.capacity ?? null);
      if (!chosen) return [];
      await tx.manager.query(
        `INSERT INTO assignment_cursor (inbox_id, user_id, last_assigned_at) VALUES ($1, $2, clock_timestamp())
         ON CONFLICT (inbox_id, user_id) DO UPDATE SET last_assigned_at = excluded.last_assigned_at`, [conv.inboxId, chosen]);
      const entries = await assign(chosen)(conv, tx);
      return entries.map((e) => ({ ...e, data: { ...e.data, by: 'auto_assignment', mode: config.mode } }));
    });
    return chosen;
  }

  /** Assigns waiting conversations, oldest wait first, until nobody is available (one inbox, or every auto-assigning one). */
  async drain(inboxId: string | null, limit = 200): Promise<number> {
    const inboxes: { id: string }[] = inboxId ? [{ id: inboxId }]
      : await this.dataSource.query("SELECT id FROM inboxes WHERE jsonb_typeof(settings->'autoAssignment') = 'object'");
    let assigned = 0;
    for (const { id } of inboxes) {
      const waiting: { id: string }[] = await this.dataSource.query(
        `SELECT id FROM conversations WHERE inbox_id = $1 AND status = 'open' AND NOT archived AND assignee_id IS NULL
         ORDER BY coalesce(waiting_since, created_at), id LIMIT $2`, [id, limit]);
      for (const w of waiting) {
        if (!(await this.assign(w.id))) break; // nobody available (or the inbox stopped assigning)
        assigned++;
      }
    }
    return assigned;
  }

  private async pick(m: EntityManager, inboxId: string, mode: AutoAssignMode, capacity: number | null): Promise<string | null> {
    const members: { id: string; load: number; last_assigned_at: Date | null }[] = await m.query(
      `SELECT u.id,
              (SELECT count(*)::int FROM conversations c WHERE c.inbox_id = $1 AND c.assignee_id = u.id AND c.status = 'open' AND NOT c.archived) AS load,
              ac.last_assigned_at
       FROM inbox_members im JOIN users u ON u.id = im.user_id
       LEFT JOIN assignment_cursor ac ON ac.inbox_id = im.inbox_id AND ac.user_id = u.id
       WHERE im.inbox_id = $1 AND u.deactivated_at IS NULL AND u.availability = 'online'`, [inboxId]);
    const online = await Promise.all(members.map(async (u) => ((await this.presence.liveSockets(u.id)) > 0 ? u : null)));
    const candidates = online.filter((u) => u !== null).map((u) => ({ userId: u.id, load: u.load, lastAssignedAt: u.last_assigned_at }));
    return pickAssignee(candidates, mode, capacity);
  }
}
