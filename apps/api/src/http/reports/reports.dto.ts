import type { ReportQuery } from '@parley/contracts';
import { DateTime, Id, Text } from '../fields.js';

/** Formats here; the range's order and length and the zone are checked by ReportsService (400 with the fix). */
export class ReportQueryDto implements ReportQuery {
  @DateTime({ strict: true, example: '2026-03-01T00:00:00Z', message: 'from must be an ISO 8601 date-time, e.g. 2026-03-01T00:00:00Z', description: 'start, included' })
  from: string;
  @DateTime({ strict: true, example: '2026-03-31T00:00:00Z', message: 'to must be an ISO 8601 date-time, e.g. 2026-03-31T00:00:00Z', description: 'end, excluded; at most 92 days after from' })
  to: string;
  @Id({ optional: true, example: '7c9e6679-7425-40de-944b-e07fc1f90ae7', message: 'inboxId must be an inbox id' }) inboxId?: string;
  @Id({ optional: true, example: '7c9e6679-7425-40de-944b-e07fc1f90ae7', message: 'teamId must be a team id' }) teamId?: string;
  @Text({ optional: true, max: 64, example: 'Europe/Madrid', maxMessage: 'tz must be an IANA time zone such as Europe/Madrid', description: 'zone of the day and hour buckets; UTC when absent' })
  tz?: string;
}
