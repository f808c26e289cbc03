import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ConversationListQuery, ConversationView, ViewCountsDto } from '@parley/contracts';
import { decodeCursor, encodeCursor } from './cursor.js';
import { LIST_COLUMNS, LIST_FROM, type ConversationRow } from './conversation-row.js';
import { keysetCondition, LIST_SORTS } from './list-sorts.js';

export interface ListOptions extends Omit<ConversationListQuery, 'status'> {
  actorId: string;
  /** null: every inbox */
  inboxIds: string[] | null;
  /** 'any' lifts the default of open conversations only */
  statusFilter: ConversationListQuery['status'] | 'any';
  limit: number;
}

/** Every query over conversations lives here. */
@Injectable()
export class ConversationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(o: ListOptions): Promise<{ rows: ConversationRow[]; nextCursor: string | null }> {
    const params: unknown[] = [];
    const p = (v: unknown) => { params.push(v); return `$${params.length}`; };
    const where: string[] = [viewCondition(o.view ?? 'all', () => p(o.actorId))];
    if (o.inboxIds) where.push(`c.inbox_id = ANY(${p(o.inboxIds)}::uuid[])`);
    if (o.inboxId) where.push(`c.inbox_id = ${p(o.inboxId)}`);
    if (o.statusFilter !== 'any' && o.statusFilter) where.push(`c.status = ${p(o.statusFilter)}`);
    if (o.teamId) where.push(`c.team_id = ${p(o.teamId)}`);
    if (o.assigneeId) where.push(`c.assignee_id = ${p(o.assigneeId)}`);
    if (o.priority) where.push(`c.priority = ${p(o.priority)}`);
    if (o.unanswered !== undefined) where.push(o.unanswered ? 'c.waiting_since IS NOT NULL' : 'c.waiting_since IS NULL');
    if (o.tagId) where.push(`EXISTS (SELECT 1 FROM conversation_tags x WHERE x.conversation_id = c.id AND x.tag_id = ${p(o.tagId)})`);
    const keys = LIST_SORTS[o.sort ?? 'latest'];
    if (o.cursor) {
      const values = decodeCursor(o.cursor, keys.length);
      values.forEach((v) => params.push(v));
      where.push(keysetCondition(keys, params.length - keys.length + 1));
    }
    const order = keys.map((k) => `${k.expr} ${k.dir}`).join(', ');
    const sortValues = `ARRAY[${keys.map((k) => `(${k.expr})::text`).join(', ')}] AS sort_values`;
    const sql = `SELECT ${LIST_COLUMNS}, ${sortValues} FROM ${LIST_FROM}
      WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${p(o.limit + 1)}`;
    const rows: (ConversationRow & { sort_values: string[] })[] = await this.dataSource.query(sql, params);
    const more = rows.length > o.limit;
    const page = rows.slice(0, o.limit);
    const last = page[page.length - 1];
    return { rows: page, nextCursor: more && last ? encodeCursor(last.sort_values) : null };
  }

  /** The counts of every view in one round trip. */
  async counts(actorId: string, inboxIds: string[] | null): Promise<ViewCountsDto> {
    const params: unknown[] = [actorId];
    const scope = inboxIds ? (params.push(inboxIds), 'AND inbox_id = ANY($2::uuid[])') : '';
    const [row] = await this.dataSource.query(`
      SELECT
        count(*) FILTER (WHERE NOT archived AND status = 'open' AND assignee_id = $1)::int AS mine,
        count(*) FILTER (WHERE NOT archived AND status = 'open' AND assignee_id IS NULL)::int AS unassigned,
        count(*) FILTER (WHERE NOT archived AND status = 'open')::int AS all,
        count(*) FILTER (WHERE archived)::int AS archived,
        count(*) FILTER (WHERE NOT archived AND status = 'open' AND waiting_since IS NOT NULL)::int AS unanswered
      FROM conversations WHERE true ${scope}`, params);
    return row as ViewCountsDto;
  }

  async findRows(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<ConversationRow[]> {
    if (ids.length === 0) return [];
    const rows: ConversationRow[] = await manager.query(
      `SELECT ${LIST_COLUMNS} FROM ${LIST_FROM} WHERE c.id = ANY($1::uuid[])`, [ids]);
    return ids.map((id) => rows.find((r) => r.id === id)).filter((r): r is ConversationRow => !!r);
  }

  async inboxOf(id: string): Promise<string | null> {
    const [row] = await this.dataSource.query('SELECT inbox_id FROM conversations WHERE id = $1', [id]);
    return row?.inbox_id ?? null;
  }
}

function viewCondition(view: ConversationView, actor: () => string): string {
  switch (view) {
    case 'mine': return `NOT c.archived AND c.assignee_id = ${actor()}`;
    case 'unassigned': return 'NOT c.archived AND c.assignee_id IS NULL';
    case 'archived': return 'c.archived';
    default: return 'NOT c.archived';
  }
}
