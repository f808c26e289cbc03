// The manager reports: what GET /api/reports/overview takes and answers, and the list filter its links use.

/** What a figure counts, as a conversation list filter: conversations with that activity in a time range. */
export const REPORT_ACTIVITIES = ['created', 'incoming', 'replied', 'resolved', 'sla_hit', 'sla_missed'] as const;
export type ReportActivity = (typeof REPORT_ACTIVITIES)[number];

/** Narrows GET /api/conversations to conversations with `activity` in [from, to), optionally by one user. */
export interface ActivityFilter {
  activity?: ReportActivity;
  activityFrom?: string;
  activityTo?: string;
  /** the agent who replied (replied) or the assignee at the time (resolved, sla_*) */
  activityBy?: string;
}

export interface ReportQuery {
  /** ISO date-times; the range is [from, to), at most 92 days, rounded out to whole hours */
  from: string;
  to: string;
  inboxId?: string;
  teamId?: string;
  /** IANA zone for day and hour buckets and for "today"; UTC when absent */
  tz?: string;
}

/** Median and 90th percentile in milliseconds; null when there is no sample. */
export interface DurationStatsDto {
  count: number;
  median: number | null;
  p90: number | null;
}

export interface DurationMetricDto {
  wall: DurationStatsDto;
  /** from the SLA hit/miss events' business-hours elapsed time: only conversations under an SLA policy */
  business: DurationStatsDto;
}

export interface SlaWindowDto {
  hit: number;
  missed: number;
  /** hit / (hit + missed), null when there were none */
  hitRate: number | null;
  from: string;
  to: string;
}

export interface VolumePointDto {
  /** start of the bucket, ISO */
  start: string;
  end: string;
  /** the bucket's label in the report's zone: 2026-03-26 or 2026-03-26 14:00 */
  label: string;
  incoming: number;
  created: number;
}

export interface AgentReportRowDto {
  agent: { id: string; name: string };
  /** open, not archived conversations assigned now */
  openLoad: number;
  /** replies that answered a waiting customer */
  answered: number;
  /** every reply sent */
  replies: number;
  medianResponseMs: number | null;
  slaMissed: number;
  resolved: number;
}

export interface WaitingConversationDto {
  id: string;
  contactName: string | null;
  channel: string;
  waitingSince: string;
  assignee: { id: string; name: string } | null;
}

export interface ReportOverviewDto {
  generatedAt: string;
  range: { from: string; to: string; tz: string };
  filters: { inboxId: string | null; teamId: string | null };
  waiting: { unanswered: number; longestWaitingSince: string | null; longest: WaitingConversationDto[] };
  totals: { incoming: number; created: number; replies: number; resolved: number; slaHit: number; slaMissed: number };
  sla: { range: SlaWindowDto; today: SlaWindowDto; last7Days: SlaWindowDto; last30Days: SlaWindowDto };
  durations: { firstResponse: DurationMetricDto; nextResponse: DurationMetricDto; resolution: DurationMetricDto };
  volume: { byDay: VolumePointDto[]; byHour: VolumePointDto[] };
  agents: AgentReportRowDto[];
}
