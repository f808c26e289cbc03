import type { ReportActivity, ReportOverviewDto } from '@parley/contracts';

/** A link to the inbox list showing the conversations behind a figure (the list's URL filters). */
export function activityLink(report: ReportOverviewDto, activity: ReportActivity, o: { from?: string; to?: string; by?: string } = {}): string {
  const p = new URLSearchParams({ view: 'all', status: 'any', activity, activityFrom: o.from ?? report.range.from, activityTo: o.to ?? report.range.to });
  if (o.by) p.set('activityBy', o.by);
  scope(p, report);
  return `/?${p.toString()}`;
}

export function unansweredLink(report: ReportOverviewDto): string {
  const p = new URLSearchParams({ view: 'all', status: 'open', unanswered: 'true', sort: 'waiting' });
  scope(p, report);
  return `/?${p.toString()}`;
}

export function openLoadLink(report: ReportOverviewDto, agentId: string): string {
  const p = new URLSearchParams({ view: 'all', status: 'open', assigneeId: agentId });
  scope(p, report);
  return `/?${p.toString()}`;
}

function scope(p: URLSearchParams, report: ReportOverviewDto): void {
  if (report.filters.inboxId) p.set('inboxId', report.filters.inboxId);
  if (report.filters.teamId) p.set('teamId', report.filters.teamId);
}

export function formatMs(ms: number | null): string {
  if (ms === null) return '—';
  if (ms < 60_000) return `${Math.round(ms / 1000)}s`;
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours}h ${minutes % 60}m` : `${hours}h`;
  return `${Math.floor(hours / 24)}d ${hours % 24}h`;
}

export const formatRate = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);
