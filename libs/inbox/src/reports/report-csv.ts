import type { DurationStatsDto, ReportOverviewDto } from '@parley/contracts';

/** One cell: quoted when it holds a separator, a quote or a line break; formulas defused for spreadsheets. */
function cell(v: string | number | null): string {
  if (v === null) return '';
  let s = String(v);
  if (/^[=+\-@]/.test(s) && typeof v === 'string') s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const line = (...cells: (string | number | null)[]) => cells.map(cell).join(',');
const seconds = (ms: number | null) => (ms === null ? null : Math.round(ms / 1000));

/** The report as one CSV file of sections (a blank line between), durations in seconds. */
export function toReportCsv(r: ReportOverviewDto): string {
  const out: string[] = [
    line('section', 'metric', 'value'),
    line('range', 'from', r.range.from), line('range', 'to', r.range.to), line('range', 'tz', r.range.tz),
    line('waiting', 'unanswered', r.waiting.unanswered), line('waiting', 'longest_waiting_since', r.waiting.longestWaitingSince),
    ...Object.entries(r.totals).map(([k, v]) => line('totals', k, v)),
    ...Object.entries(r.sla).flatMap(([k, w]) => [line(`sla_${k}`, 'hit', w.hit), line(`sla_${k}`, 'missed', w.missed), line(`sla_${k}`, 'hit_rate', w.hitRate)]),
    '',
    line('duration', 'clock', 'count', 'median_seconds', 'p90_seconds'),
    ...Object.entries(r.durations).flatMap(([name, m]) => (['wall', 'business'] as const).map((clock) => {
      const s: DurationStatsDto = m[clock];
      return line(name, clock, s.count, seconds(s.median), seconds(s.p90));
    })),
    '',
    line('bucket', 'start', 'label', 'incoming', 'created'),
    ...r.volume.byDay.map((p) => line('day', p.start, p.label, p.incoming, p.created)),
    ...r.volume.byHour.map((p) => line('hour', p.start, p.label, p.incoming, p.created)),
    '',
    line('agent_id', 'agent', 'open_load', 'answered', 'replies', 'median_response_seconds', 'sla_missed', 'resolved'),
    ...r.agents.map((a) => line(a.agent.id, a.agent.name, a.openLoad, a.answered, a.replies, seconds(a.medianResponseMs), a.slaMissed, a.resolved)),
  ];
  return `${out.join('\r\n')}\r\n`;
}
