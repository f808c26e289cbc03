import { DateTime } from 'luxon';
import type { BusinessHours, OpenInterval } from './business-hours.js';

/** An absolute open period, half-open [start, end), in epoch milliseconds. */
export interface OpenSpan {
  start: number;
  end: number;
}

// Garbage input (an exception dated in year 9999) must not make a worker spin for minutes.
const MAX_SCAN_DAYS = 3660;
// After the last exception only the weekly schedule applies, so a full week without an interval
// means the inbox never opens again.
const IDLE_DAYS_BEFORE_GIVING_UP = 8;

/**
 * Resolves a wall-clock time on a calendar day to an instant. Luxon moves a time that does not exist
 * (spring-forward gap) forward; for a time that exists twice (fall-back) we pick the earliest instant
 * for an opening and the latest for a closing, so the interval covers every instant showing that range.
 */
function instant(day: DateTime, hhmm: string, zone: string, edge: 'open' | 'close'): number {
  const date = hhmm === '24:00' ? day.plus({ days: 1 }) : day;
  const [hour, minute] = hhmm === '24:00' ? [0, 0] : hhmm.split(':').map(Number);
  const local = DateTime.fromObject(
    { year: date.year, month: date.month, day: date.day, hour, minute },
    { zone },
  );
  const candidates = local.getPossibleOffsets().map((d) => d.toMillis());
  if (candidates.length === 0) return local.toMillis();
  return edge === 'open' ? Math.min(...candidates) : Math.max(...candidates);
}

function toSpans(intervals: OpenInterval[], day: DateTime, zone: string): OpenSpan[] {
  const spans = intervals
    .map((i) => ({ start: instant(day, i.open, zone, 'open'), end: instant(day, i.close, zone, 'close') }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  // Overlaps are a validation error, but merging keeps the sums right if one slips through.
  const merged: OpenSpan[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

/**
 * Yields the open spans that end after `from`, in order, starting with the local day containing `from`.
 * Intervals never cross midnight, so the previous day cannot contribute a span still open at `from`.
 * `day` is a UTC DateTime used only as a calendar date, so stepping it never meets a DST jump.
 */
export function* openSpansFrom(bh: BusinessHours, from: Date): Generator<OpenSpan> {
  const zone = bh.timeZone;
  const local = DateTime.fromJSDate(from, { zone });
  if (!local.isValid) throw new RangeError(`unknown time zone: ${zone}`);
  const exceptions = new Map(bh.exceptions.map((e) => [e.date, e.intervals]));
  const lastException = [...exceptions.keys()].sort().pop() ?? '';
  const fromMs = from.getTime();
  let day = DateTime.utc(local.year, local.month, local.day);
  let idle = 0;
  for (let i = 0; i < MAX_SCAN_DAYS; i++, day = day.plus({ days: 1 })) {
    const date = day.toISODate() ?? '';
    const intervals = exceptions.get(date) ?? bh.weekly[day.weekday as keyof BusinessHours['weekly']] ?? [];
    const spans = toSpans(intervals, day, zone).filter((s) => s.end > fromMs);
    if (spans.length > 0) {
      idle = 0;
      yield* spans;
    } else if (++idle > IDLE_DAYS_BEFORE_GIVING_UP && date > lastException) {
      return;
    }
  }
}
