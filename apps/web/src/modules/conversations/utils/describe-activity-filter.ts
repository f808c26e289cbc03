import type { ReportActivity } from '@parley/contracts';
import type { ActiveActivityFilter } from './parse-activity-filter';

/** The words the reports page uses for each figure; a Record so a new activity cannot go unnamed. */
export const ACTIVITY_LABELS: Record<ReportActivity, string> = {
  created: 'New',
  incoming: 'Customer messages',
  replied: 'Replied',
  resolved: 'Resolved',
  sla_hit: 'SLA met',
  sla_missed: 'SLA breached',
};

const DAY_MS = 86_400_000;
const isLocalMidnight = (d: Date) => d.getHours() === 0 && d.getMinutes() === 0 && d.getSeconds() === 0 && d.getMilliseconds() === 0;

/**
 * The range [from, to) short, in the browser's locale: "28 Oct – 27 Nov". A range of whole local days shows
 * its last day rather than the exclusive end; a range under two days (an hour bucket, the last 24 hours) shows times.
 */
export function formatActivityRange(fromIso: string, toIso: string): string {
  const from = new Date(fromIso);
  const to = new Date(toIso);
  const wholeDays = isLocalMidnight(from) && isLocalMidnight(to);
  const withTime = !wholeDays && to.getTime() - from.getTime() < 2 * DAY_MS;
  const format = new Intl.DateTimeFormat(undefined, withTime
    ? { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }
    : { day: 'numeric', month: 'short' });
  return format.formatRange(from, wholeDays ? new Date(to.getTime() - 1) : to);
}

/** "Resolved by Ana García · 28 Oct – 27 Nov"; `agentName` is null when the agent is not in the loaded directory. */
export function describeActivityFilter(f: ActiveActivityFilter, agentName: string | null): string {
  const by = f.activityBy ? ` by ${agentName ?? 'one agent'}` : '';
  return `${ACTIVITY_LABELS[f.activity]}${by} · ${formatActivityRange(f.activityFrom, f.activityTo)}`;
}
