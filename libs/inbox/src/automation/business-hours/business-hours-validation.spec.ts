import { describe, it, expect } from '@jest/globals';
import { validateBusinessHours } from './business-hours.js';
import { officeHours } from './business-hours.fixtures.js';

describe('validateBusinessHours', () => {
  it('accepts a valid schedule with holidays, special hours and a 24:00 close', () => {
    const bh = officeHours('Europe/Madrid', [
      { date: '2026-12-25', intervals: [], label: 'Christmas' },
      { date: '2026-12-24', intervals: [{ open: '09:00', close: '13:00' }, { open: '20:00', close: '24:00' }] },
    ]);
    expect(validateBusinessHours(bh)).toEqual([]);
  });

  it('rejects something that is not an object', () => {
    expect(validateBusinessHours(null)).toHaveLength(1);
    expect(validateBusinessHours('9-5')).toHaveLength(1);
  });

  it('names an unknown or missing time zone', () => {
    expect(validateBusinessHours({ ...officeHours('Mars/Olympus_Mons') })).toEqual([
      "timeZone: unknown time zone 'Mars/Olympus_Mons', use an IANA name such as 'Europe/Madrid'",
    ]);
    expect(validateBusinessHours({ weekly: {}, exceptions: [] })[0]).toMatch(/^timeZone: required/);
  });

  it('reports a close that is not after its open, with its path', () => {
    const bh = { timeZone: 'UTC', weekly: { 1: [{ open: '18:00', close: '09:00' }] }, exceptions: [] };
    expect(validateBusinessHours(bh)).toEqual([
      'weekly.1[0]: close must be after open (intervals cannot cross midnight)',
    ]);
  });

  it('reports malformed times, 24:00 as an open and unknown weekdays', () => {
    const bh = {
      timeZone: 'UTC',
      weekly: { 2: [{ open: '9:00', close: '17:60' }], 3: [{ open: '24:00', close: '24:00' }], 8: [] },
      exceptions: [],
    };
    expect(validateBusinessHours(bh)).toEqual([
      "weekly.2[0]: open must be a time 'HH:mm' between 00:00 and 23:59",
      "weekly.2[0]: close must be a time 'HH:mm' between 00:00 and 24:00",
      "weekly.3[0]: open must be a time 'HH:mm' between 00:00 and 23:59",
      'weekly.8: unknown weekday, use 1 (Monday) to 7 (Sunday)',
    ]);
  });

  it('reports overlapping intervals on the same day', () => {
    const bh = {
      timeZone: 'UTC',
      weekly: { 1: [{ open: '13:00', close: '18:00' }, { open: '09:00', close: '14:00' }] },
      exceptions: [],
    };
    expect(validateBusinessHours(bh)).toEqual(['weekly.1[0]: overlaps weekly.1[1]']);
  });

  it('accepts back-to-back intervals', () => {
    const bh = { timeZone: 'UTC', weekly: { 1: [{ open: '09:00', close: '13:00' }, { open: '13:00', close: '17:00' }] }, exceptions: [] };
    expect(validateBusinessHours(bh)).toEqual([]);
  });

  it('reports impossible or repeated exception dates and bad fields', () => {
    const bh = officeHours('UTC', [
      { date: '2026-02-30', intervals: [] },
      { date: '2026-12-25', intervals: [] },
      { date: '2026-12-25', intervals: [] },
      { date: '25/12/2026', intervals: 'closed', label: 7 },
    ] as never);
    expect(validateBusinessHours(bh)).toEqual([
      "exceptions[0].date: must be a calendar date 'YYYY-MM-DD'",
      'exceptions[2].date: 2026-12-25 is already used by exceptions[1]',
      "exceptions[3].date: must be a calendar date 'YYYY-MM-DD'",
      'exceptions[3].intervals: must be a list of intervals',
      'exceptions[3].label: must be text',
    ]);
  });

  it('reports missing weekly and exceptions', () => {
    expect(validateBusinessHours({ timeZone: 'UTC' })).toEqual([
      'weekly: must be an object keyed by ISO weekday 1 (Monday) to 7 (Sunday)',
      'exceptions: must be a list',
    ]);
  });
});
