import { DateTime } from 'luxon';
import type { BusinessHours, OpenInterval } from './business-hours.js';

/** The instant shown as `local` ('2026-03-27T16:00') on a clock in `zone`. */
export function at(zone: string, local: string): Date {
  const dt = DateTime.fromISO(local, { zone });
  if (!dt.isValid) throw new Error(`bad fixture time ${local} in ${zone}`);
  return dt.toJSDate();
}

export const HOUR = 3_600_000;
export const NINE_TO_FIVE: OpenInterval[] = [{ open: '09:00', close: '17:00' }];

/** Monday–Friday 09:00–17:00 in `zone`, closed at weekends. */
export function officeHours(zone: string, exceptions: BusinessHours['exceptions'] = []): BusinessHours {
  return {
    timeZone: zone,
    weekly: { 1: NINE_TO_FIVE, 2: NINE_TO_FIVE, 3: NINE_TO_FIVE, 4: NINE_TO_FIVE, 5: NINE_TO_FIVE },
    exceptions,
  };
}

/** The same intervals on all seven days. */
export function everyDay(zone: string, intervals: OpenInterval[]): BusinessHours {
  return {
    timeZone: zone,
    weekly: { 1: intervals, 2: intervals, 3: intervals, 4: intervals, 5: intervals, 6: intervals, 7: intervals },
    exceptions: [],
  };
}
