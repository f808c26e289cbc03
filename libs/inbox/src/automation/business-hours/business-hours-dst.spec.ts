import { describe, it, expect } from '@jest/globals';
import { addBusinessMillis, businessMillisBetween, nextOpening, type BusinessHours } from './business-hours.js';
import { HOUR, at, everyDay, officeHours } from './business-hours.fixtures.js';

const MADRID = 'Europe/Madrid';
const NEW_YORK = 'America/New_York';

describe('daylight saving time', () => {
  const span = (zone: string, date: string) =>
    businessMillisBetween(everyDay(zone, [{ open: '01:00', close: '04:00' }]), at(zone, `${date}T00:00`), at(zone, `${date}T23:00`));

  it('makes 01:00–04:00 last 2 h on a spring-forward day', () => {
    expect(span(NEW_YORK, '2026-03-07')).toBe(3 * HOUR);
    expect(span(NEW_YORK, '2026-03-08')).toBe(2 * HOUR);
    expect(span(MADRID, '2026-03-29')).toBe(2 * HOUR);
  });

  it('makes 01:00–04:00 last 4 h on a fall-back day', () => {
    expect(span(NEW_YORK, '2026-11-01')).toBe(4 * HOUR);
    expect(span(MADRID, '2026-10-25')).toBe(4 * HOUR);
  });

  it('keeps 8 h office days in the weeks of the change', () => {
    const bh = officeHours(NEW_YORK);
    expect(businessMillisBetween(bh, at(NEW_YORK, '2026-03-06T09:00'), at(NEW_YORK, '2026-03-09T17:00'))).toBe(16 * HOUR);
    expect(businessMillisBetween(bh, at(NEW_YORK, '2026-10-30T09:00'), at(NEW_YORK, '2026-11-02T17:00'))).toBe(16 * HOUR);
  });
});

describe('daylight saving time at the edges of intervals', () => {
  it('moves an opening inside the DST gap forward', () => {
    const bh: BusinessHours = { timeZone: NEW_YORK, weekly: {}, exceptions: [{ date: '2026-03-08', intervals: [{ open: '02:30', close: '05:00' }] }] };
    expect(nextOpening(bh, new Date('2026-03-08T00:00:00Z'))?.toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });

  it('opens at the first 01:30 of a fall-back night and closes at the second', () => {
    const bh = everyDay(NEW_YORK, [{ open: '01:30', close: '01:45' }]);
    const open = nextOpening(bh, at(NEW_YORK, '2026-11-01T00:00'));
    expect(open?.toISOString()).toBe('2026-11-01T05:30:00.000Z'); // 01:30 EDT
    expect(businessMillisBetween(bh, at(NEW_YORK, '2026-11-01T00:00'), at(NEW_YORK, '2026-11-01T12:00'))).toBe(HOUR + 15 * 60_000);
  });

  it('rolls a weekend in New York across spring forward', () => {
    const due = addBusinessMillis(officeHours(NEW_YORK), at(NEW_YORK, '2026-03-06T16:00'), 2 * HOUR);
    expect(due.toISOString()).toBe('2026-03-09T14:00:00.000Z'); // Mon 10:00 EDT
  });

  it('keeps Madrid office hours in local time across the autumn change', () => {
    const due = addBusinessMillis(officeHours(MADRID), at(MADRID, '2026-10-23T16:00'), 2 * HOUR);
    expect(due.toISOString()).toBe('2026-10-26T09:00:00.000Z'); // Mon 10:00 CET
  });
});
