import type { ReportOverviewDto, ReportQuery } from '@parley/contracts';
import { apiFetch, buildUrl } from '../../http/api-fetch';

/** Where the manager page gets its numbers: the reports API, which reads the server's aggregates. */
export interface ReportsSource {
  overview: (query: ReportQuery, signal?: AbortSignal) => Promise<ReportOverviewDto>;
  /** the same report as a CSV download */
  csvUrl: (query: ReportQuery) => string;
}

const params = (q: ReportQuery) => ({ from: q.from, to: q.to, inboxId: q.inboxId, teamId: q.teamId, tz: q.tz });

export const apiReportsSource: ReportsSource = {
  overview: (query, signal) => apiFetch<ReportOverviewDto>('/reports/overview', { query: params(query), signal }),
  csvUrl: (query) => buildUrl('/reports/overview.csv', params(query)),
};
