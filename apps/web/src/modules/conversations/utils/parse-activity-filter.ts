import { REPORT_ACTIVITIES, type ActivityFilter, type ReportActivity } from '@parley/contracts';

/** The URL parameters of the report links' activity filter; removing the filter removes all of them. */
export const ACTIVITY_PARAMS = ['activity', 'activityFrom', 'activityTo', 'activityBy'] as const satisfies readonly (keyof ActivityFilter)[];

/** An activity filter the list applies: the activity and both ends of its range are there. */
export type ActiveActivityFilter = ActivityFilter & Required<Pick<ActivityFilter, 'activity' | 'activityFrom' | 'activityTo'>>;

export const isActivityFilterActive = (f: ActivityFilter): f is ActiveActivityFilter =>
  Boolean(f.activity && f.activityFrom && f.activityTo);

// What the API's IsDateString and IsUUID accept; anything else would be answered with a 400.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function instant(value: string | null): string | undefined {
  return value && ISO_DATE_TIME.test(value) && Number.isFinite(Date.parse(value)) ? value : undefined;
}

/**
 * The activity filter from the URL, or nothing when it is incomplete or invalid: a hand-edited or truncated
 * link then shows the plain list instead of an error. An invalid agent only drops the agent.
 */
export function parseActivityFilter(params: URLSearchParams): ActivityFilter {
  const raw = params.get('activity');
  const activity = REPORT_ACTIVITIES.find((a): a is ReportActivity => a === raw);
  const activityFrom = instant(params.get('activityFrom'));
  const activityTo = instant(params.get('activityTo'));
  if (!activity || !activityFrom || !activityTo || Date.parse(activityFrom) >= Date.parse(activityTo)) return {};
  const by = params.get('activityBy');
  return { activity, activityFrom, activityTo, ...(by && UUID.test(by) ? { activityBy: by } : {}) };
}
