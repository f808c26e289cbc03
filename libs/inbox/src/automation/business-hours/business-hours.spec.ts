import { describe, it, expect } from '@jest/globals';
import {
  addBusinessMillis,
  businessMillisBetween,
  isOpen,
  nextOpening,
  tryAddBusinessMillis,
  type BusinessHours,
} from './business-hours.js';
import { HOUR, at, everyDay, officeHours } from './business-hours.fixtures.js';

const MADRID = 'Europe/Madrid';
const madrid = officeHours(MADRID, [
  { date: '2026-04-03', intervals: [], label: 'Good Friday' },
  { date: '2026-12-24', intervals: [{ open: '09:00', close: '13:00' }], label: 'Christmas Eve' },
  { date: '2026-03-28', intervals: [{ open: '10:00', close: '14:00' }], label: 'Open Saturday' },
]);
const m = (local: string) => at(MADRID, local);
const closedForever: BusinessHours = { timeZone: 'UTC', weekly: {}, exceptions: [] };

describe('isOpen', () => {
  it('opens at the opening minute and closes at the closing minute', () => {
    expect(isOpen(madrid, m('2026-03-27T08:59:59'))).toBe(false);
    expect(isOpen(madrid, m('2026-03-27T09:00'))).toBe(true);
    expect(isOpen(madrid, m('2026-03-27T16:59:59.999'))).toBe(true);
    expect(isOpen(madrid, m('2026-03-27T17:00'))).toBe(false);
  });

  it('is closed at weekends, on holidays and outside special hours', () => {
    expect(isOpen(madrid, m('2026-03-29T12:00'))).toBe(false); // Sunday
    expect(isOpen(madrid, m('2026-04-03T12:00'))).toBe(false); // Good Friday
    expect(isOpen(madrid, m('2026-12-24T12:00'))).toBe(true);
    expect(isOpen(madrid, m('2026-12-24T14:00'))).toBe(false);
  });

  it('follows an exception that opens a day the week leaves closed', () => {
    expect(isOpen(madrid, m('2026-03-28T10:30'))).toBe(true);
    expect(isOpen(madrid, m('2026-03-28T15:00'))).toBe(false);
  });

  it('reads a 24:00 close as the end of the day', () => {
    const late = everyDay('UTC', [{ open: '20:00', close: '24:00' }]);
    expect(isOpen(late, new Date('2026-05-04T23:59:59.999Z'))).toBe(true);
    expect(isOpen(late, new Date('2026-05-05T00:00:00Z'))).toBe(false);
  });

  it('uses the local weekday east of UTC (Auckland Monday is Sunday in UTC)', () => {
    const auckland = officeHours('Pacific/Auckland');
    expect(isOpen(auckland, new Date('2026-03-29T20:00:00Z'))).toBe(true); // Mon 09:00 NZDT
    expect(isOpen(auckland, new Date('2026-03-29T19:59:00Z'))).toBe(false);
  });

  it('uses the local weekday west of UTC (Honolulu Friday is Saturday in UTC)', () => {
    const honolulu = officeHours('Pacific/Honolulu');
    expect(isOpen(honolulu, new Date('2026-03-28T02:00:00Z'))).toBe(true); // Fri 16:00 HST
    expect(isOpen(honolulu, new Date('2026-03-28T03:00:00Z'))).toBe(false); // Fri 17:00 HST
  });

  it('throws on an unknown time zone rather than guessing', () => {
    expect(() => isOpen({ ...madrid, timeZone: 'Mars/Base' }, new Date())).toThrow(RangeError);
  });
});

describe('nextOpening', () => {
  it('is the instant itself while open', () => {
    expect(nextOpening(madrid, m('2026-03-27T10:15'))).toEqual(m('2026-03-27T10:15'));
  });

  it('skips the weekend and lands on Monday after the spring-forward change', () => {
    const open = nextOpening(officeHours(MADRID), m('2026-03-27T18:00'));
    expect(open).toEqual(m('2026-03-30T09:00'));
    expect(open?.toISOString()).toBe('2026-03-30T07:00:00.000Z'); // CEST, not CET
  });

  it('skips a holiday', () => {
    expect(nextOpening(madrid, m('2026-04-02T17:30'))).toEqual(m('2026-04-06T09:00'));
  });

  it('finds a far exception on a schedule that is otherwise closed', () => {
    const bh: BusinessHours = { ...closedForever, exceptions: [{ date: '2027-01-10', intervals: [{ open: '10:00', close: '11:00' }] }] };
    expect(nextOpening(bh, new Date('2026-03-01T00:00:00Z'))).toEqual(new Date('2027-01-10T10:00:00Z'));
  });

  it('is null when the schedule never opens again', () => {
    expect(nextOpening(closedForever, new Date('2026-03-01T00:00:00Z'))).toBeNull();
    const past: BusinessHours = { ...closedForever, exceptions: [{ date: '2025-01-10', intervals: [{ open: '10:00', close: '11:00' }] }] };
    expect(nextOpening(past, new Date('2026-03-01T00:00:00Z'))).toBeNull();
  });
});

describe('businessMillisBetween', () => {
  it('counts the time inside one interval', () => {
    expect(businessMillisBetween(madrid, m('2026-03-26T10:00'), m('2026-03-26T12:00'))).toBe(2 * HOUR);
  });

  it('leaves out nights, the lunch break and weekends', () => {
    const split = officeHours(MADRID);
    split.weekly[5] = [{ open: '09:00', close: '13:00' }, { open: '14:00', close: '18:00' }];
    expect(businessMillisBetween(split, m('2026-03-26T16:00'), m('2026-03-27T15:00'))).toBe(6 * HOUR);
    expect(businessMillisBetween(officeHours(MADRID), m('2026-03-27T16:00'), m('2026-03-30T10:00'))).toBe(2 * HOUR);
  });

  it('leaves out a holiday and keeps special hours', () => {
    expect(businessMillisBetween(madrid, m('2026-04-02T09:00'), m('2026-04-06T17:00'))).toBe(16 * HOUR);
    expect(businessMillisBetween(madrid, m('2026-12-24T00:00'), m('2026-12-25T00:00'))).toBe(4 * HOUR);
  });

  it('is 0 for an empty or reversed range, and 0 on a schedule that never opens', () => {
    expect(businessMillisBetween(madrid, m('2026-03-26T12:00'), m('2026-03-26T12:00'))).toBe(0);
    expect(businessMillisBetween(madrid, m('2026-03-26T12:00'), m('2026-03-26T10:00'))).toBe(0);
    expect(businessMillisBetween(closedForever, new Date('2026-01-01Z'), new Date('2026-12-31Z'))).toBe(0);
  });

  it('adds up four whole weeks', () => {
    expect(businessMillisBetween(officeHours(MADRID), m('2026-03-02T00:00'), m('2026-03-30T00:00'))).toBe(160 * HOUR);
  });
});

describe('addBusinessMillis', () => {
  it('rolls over a weekend (and its DST change)', () => {
    const due = addBusinessMillis(officeHours(MADRID), m('2026-03-27T16:00'), 2 * HOUR);
    expect(due).toEqual(m('2026-03-30T10:00'));
  });

  it('rolls over a holiday and the weekend after it', () => {
    expect(addBusinessMillis(madrid, m('2026-04-02T16:00'), 3 * HOUR)).toEqual(m('2026-04-06T11:00'));
  });

  it('is due at the closing time when the budget runs out exactly then', () => {
    expect(addBusinessMillis(madrid, m('2026-03-26T15:00'), 2 * HOUR)).toEqual(m('2026-03-26T17:00'));
  });

  it('starts counting at the next opening when started while closed', () => {
    expect(addBusinessMillis(officeHours(MADRID), m('2026-03-28T11:00'), HOUR)).toEqual(m('2026-03-30T10:00'));
  });

  it('is due at once for a zero budget', () => {
    expect(addBusinessMillis(madrid, m('2026-03-28T23:00'), 0)).toEqual(m('2026-03-28T23:00'));
  });

  it('throws, or with the try variant returns null, when the schedule never opens', () => {
    expect(() => addBusinessMillis(closedForever, new Date('2026-01-01Z'), HOUR)).toThrow(RangeError);
    expect(tryAddBusinessMillis(closedForever, new Date('2026-01-01Z'), HOUR)).toBeNull();
  });

  it('is the inverse of businessMillisBetween', () => {
    const from = m('2026-03-25T11:37');
    for (const ms of [1, 59_000, 5 * HOUR, 8 * HOUR, 23 * HOUR + 17, 100 * HOUR]) {
      expect(businessMillisBetween(madrid, from, addBusinessMillis(madrid, from, ms))).toBe(ms);
    }
  });
});
