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
export interface AgentCounterRow { agentId: string; replies: number; resolved: number; slaMissed: number }
export interface AgentResponseRow { agentId: string; answered: number; medianResponseMs: number | null }
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

  /**
   * One pass over `report_hourly` for the range: the totals, incoming messages and new conversations per hour
   * and per day of the report's zone (zeros included), and each agent's counters. The hours come from an
   * integer series (estimated exactly, so the plan stays cheap and never pays for JIT compilation) and the days
   * group those hours by their local date instead of joining every day to every hour.
   */
  async counters(o: RangeOptions): Promise<{ totals: CounterTotals; byHour: VolumePointDto[]; byDay: VolumePointDto[]; agents: AgentCounterRow[] }> {
    const p = new Params();
    const from = p.add(o.from);
    const to = p.add(o.to);
    const tz = p.add(o.tz);
    const hours = p.add(Math.round((o.to.getTime() - o.from.getTime()) / 3_600_000));
    const none = p.add(NONE);
    const rows: Record<string, unknown>[] = await this.dataSource.query(`
      WITH g AS (
        SELECT grouping(agent_id) AS by_hour, hour, agent_id, sum(incoming) AS incoming, sum(created) AS created, sum(replies) AS replies,
               sum(resolved) AS resolved, sum(sla_hit) AS sla_hit, sum(sla_missed) AS sla_missed
        FROM report_hourly WHERE hour >= ${from} AND hour < ${to} ${p.scope(o, { inbox: 'inbox_id', team: 'team_id' })}
        GROUP BY GROUPING SETS ((hour), (agent_id))),
      hv AS (
        SELECT s.g, date_trunc('day', s.g AT TIME ZONE ${tz}) AS d, coalesce(g.incoming, 0)::int AS incoming, coalesce(g.created, 0)::int AS created
        FROM (SELECT ${from}::timestamptz + i * interval '1 hour' AS g FROM generate_series(0, ${hours}::int - 1) i) s
        LEFT JOIN g ON g.by_hour = 1 AND g.hour = s.g)
      SELECT 'hour' AS kind, g AS start, g + interval '1 hour' AS "end", to_char(g AT TIME ZONE ${tz}, 'YYYY-MM-DD HH24:00') AS label,
             NULL::uuid AS agent_id, incoming, created, NULL::numeric AS replies, NULL::numeric AS resolved, NULL::numeric AS sla_hit, NULL::numeric AS sla_missed
      FROM hv
      UNION ALL
      SELECT 'day', greatest(d AT TIME ZONE ${tz}, ${from}::timestamptz), least((d + interval '1 day') AT TIME ZONE ${tz}, ${to}::timestamptz),
             to_char(d, 'YYYY-MM-DD'), NULL, sum(incoming)::int, sum(created)::int, NULL, NULL, NULL, NULL
      FROM hv GROUP BY d
      UNION ALL
      SELECT 'total', NULL, NULL, NULL, NULL, sum(incoming), sum(created), sum(replies), sum(resolved), sum(sla_hit), sum(sla_missed)
      FROM g WHERE by_hour = 1
      UNION ALL
      SELECT 'agent', NULL, NULL, NULL, agent_id, NULL, NULL, replies, resolved, NULL, sla_missed
      FROM g WHERE by_hour = 0 AND agent_id <> ${none}`, p.values);
    const point = (r: Record<string, unknown>): VolumePointDto => ({
      start: new Date(r.start as string).toISOString(), end: new Date(r.end as string).toISOString(), label: String(r.label),
      incoming: num(r.incoming), created: num(r.created),
    });
    const byStart = (a: VolumePointDto, b: VolumePointDto) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0);
    const total = rows.find((r) => r.kind === 'total') ?? {};
    return {
      totals: {
        incoming: num(total.incoming), created: num(total.created), replies: num(total.replies), resolved: num(total.resolved),
        slaHit: num(total.sla_hit), slaMissed: num(total.sla_missed),
      },
      byHour: rows.filter((r) => r.kind === 'hour').map(point).sort(byStart),
      byDay: rows.filter((r) => r.kind === 'day').map(point).sort(byStart),
      agents: rows.filter((r) => r.kind === 'agent').map((r) => ({
        agentId: String(r.agent_id), replies: num(r.replies), resolved: num(r.resolved), slaMissed: num(r.sla_missed),
      })),
    };
  }

  /**
   * One pass over `report_durations`: median and p90 per metric and clock, and per agent the responses (first
   * and next, wall clock) and their median, from the histograms: the mean of the bucket that holds the rank
   * (nearest-rank), exact when that bucket holds one distinct value, within its 10% width otherwise.
   * The sums of milliseconds are added as float8: whole numbers below 2^53 add exactly, so the result is the
   * numeric sum's without numeric arithmetic per row.
   */
  async durations(o: RangeOptions): Promise<{ durations: DurationRow[]; agents: AgentResponseRow[] }> {
    const p = new Params();
    const none = p.add(NONE);
    const rows: Record<string, unknown>[] = await this.dataSource.query(`
      WITH b AS (
        SELECT grouping(agent_id) AS overall, agent_id, metric, clock, bucket, sum(n) AS n, sum(sum_ms::float8) AS s,
               sum(n) FILTER (WHERE clock = 'wall' AND metric IN ('first_response','next_response')) AS rn,
               sum(sum_ms::float8) FILTER (WHERE clock = 'wall' AND metric IN ('first_response','next_response')) AS rs
        FROM report_durations
        WHERE hour >= ${p.add(o.from)} AND hour < ${p.add(o.to)} ${p.scope(o, { inbox: 'inbox_id', team: 'team_id' })}
        GROUP BY GROUPING SETS ((metric, clock, bucket), (agent_id, bucket))),
      c AS (
        SELECT metric, clock, bucket, n, s, sum(n) OVER (PARTITION BY metric, clock ORDER BY bucket) AS cum, sum(n) OVER (PARTITION BY metric, clock) AS total
        FROM b WHERE overall = 1),
      a AS (
        SELECT agent_id, bucket, rn AS n, rs AS s, sum(rn) OVER (PARTITION BY agent_id ORDER BY bucket) AS cum, sum(rn) OVER (PARTITION BY agent_id) AS total
        FROM b WHERE overall = 0 AND agent_id <> ${none} AND rn IS NOT NULL)
      SELECT metric, clock, NULL::uuid AS agent_id, max(total) AS count,
             (array_agg(s / n ORDER BY bucket) FILTER (WHERE cum >= ceil(total * 0.5)))[1] AS median,
             (array_agg(s / n ORDER BY bucket) FILTER (WHERE cum >= ceil(total * 0.9)))[1] AS p90
      FROM c GROUP BY metric, clock
      UNION ALL
      SELECT NULL, NULL, agent_id, max(total), (array_agg(s / n ORDER BY bucket) FILTER (WHERE cum >= ceil(total * 0.5)))[1], NULL
      FROM a GROUP BY agent_id`, p.values);
    return {
      durations: rows.filter((r) => r.agent_id === null).map((r) => ({
        metric: r.metric as DurationRow['metric'], clock: r.clock as DurationRow['clock'], count: num(r.count), median: numOrNull(r.median), p90: numOrNull(r.p90),
      })),
      agents: rows.filter((r) => r.agent_id !== null).map((r) => ({ agentId: String(r.agent_id), answered: num(r.count), medianResponseMs: numOrNull(r.median) })),
    };
  }

  /** Each agent's counters and responses side by side (an agent with either has a row). */
  static agentCounts(counters: AgentCounterRow[], responses: AgentResponseRow[]): AgentCountsRow[] {
    const byId = new Map<string, AgentCountsRow>();
    for (const c of counters) byId.set(c.agentId, { ...c, answered: 0, medianResponseMs: null });
    for (const r of responses) {
      const row = byId.get(r.agentId) ?? { agentId: r.agentId, replies: 0, resolved: 0, slaMissed: 0, answered: 0, medianResponseMs: null };
      byId.set(r.agentId, { ...row, answered: r.answered, medianResponseMs: r.medianResponseMs });
    }
    return [...byId.values()];
  }

  /**
   * What is true now, in one index-only pass over the open, not archived conversations (the view counts'
   * partial index): the open load per assignee and how many wait for an answer.
   */
  async openNow(s: ReportScope): Promise<{ load: Map<string, number>; unanswered: number }> {
    const p = new Params();
    const rows: { assignee_id: string | null; n: number; waiting: number }[] = await this.dataSource.query(`
      SELECT assignee_id, count(*)::int AS n, count(*) FILTER (WHERE waiting_since IS NOT NULL)::int AS waiting FROM conversations
      WHERE NOT archived AND status = 'open' ${p.scope(s, { inbox: 'inbox_id', team: 'team_id' })}
      GROUP BY assignee_id`, p.values);
    return {
      load: new Map(rows.filter((r) => r.assignee_id !== null).map((r) => [r.assignee_id as string, r.n])),
      unanswered: rows.reduce((sum, r) => sum + r.waiting, 0),
    };
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

  /** The longest waiting of the unanswered queue now (the `waiting` sort's index). */
  async longestWaiting(s: ReportScope, limit: number): Promise<WaitingConversationDto[]> {
    const p = new Params();
    const scope = p.scope(s, { inbox: 'c.inbox_id', team: 'c.team_id' });
    const rows: Record<string, unknown>[] = await this.dataSource.query(`
      SELECT c.id, ct.name AS contact_name, i.channel, c.waiting_since, u.id AS assignee_id, u.name AS assignee_name
      FROM conversations c JOIN contacts ct ON ct.id = c.contact_id JOIN inboxes i ON i.id = c.inbox_id
      LEFT JOIN users u ON u.id = c.assignee_id
      WHERE NOT c.archived AND c.status = 'open' AND c.waiting_since IS NOT NULL ${scope}
      ORDER BY coalesce(c.waiting_since, 'infinity'::timestamptz), c.id LIMIT ${p.add(limit)}`, p.values);
    return rows.map((r) => ({
      id: String(r.id), contactName: (r.contact_name as string | null) ?? null, channel: String(r.channel),
      waitingSince: new Date(r.waiting_since as string).toISOString(),
      assignee: r.assignee_id ? { id: String(r.assignee_id), name: String(r.assignee_name) } : null,
    }));
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
