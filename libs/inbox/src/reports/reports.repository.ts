import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { VolumePointDto, WaitingConversationDto } from '@parley/contracts';

/** The no-team / no-agent value of the aggregate tables' dimensions (primary key columns cannot be null). */
export const NONE = '00000000-0000-0000-0000-000000000000';

export interface ReportScope {
  /** null: every inbox */
  inboxIds: string[] | null;
  inboxId?: string;
  teamId?: string;
}

export interface RangeOptions extends ReportScope {
  /** whole hours, [from, to) */
  from: Date;
  to: Date;
  tz: string;
}

export interface CounterTotals { incoming: number; created: number; replies: number; resolved: number; slaHit: number; slaMissed: number }
export interface SlaCounts { hit: number; missed: number }
export interface DurationRow { metric: 'first_response' | 'next_response' | 'resolution'; clock: 'wall' | 'business'; count: number; median: number | null; p90: number | null }
export interface AgentCountsRow { agentId: string; replies: number; resolved: number; slaMissed: number; answered: number; medianResponseMs: number | null }
export interface UserRow { id: string; name: string; role: string }

/** Builds the WHERE of one query: numbered parameters, scope conditions on any alias. */
class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string { this.values.push(v); return `$${this.values.length}`; }
  scope(s: ReportScope, a: { inbox: string; team: string; teamNone?: boolean }): string {
    const parts: string[] = [];
    if (s.inboxIds) parts.push(`${a.inbox} = ANY(${this.add(s.inboxIds)}::uuid[])`);
    if (s.inboxId) parts.push(`${a.inbox} = ${this.add(s.inboxId)}`);
    if (s.teamId) parts.push(`${a.team} = ${this.add(s.teamId)}`);
    return parts.length ? `AND ${parts.join(' AND ')}` : '';
  }
}

const num = (v: unknown): number => Number(v ?? 0);
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Math.round(Number(v)));

/**
 * Every report query: reads `report_hourly` and `report_durations` (see the ReportAggregates migration)
 * and, for what is true now (the queue, open load), the partial indexes over open conversations.
 */
@Injectable()
export class ReportsRepository {
  private readonly zones = new Set<string>(['UTC']);

  constructor(private readonly dataSource: DataSource) {}

  async totals(o: RangeOptions): Promise<CounterTotals> {
    const p = new Params();
    const [row] = await this.dataSource.query(`
      SELECT sum(incoming) AS incoming, sum(created) AS created, sum(replies) AS replies, sum(resolved) AS resolved,
             sum(sla_hit) AS sla_hit, sum(sla_missed) AS sla_missed
      FROM report_hourly WHERE hour >= ${p.add(o.from)} AND hour < ${p.add(o.to)} ${p.scope(o, { inbox: 'inbox_id', team: 'team_id' })}`, p.values);
    return {
      incoming: num(row.incoming), created: num(row.created), replies: num(row.replies), resolved: num(row.resolved),
      slaHit: num(row.sla_hit), slaMissed: num(row.sla_missed),
    };
  }

  /** SLA hits and misses in each window (whole hours), in one pass over the last 30 days and the range. */
  async slaWindows(o: RangeOptions, windows: Record<string, { from: Date; to: Date }>): Promise<Record<string, SlaCounts>> {
    const p = new Params();
    const names = Object.keys(windows);
    const cols = names.map((n, i) => {
      const w = `hour >= ${p.add(windows[n].from)} AND hour < ${p.add(windows[n].to)}`;
      return `sum(sla_hit) FILTER (WHERE ${w}) AS h${i}, sum(sla_missed) FILTER (WHERE ${w}) AS m${i}`;
    });
    const lowest = new Date(Math.min(...names.map((n) => windows[n].from.getTime())));
    const [row] = await this.dataSource.query(`
      SELECT ${cols.join(', ')} FROM report_hourly
      WHERE hour >= ${p.add(lowest)} AND (sla_hit > 0 OR sla_missed > 0) ${p.scope(o, { inbox: 'inbox_id', team: 'team_id' })}`, p.values);
    return Object.fromEntries(names.map((n, i) => [n, { hit: num(row[`h${i}`]), missed: num(row[`m${i}`]) }]));
  }

  /** Incoming messages and new conversations per hour and per day of the report's zone, zeros included. */
  async volume(o: RangeOptions): Promise<{ byHour: VolumePointDto[]; byDay: VolumePointDto[] }> {
    const p = new Params();
    const from = p.add(o.from);
    const to = p.add(o.to);
    const tz = p.add(o.tz);
    const rows: (VolumePointDto & { kind: 'hour' | 'day' })[] = await this.dataSource.query(`
      WITH h AS (
        SELECT hour, sum(incoming)::int AS incoming, sum(created)::int AS created FROM report_hourly
        WHERE hour >= ${from} AND hour < ${to} AND (incoming > 0 OR created > 0) ${p.scope(o, { inbox: 'inbox_id', team: 'team_id' })}
        GROUP BY hour),
      days AS (
        SELECT d, greatest(d AT TIME ZONE ${tz}, ${from}::timestamptz) AS s, least((d + interval '1 day') AT TIME ZONE ${tz}, ${to}::timestamptz) AS e
        FROM generate_series(date_trunc('day', ${from}::timestamptz AT TIME ZONE ${tz}),
                             (${to}::timestamptz - interval '1 second') AT TIME ZONE ${tz}, interval '1 day') d)
      SELECT 'hour' AS kind, g AS start, g + interval '1 hour' AS "end", to_char(g AT TIME ZONE ${tz}, 'YYYY-MM-DD HH24:00') AS label,
             coalesce(h.incoming, 0) AS incoming, coalesce(h.created, 0) AS created
      FROM generate_series(${from}::timestamptz, ${to}::timestamptz - interval '1 hour', interval '1 hour') g LEFT JOIN h ON h.hour = g
      UNION ALL
      SELECT 'day', days.s, days.e, to_char(days.d, 'YYYY-MM-DD'), coalesce(sum(h.incoming), 0)::int, coalesce(sum(h.created), 0)::int
      FROM days LEFT JOIN h ON h.hour >= days.s AND h.hour < days.e
      GROUP BY days.d, days.s, days.e
      ORDER BY kind DESC, start`, p.values);
    const point = (r: VolumePointDto): VolumePointDto => ({
      start: new Date(r.start).toISOString(), end: new Date(r.end).toISOString(), label: r.label, incoming: num(r.incoming), created: num(r.created),
    });
    return { byHour: rows.filter((r) => r.kind === 'hour').map(point), byDay: rows.filter((r) => r.kind === 'day').map(point) };
  }

  /**
   * Median and p90 per metric and clock from the histograms: the mean of the bucket that holds the rank
   * (nearest-rank), exact when that bucket holds one distinct value, within its 10% width otherwise.
   */
  async durations(o: RangeOptions): Promise<DurationRow[]> {
    const p = new Params();
    const rows: DurationRow[] = await this.dataSource.query(`
      WITH b AS (
        SELECT metric, clock, bucket, sum(n)::bigint AS n, sum(sum_ms)::float8 AS s FROM report_durations
        WHERE hour >= ${p.add(o.from)} AND hour < ${p.add(o.to)} ${p.scope(o, { inbox: 'inbox_id', team: 'team_id' })}
        GROUP BY metric, clock, bucket),
      c AS (SELECT *, sum(n) OVER (PARTITION BY metric, clock ORDER BY bucket) AS cum, sum(n) OVER (PARTITION BY metric, clock) AS total FROM b)
      SELECT metric, clock, max(total) AS count,
             (array_agg(s / n ORDER BY bucket) FILTER (WHERE cum >= ceil(total * 0.5)))[1] AS median,
             (array_agg(s / n ORDER BY bucket) FILTER (WHERE cum >= ceil(total * 0.9)))[1] AS p90
      FROM c GROUP BY metric, clock`, p.values);
    return rows.map((r) => ({ metric: r.metric, clock: r.clock, count: num(r.count), median: numOrNull(r.median), p90: numOrNull(r.p90) }));
  }

  /** Per agent: replies, resolutions and misses (as assignee), responses and their median (wall clock). */
  async agentCounts(o: RangeOptions): Promise<AgentCountsRow[]> {
    const p = new Params();
    const from = p.add(o.from);
    const to = p.add(o.to);
    const none = p.add(NONE);
    const scope = p.scope(o, { inbox: 'inbox_id', team: 'team_id' });
    const rows: Record<string, unknown>[] = await this.dataSource.query(`
      WITH counters AS (
        SELECT agent_id, sum(replies) AS replies, sum(resolved) AS resolved, sum(sla_missed) AS sla_missed FROM report_hourly
        WHERE hour >= ${from} AND hour < ${to} AND agent_id <> ${none} ${scope} GROUP BY agent_id),
      b AS (
        SELECT agent_id, bucket, sum(n)::bigint AS n, sum(sum_ms)::float8 AS s FROM report_durations
        WHERE hour >= ${from} AND hour < ${to} AND agent_id <> ${none} AND clock = 'wall'
          AND metric IN ('first_response','next_response') ${scope}
        GROUP BY agent_id, bucket),
      c AS (SELECT *, sum(n) OVER (PARTITION BY agent_id ORDER BY bucket) AS cum, sum(n) OVER (PARTITION BY agent_id) AS total FROM b),
      responses AS (
        SELECT agent_id, max(total) AS answered, (array_agg(s / n ORDER BY bucket) FILTER (WHERE cum >= ceil(total * 0.5)))[1] AS median
        FROM c GROUP BY agent_id)
      SELECT coalesce(counters.agent_id, responses.agent_id) AS agent_id, counters.replies, counters.resolved, counters.sla_missed,
             responses.answered, responses.median
      FROM counters FULL JOIN responses ON responses.agent_id = counters.agent_id`, p.values);
    return rows.map((r) => ({
      agentId: String(r.agent_id), replies: num(r.replies), resolved: num(r.resolved), slaMissed: num(r.sla_missed),
      answered: num(r.answered), medianResponseMs: numOrNull(r.median),
    }));
  }

  /** Open, not archived conversations per assignee now (the partial index of the view counts). */
  async openLoad(s: ReportScope): Promise<Map<string, number>> {
    const p = new Params();
    const rows: { assignee_id: string; n: number }[] = await this.dataSource.query(`
      SELECT assignee_id, count(*)::int AS n FROM conversations
      WHERE NOT archived AND status = 'open' AND assignee_id IS NOT NULL ${p.scope(s, { inbox: 'inbox_id', team: 'team_id' })}
      GROUP BY assignee_id`, p.values);
    return new Map(rows.map((r) => [r.assignee_id, r.n]));
  }

  /** Who gets a row: active agents (of the inbox, when one is chosen) and anyone else with figures. */
  async agentsFor(s: ReportScope, alsoIds: string[]): Promise<UserRow[]> {
    const p = new Params();
    const members = s.inboxId ? `AND EXISTS (SELECT 1 FROM inbox_members m WHERE m.user_id = u.id AND m.inbox_id = ${p.add(s.inboxId)})` : '';
    return this.dataSource.query(`
      SELECT id, name, role FROM users u
      WHERE (u.role = 'agent' AND u.deactivated_at IS NULL ${members}) OR u.id = ANY(${p.add(alsoIds)}::uuid[])
      ORDER BY name, id`, p.values);
  }

  /** The unanswered queue now: how many, and the longest waiting first (the `waiting` sort's index). */
  async waiting(s: ReportScope, limit: number): Promise<{ unanswered: number; longest: WaitingConversationDto[] }> {
    const p = new Params();
    const scope = p.scope(s, { inbox: 'c.inbox_id', team: 'c.team_id' });
    const [count] = await this.dataSource.query(`
      SELECT count(*)::int AS n FROM conversations c
      WHERE NOT c.archived AND c.status = 'open' AND c.waiting_since IS NOT NULL ${scope}`, p.values);
    const rows: Record<string, unknown>[] = await this.dataSource.query(`
      SELECT c.id, ct.name AS contact_name, i.channel, c.waiting_since, u.id AS assignee_id, u.name AS assignee_name
      FROM conversations c JOIN contacts ct ON ct.id = c.contact_id JOIN inboxes i ON i.id = c.inbox_id
      LEFT JOIN users u ON u.id = c.assignee_id
      WHERE NOT c.archived AND c.status = 'open' AND c.waiting_since IS NOT NULL ${scope}
      ORDER BY coalesce(c.waiting_since, 'infinity'::timestamptz), c.id LIMIT ${p.add(limit)}`, p.values);
    return {
      unanswered: count.n,
      longest: rows.map((r) => ({
        id: String(r.id), contactName: (r.contact_name as string | null) ?? null, channel: String(r.channel),
        waitingSince: new Date(r.waiting_since as string).toISOString(),
        assignee: r.assignee_id ? { id: String(r.assignee_id), name: String(r.assignee_name) } : null,
      })),
    };
  }

  /** Whether PostgreSQL knows the zone (it buckets the days); Intl and PostgreSQL can differ on aliases. */
  async knowsTimeZone(tz: string): Promise<boolean> {
    if (this.zones.has(tz)) return true;
    try {
      await this.dataSource.query('SELECT now() AT TIME ZONE $1', [tz]);
    } catch {
      return false;
    }
    this.zones.add(tz);
    return true;
  }
}
