import { Injectable, NotFoundException } from '@nestjs/common';
import type {
  ActivityFilter, ConversationDetailDto, ConversationEventDto, ConversationListItemDto, ConversationListQuery, PageDto, ViewCountsDto,
} from '@parley/contracts';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service.js';
import type { Actor } from '../access/actor.js';
import { toDetail, toListItem } from './conversation-row.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { ConversationMutator, type Change } from './conversation-mutator.js';
import { ConversationsRepository } from './conversations.repository.js';

@Injectable()
export class ConversationsService {
  constructor(
    private readonly access: AccessService,
    private readonly repository: ConversationsRepository,
    private readonly mutator: ConversationMutator,
    private readonly dataSource: DataSource,
  ) {}

  async list(actor: Actor, query: Omit<ConversationListQuery, 'status'> & ActivityFilter & { status?: ConversationListQuery['status'] | 'any' }): Promise<PageDto<ConversationListItemDto>> {
    const inboxIds = await this.access.visibleInboxIds(actor);
    const view = query.view ?? 'all';
    // Working views show open conversations unless asked otherwise; the archive shows everything in it.
    const statusFilter = query.status ?? (view === 'archived' ? 'any' : 'open');
    const { status: _status, ...filters } = query;
    const { rows, nextCursor } = await this.repository.list({
      ...filters, view, actorId: actor.id, inboxIds, statusFilter, limit: query.limit ?? 25,
    });
    return { items: rows.map(toListItem), nextCursor };
  }

  /**
   * What changed since a cursor, for a dashboard that reconnects after a gap. Without a cursor it only
   * returns the cursor of "now", from which the client follows the live events.
   */
  async changes(actor: Actor, cursor: string | undefined, limit = 200): Promise<{ items: ConversationListItemDto[]; cursor: string; more: boolean }> {
    const inboxIds = await this.access.visibleInboxIds(actor);
    if (!cursor) {
      const [{ now }] = await this.dataSource.query('SELECT now()::text AS now');
      return { items: [], cursor: encodeCursor([now, '00000000-0000-0000-0000-000000000000']), more: false };
    }
    const [at, id] = decodeCursor(cursor, ['timestamptz', 'uuid']) as [string, string];
    const rows = await this.repository.changedSince({ at, id }, inboxIds, limit);
    const last = rows[rows.length - 1];
    return { items: rows.map(toListItem), cursor: last ? encodeCursor([last.updated_text, last.id]) : cursor, more: rows.length === limit };
  }

  async counts(actor: Actor): Promise<ViewCountsDto> {
    return this.repository.counts(actor.id, await this.access.visibleInboxIds(actor));
  }

  async get(actor: Actor, id: string): Promise<ConversationDetailDto> {
    const [row] = await this.repository.findRows([id]);
    if (!row) throw new NotFoundException('Conversation not found');
    await this.access.assertInbox(actor, row.inbox_id);
    return { ...toDetail(row), slaDue: await this.repository.nextSlaDue(id) };
  }

  async history(actor: Actor, id: string): Promise<ConversationEventDto[]> {
    await this.get(actor, id);
    const rows: { id: string; conversation_id: string; type: string; actor_id: string | null; actor_name: string | null; data: Record<string, unknown>; created_at: Date }[] =
      await this.dataSource.query(`SELECT e.*, u.name AS actor_name FROM conversation_events e LEFT JOIN users u ON u.id = e.actor_id
        WHERE e.conversation_id = $1 ORDER BY e.id LIMIT 500`, [id]);
    return rows.map((r) => ({
      id: r.id, conversationId: r.conversation_id, type: r.type,
      actor: r.actor_id ? { id: r.actor_id, name: r.actor_name ?? '' } : null, data: r.data, createdAt: r.created_at.toISOString(),
    }));
  }

  apply(actor: Actor, id: string, change: Change): Promise<ConversationListItemDto> {
    return this.mutator.apply(actor, id, change);
  }

  /** Applies one change to many conversations; each succeeds or fails on its own. */
  async bulk(actor: Actor, ids: string[], change: Change): Promise<{ updated: ConversationListItemDto[]; failed: { id: string; reason: string }[] }> {
    const updated: ConversationListItemDto[] = [];
    const failed: { id: string; reason: string }[] = [];
    for (const id of [...new Set(ids)]) {
      try { updated.push(await this.mutator.apply(actor, id, change)); } catch (e) { failed.push({ id, reason: (e as Error).message }); }
    }
    return { updated, failed };
  }
}
