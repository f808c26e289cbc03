import { openSpansFrom } from './business-hours-calendar.js';

export { validateBusinessHours } from './business-hours-validation.js';

/**
 * 'HH:mm' in the inbox's local time; a close may be '24:00' (end of the day).
 * Intervals crossing midnight are not supported: split them into 22:00–24:00 and 00:00–02:00.
 */
export interface OpenInterval {
  open: string;
  close: string;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Replaces the weekly hours on one local date: a holiday (no intervals) or special hours. */
export interface BusinessHoursException {
  date: string; // 'YYYY-MM-DD' in the inbox's time zone
  intervals: OpenInterval[];
  label?: string;
}

export interface BusinessHours {
  timeZone: string; // IANA, e.g. 'Europe/Madrid'
  weekly: Partial<Record<IsoWeekday, OpenInterval[]>>; // a missing weekday is closed
  exceptions: BusinessHoursException[];
}

// The functions below expect input that passed validateBusinessHours; an unknown time zone throws
// a RangeError. Wall-clock times inside a DST gap move forward (a 01:00–04:00 interval on a
// spring-forward day lasts 2 h); repeated times are covered entirely (01:00–04:00 on a fall-back day lasts 4 h).

export function isOpen(bh: BusinessHours, at: Date): boolean {
  const first = openSpansFrom(bh, at).next();
  return !first.done && first.value.start <= at.getTime();
}

/** The earliest instant at or after `from` when the inbox is open (`from` itself if open), or null if never. */
export function nextOpening(bh: BusinessHours, from: Date): Date | null {
  const first = openSpansFrom(bh, from).next();
  return first.done ? null : new Date(Math.max(first.value.start, from.getTime()));
}

/** Milliseconds of [from, to) that fall inside open intervals; 0 when `to` is not after `from`. */
export function businessMillisBetween(bh: BusinessHours, from: Date, to: Date): number {
  const fromMs = from.getTime();
  const toMs = to.getTime();
  let total = 0;
  if (toMs <= fromMs) return total;
  for (const span of openSpansFrom(bh, from)) {
    if (span.start >= toMs) break;
    total += Math.min(span.end, toMs) - Math.max(span.start, fromMs);
  }
  return total;
}

/**
 * The instant when `ms` of business time have passed since `from`, or null when the schedule never
 * opens enough again. A budget of 0 (or less) is due at `from`, even when closed. A budget that runs
 * out exactly at a closing time is due at that closing time, not at the next opening.
 */
export function tryAddBusinessMillis(bh: BusinessHours, from: Date, ms: number): Date | null {
  if (ms <= 0) return new Date(from.getTime());
  let remaining = ms;
  for (const span of openSpansFrom(bh, from)) {
    const start = Math.max(span.start, from.getTime());
    const available = span.end - start;
    if (remaining <= available) return new Date(start + remaining);
    remaining -= available;
  }
  return null;
}

/** Like tryAddBusinessMillis, for callers that validated the schedule opens: throws if it never does. */
export function addBusinessMillis(bh: BusinessHours, from: Date, ms: number): Date {
  const due = tryAddBusinessMillis(bh, from, ms);
  if (!due) throw new RangeError('business hours never open again: the clock cannot run out');
  return due;
}
