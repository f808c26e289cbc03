import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { runPrepared, type PreparedStatement } from '@parley/core';
import { DataSource, type EntityManager } from 'typeorm';
import type { ActivityFilter, ConversationListQuery, ConversationView, SlaDueDto, ViewCountsDto } from '@parley/contracts';
import { decodeCursor, encodeCursor } from './cursor.js';
import { LIST_COLUMNS, LIST_FROM, type ConversationRow } from './conversation-row.js';
import { keysetCondition, LIST_SORTS } from './list-sorts.js';

export interface ListOptions extends Omit<ConversationListQuery, 'status'>, ActivityFilter {
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
    if (o.activity && o.activityFrom && o.activityTo) where.push(activityCondition({ ...o, activity: o.activity, activityFrom: o.activityFrom, activityTo: o.activityTo }, p));
    const keys = LIST_SORTS[o.sort ?? 'latest'];
    if (o.cursor) {
      const values = decodeCursor(o.cursor, keys.map((k) => k.type));
      values.forEach((v) => params.push(v));
      where.push(keysetCondition(keys, params.length - keys.length + 1));
    }
    const order = keys.map((k) => `${k.expr} ${k.dir}`).join(', ');
    const sortValues = `ARRAY[${keys.map((k) => `(${k.expr})::text`).join(', ')}] AS sort_values`;
    // The limit is written into the text (a validated integer, not data): a generic plan then knows it and
    // keeps the ordered index scan, so the statement can be prepared, planned once per connection and text.
    const sql = `SELECT ${LIST_COLUMNS}, ${sortValues} FROM ${LIST_FROM}
      WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${Math.trunc(o.limit) + 1}`;
    const rows = await runPrepared<ConversationRow & { sort_values: string[] }>(this.dataSource.manager, preparedList(sql), params);
    const more = rows.length > o.limit;
    const page = rows.slice(0, o.limit);
    const last = page[page.length - 1];
    return { rows: page, nextCursor: more && last ? encodeCursor(last.sort_values) : null };
  }

  /**
   * The counts of every view in one round trip. Each part reads one partial index (index-only), so the
   * cost follows the open and archived conversations, not every conversation ever held.
   */
  async counts(actorId: string, inboxIds: string[] | null): Promise<ViewCountsDto> {
    const params: unknown[] = [actorId];
    const scope = inboxIds ? (params.push(inboxIds), 'AND inbox_id = ANY($2::uuid[])') : '';
    const [row] = await this.dataSource.query(`
      SELECT o.mine, o.unassigned, o."all", a.archived, o.unanswered
      FROM (SELECT
              count(*) FILTER (WHERE assignee_id = $1)::int AS mine,
              count(*) FILTER (WHERE assignee_id IS NULL)::int AS unassigned,
              count(*)::int AS "all",
              count(*) FILTER (WHERE waiting_since IS NOT NULL)::int AS unanswered
            FROM conversations WHERE NOT archived AND status = 'open' ${scope}) o,
           (SELECT count(*)::int AS archived FROM conversations WHERE archived ${scope}) a`, params);
    return row as ViewCountsDto;
  }

  /** Conversations changed after the cursor (updated_at, id), oldest change first. */
  async changedSince(cursor: { at: string; id: string }, inboxIds: string[] | null, limit: number): Promise<(ConversationRow & { updated_text: string })[]> {
    const params: unknown[] = [cursor.at, cursor.id, limit];
    const scope = inboxIds ? (params.push(inboxIds), 'AND c.inbox_id = ANY($4::uuid[])') : '';
    return this.dataSource.query(`SELECT ${LIST_COLUMNS}, c.updated_at::text AS updated_text FROM ${LIST_FROM}
      WHERE (c.updated_at, c.id) > ($1::timestamptz, $2::uuid) ${scope} ORDER BY c.updated_at, c.id LIMIT $3`, params);
  }

  /** The conversation's SLA target due soonest among those running or breached (a paused clock has no due time). */
  async nextSlaDue(conversationId: string): Promise<SlaDueDto | null> {
    const [row] = await this.dataSource.query(
      `SELECT t.key AS target, t.value->>'dueAt' AS due_at, t.value->>'outcome' = 'missed' AS breached
       FROM conversation_sla s, jsonb_each(s.clocks) t
       WHERE s.conversation_id = $1 AND t.value->>'outcome' IN ('running', 'missed') AND t.value->>'dueAt' IS NOT NULL
         AND (s.paused_at IS NULL OR t.value->>'outcome' = 'missed')
       ORDER BY (t.value->>'dueAt')::timestamptz LIMIT 1`, [conversationId]);
    return row ? { target: row.target, dueAt: new Date(row.due_at).toISOString(), breached: row.breached } : null;
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

// One name per distinct text (its filters and sort, never values): a bounded set, as is what each connection
// keeps prepared.
const listStatements = new Map<string, PreparedStatement>();
function preparedList(text: string): PreparedStatement {
  let statement = listStatements.get(text);
  if (!statement) listStatements.set(text, statement = { name: `list-${createHash('sha1').update(text).digest('hex').slice(0, 16)}`, text });
  return statement;
}

function viewCondition(view: ConversationView, actor: () => string): string {
  switch (view) {
    case 'mine': return `NOT c.archived AND c.assignee_id = ${actor()}`;
    case 'unassigned': return 'NOT c.archived AND c.assignee_id IS NULL';
    case 'archived': return 'c.archived';
    default: return 'NOT c.archived';
  }
}

/**
 * Conversations with the activity a report figure counts, in [from, to): the same sources the report
 * aggregates read (messages for incoming and replies, conversation events for resolutions and SLA).
 * `activityBy` is the replying agent, or the assignee for resolutions and SLA outcomes.
 */
type ActivityRange = ActivityFilter & Required<Pick<ActivityFilter, 'activity' | 'activityFrom' | 'activityTo'>>;

function activityCondition(o: ActivityRange, p: (v: unknown) => string): string {
  const range = (col: string) => `${col} >= ${p(o.activityFrom)}::timestamptz AND ${col} < ${p(o.activityTo)}::timestamptz`;
  const byAssignee = () => (o.activityBy ? ` AND c.assignee_id = ${p(o.activityBy)}` : '');
  const event = (types: string) => `EXISTS (SELECT 1 FROM conversation_events e WHERE e.conversation_id = c.id AND e.type IN (${types}) AND ${range('e.created_at')})`;
  switch (o.activity) {
    case 'created': return range('c.created_at');
    case 'incoming':
      return `EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.direction = 'incoming' AND ${range('m.sent_at')})`;
    case 'replied':
      return `EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.direction = 'outgoing'
        AND m.sender_type IN ('user','page') AND m.kind IN ('text','attachment') AND ${range('m.sent_at')}${o.activityBy ? ` AND m.sender_user_id = ${p(o.activityBy)}` : ''})`;
    case 'resolved':
      return `EXISTS (SELECT 1 FROM conversation_events e WHERE e.conversation_id = c.id AND e.type = 'status_changed'
        AND e.data->>'to' = 'resolved' AND ${range('e.created_at')})${byAssignee()}`;
    case 'sla_hit': return `${event("'sla_hit'")}${byAssignee()}`;
    default: return `${event("'sla_missed','sla_breached'")}${byAssignee()}`;
  }
}
