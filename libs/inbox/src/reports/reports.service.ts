import { BadRequestException, Injectable } from '@nestjs/common';
import type {
  AgentReportRowDto, DurationMetricDto, DurationStatsDto, ReportOverviewDto, ReportQuery, SlaWindowDto,
} from '@parley/contracts';
import { AccessService } from '../access/access.service.js';
import type { Actor } from '../access/actor.js';
import { toReportCsv } from './report-csv.js';
import { ReportsRepository, type AgentCountsRow, type DurationRow, type RangeOptions } from './reports.repository.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Long enough for a quarter; the aggregates make longer ranges cheap, the charts do not stay readable. */
export const MAX_REPORT_DAYS = 92;
const LONGEST_WAITING = 10;

/**
 * The manager page's numbers. Managers and admins only (agents get 403: the page compares colleagues);
 * the figures are still scoped to the inboxes the actor may see, so narrowing who sees all inboxes later
 * narrows the reports with it.
 */
@Injectable()
export class ReportsService {
  constructor(private readonly access: AccessService, private readonly repository: ReportsRepository) {}

  async overview(actor: Actor, query: ReportQuery, now = new Date()): Promise<ReportOverviewDto> {
    this.access.assertRole(actor, ['admin', 'manager'], 'see reports');
    if (query.inboxId) await this.access.assertInbox(actor, query.inboxId, 'Inbox');
    const o: RangeOptions = { ...(await this.range(query)), inboxIds: await this.access.visibleInboxIds(actor), inboxId: query.inboxId, teamId: query.teamId };
    const windows = slaWindows(o, now);
    // Five statements, each on its own pool connection: one pass over each aggregate table, one over the open
    // conversations' partial index, the SLA windows, and the head of the queue.
    const [longest, open, counters, sla, durations] = await Promise.all([
      this.repository.longestWaiting(o, LONGEST_WAITING),
      this.repository.openNow(o),
      this.repository.counters(o),
      this.repository.slaWindows(o, windows),
      this.repository.durations(o),
    ]);
    const waiting = { unanswered: open.unanswered, longest };
    const { totals } = counters;
    const volume = { byHour: counters.byHour, byDay: counters.byDay };
    const agentCounts = ReportsRepository.agentCounts(counters.agents, durations.agents);
    const load = open.load;
    const window = (name: keyof typeof windows): SlaWindowDto => {
      const { hit, missed } = sla[name];
      return { hit, missed, hitRate: hit + missed > 0 ? hit / (hit + missed) : null, from: windows[name].from.toISOString(), to: windows[name].to.toISOString() };
    };
    return {
      generatedAt: now.toISOString(),
      range: { from: o.from.toISOString(), to: o.to.toISOString(), tz: o.tz },
      filters: { inboxId: query.inboxId ?? null, teamId: query.teamId ?? null },
      waiting: { unanswered: waiting.unanswered, longestWaitingSince: waiting.longest[0]?.waitingSince ?? null, longest: waiting.longest },
      totals,
      sla: { range: window('range'), today: window('today'), last7Days: window('last7Days'), last30Days: window('last30Days') },
      durations: {
        firstResponse: metric(durations.durations, 'first_response'),
        nextResponse: metric(durations.durations, 'next_response'),
        resolution: metric(durations.durations, 'resolution'),
      },
      volume,
      agents: await this.agentRows(o, agentCounts, load),
    };
  }

  async csv(actor: Actor, query: ReportQuery): Promise<string> {
    return toReportCsv(await this.overview(actor, query));
  }

  /** [from, to) widened to whole hours (the aggregates' grain); 400 with what to change otherwise. */
  private async range(q: ReportQuery): Promise<{ from: Date; to: Date; tz: string }> {
    const from = new Date(Math.floor(new Date(q.from).getTime() / HOUR) * HOUR);
    const to = new Date(Math.ceil(new Date(q.to).getTime() / HOUR) * HOUR);
    if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) throw new BadRequestException('from and to must be ISO 8601 date-times');
    if (to.getTime() <= from.getTime()) throw new BadRequestException('from must be before to');
    if (to.getTime() - from.getTime() > MAX_REPORT_DAYS * DAY) {
      throw new BadRequestException(`The range can span at most ${MAX_REPORT_DAYS} days; choose a later from or an earlier to`);
    }
    const tz = q.tz ?? 'UTC';
    if (!validZone(tz) || !(await this.repository.knowsTimeZone(tz))) {
      throw new BadRequestException('tz must be an IANA time zone such as Europe/Madrid or UTC');
    }
    return { from, to, tz };
  }

  private async agentRows(o: RangeOptions, counts: AgentCountsRow[], load: Map<string, number>): Promise<AgentReportRowDto[]> {
    const byId = new Map(counts.map((c) => [c.agentId, c]));
    const users = await this.repository.agentsFor(o, [...new Set([...byId.keys(), ...load.keys()])]);
    return users
      .map((u) => {
        const c = byId.get(u.id);
        return {
          agent: { id: u.id, name: u.name },
          openLoad: load.get(u.id) ?? 0,
          answered: c?.answered ?? 0,
          replies: c?.replies ?? 0,
          medianResponseMs: c?.medianResponseMs ?? null,
          slaMissed: c?.slaMissed ?? 0,
          resolved: c?.resolved ?? 0,
        };
      })
      .sort((a, b) => b.openLoad - a.openLoad || b.answered - a.answered || a.agent.name.localeCompare(b.agent.name));
  }
}

function validZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Today (in the report's zone), the last 7 and 30 days (to the next whole hour), and the chosen range. */
function slaWindows(o: { from: Date; to: Date; tz: string }, now: Date): Record<'range' | 'today' | 'last7Days' | 'last30Days', { from: Date; to: Date }> {
  const end = new Date(Math.ceil((now.getTime() + 1) / HOUR) * HOUR);
  return {
    range: { from: o.from, to: o.to },
    today: { from: startOfDay(now, o.tz), to: end },
    last7Days: { from: new Date(end.getTime() - 7 * DAY), to: end },
    last30Days: { from: new Date(end.getTime() - 30 * DAY), to: end },
  };
}

/** Midnight of `at`'s day in `tz`, as an instant (whole-hour offsets: what the hourly aggregates can split). */
function startOfDay(at: Date, tz: string): Date {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(at).map((p) => [p.type, p.value]));
  const sinceMidnight = ((Number(parts.hour) * 60 + Number(parts.minute)) * 60 + Number(parts.second)) * 1000 + at.getMilliseconds();
  return new Date(Math.floor((at.getTime() - sinceMidnight) / HOUR) * HOUR);
}

function metric(rows: DurationRow[], name: DurationRow['metric']): DurationMetricDto {
  const stats = (clock: DurationRow['clock']): DurationStatsDto => {
    const r = rows.find((x) => x.metric === name && x.clock === clock);
    return { count: r?.count ?? 0, median: r?.median ?? null, p90: r?.p90 ?? null };
  };
  return { wall: stats('wall'), business: stats('business') };
}
