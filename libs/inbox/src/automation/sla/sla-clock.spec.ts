import { describe, it, expect } from '@jest/globals';
import { dueAt, elapsedWithPauses, policyDueAt, reminderAt, shiftDueForPause, type SlaPolicy } from './sla-clock.js';
import type { BusinessHours } from '../business-hours/business-hours.js';
import { HOUR, at, officeHours } from '../business-hours/business-hours.fixtures.js';

const MADRID = 'Europe/Madrid';
const m = (local: string) => at(MADRID, local);
const bh = officeHours(MADRID, [{ date: '2026-04-03', intervals: [], label: 'Good Friday' }]);
const MINUTE = 60_000;

describe('dueAt', () => {
  it('adds wall minutes when the clock always runs', () => {
    expect(dueAt(30, m('2026-03-28T23:50'), bh, false)).toEqual(m('2026-03-29T00:20'));
  });

  it('rolls a business-hours-only clock over the night', () => {
    expect(dueAt(120, m('2026-03-26T16:00'), bh, true)).toEqual(m('2026-03-27T10:00'));
  });

  it('rolls a business-hours-only clock over a weekend', () => {
    expect(dueAt(60, m('2026-03-27T16:30'), bh, true)).toEqual(m('2026-03-30T09:30'));
  });

  it('rolls a business-hours-only clock over a holiday and the weekend after it', () => {
    expect(dueAt(8 * 60, m('2026-04-02T13:00'), bh, true)).toEqual(m('2026-04-06T13:00'));
  });

  it('counts wall time for a business-hours-only clock with no schedule', () => {
    expect(dueAt(60, m('2026-03-28T12:00'), null, true)).toEqual(m('2026-03-28T13:00'));
  });

  it('is null without a target or when the schedule never opens', () => {
    expect(dueAt(undefined, m('2026-03-26T10:00'), bh, true)).toBeNull();
    expect(dueAt(null, m('2026-03-26T10:00'), null, false)).toBeNull();
    const closed: BusinessHours = { timeZone: 'UTC', weekly: {}, exceptions: [] };
    expect(dueAt(60, m('2026-03-26T10:00'), closed, true)).toBeNull();
  });

  it('is the start itself for a zero target', () => {
    expect(dueAt(0, m('2026-03-26T10:00'), bh, true)).toEqual(m('2026-03-26T10:00'));
  });
});

describe('reminderAt', () => {
  it('is the lead before the due time, in wall time', () => {
    expect(reminderAt(m('2026-03-30T09:05'), 15)).toEqual(m('2026-03-30T08:50'));
  });

  it('is null with no due time or no lead', () => {
    expect(reminderAt(null, 15)).toBeNull();
    expect(reminderAt(m('2026-03-30T09:05'), 0)).toBeNull();
  });
});

describe('policyDueAt', () => {
  const policy: SlaPolicy = { firstResponseMinutes: 60, resolutionMinutes: 24 * 60, businessHoursOnly: true, reminderLeadMinutes: 10 };

  it('gives due and reminder times for a clock the policy sets', () => {
    expect(policyDueAt(policy, 'firstResponse', m('2026-03-27T16:30'), bh)).toEqual({
      due: m('2026-03-30T09:30'),
      remindAt: m('2026-03-30T09:20'),
    });
  });

  it('gives nothing for a clock the policy leaves out', () => {
    expect(policyDueAt(policy, 'nextResponse', m('2026-03-27T16:30'), bh)).toEqual({ due: null, remindAt: null });
  });
});

describe('elapsedWithPauses', () => {
  const start = m('2026-03-26T10:00'); // Thursday

  it('counts everything without pauses', () => {
    expect(elapsedWithPauses({ start, end: m('2026-03-26T12:00'), pauses: [], bh })).toEqual({ wallMs: 2 * HOUR, businessMs: 2 * HOUR });
  });

  it('leaves out a pause that ended (pause then resume)', () => {
    const pauses = [{ from: m('2026-03-26T10:30'), to: m('2026-03-26T11:00') }];
    expect(elapsedWithPauses({ start, end: m('2026-03-26T12:00'), pauses, bh })).toEqual({ wallMs: 1.5 * HOUR, businessMs: 1.5 * HOUR });
  });

  it('leaves out a pause still running up to the end', () => {
    const pauses = [{ from: m('2026-03-26T11:00'), to: null }];
    expect(elapsedWithPauses({ start, end: m('2026-03-26T12:00'), pauses, bh })).toEqual({ wallMs: HOUR, businessMs: HOUR });
  });

  it('counts overlapping pauses once and clips pauses to the range', () => {
    const pauses = [
      { from: m('2026-03-26T09:00'), to: m('2026-03-26T10:30') },
      { from: m('2026-03-26T11:00'), to: m('2026-03-26T11:30') },
      { from: m('2026-03-26T11:15'), to: m('2026-03-26T11:45') },
    ];
    expect(elapsedWithPauses({ start, end: m('2026-03-26T12:00'), pauses, bh }).wallMs).toBe(45 * MINUTE); // runs 10:30–11:00 and 11:45–12:00
  });

  it('counts business time only inside open hours, over a night and a weekend', () => {
    const result = elapsedWithPauses({
      start: m('2026-03-26T16:00'),
      end: m('2026-03-30T10:00'),
      pauses: [{ from: m('2026-03-27T09:00'), to: m('2026-03-27T13:00') }],
      bh,
    });
    expect(result.businessMs).toBe(HOUR + 4 * HOUR + HOUR); // Thu 16–17, Fri 13–17, Mon 9–10
    expect(result.wallMs).toBe(m('2026-03-30T10:00').getTime() - m('2026-03-26T16:00').getTime() - 4 * HOUR);
  });

  it('is zero when the end is not after the start', () => {
    expect(elapsedWithPauses({ start, end: start, pauses: [], bh: null })).toEqual({ wallMs: 0, businessMs: 0 });
  });
});

describe('shiftDueForPause', () => {
  it('pushes a wall-clock due time by the paused amount', () => {
    const due = m('2026-03-26T12:00');
    expect(shiftDueForPause(due, m('2026-03-26T10:00'), m('2026-03-26T10:45'), null, false)).toEqual(m('2026-03-26T12:45'));
  });

  it('keeps the budget left at the pause for a business-hours clock resumed after a weekend', () => {
    // 1 h left at Friday 16:00; resumed Monday 11:00 → due Monday 12:00.
    const due = m('2026-03-27T17:00');
    expect(shiftDueForPause(due, m('2026-03-27T16:00'), m('2026-03-30T11:00'), bh, true)).toEqual(m('2026-03-30T12:00'));
  });

  it('only pushes a business-hours clock by the business time paused', () => {
    // Paused Thursday 16:30 with 1.5 h left (16:30–17:00, 09:00–10:00); the evening paused costs nothing.
    const due = m('2026-03-27T10:00');
    expect(shiftDueForPause(due, m('2026-03-26T16:30'), m('2026-03-26T20:00'), bh, true)).toEqual(m('2026-03-27T10:30'));
  });

  it('matches elapsedWithPauses: the clock runs out when the business budget is spent', () => {
    const start = m('2026-03-26T15:00');
    const due = dueAt(4 * 60, start, bh, true)!;
    const pause = { from: m('2026-03-26T16:00'), to: m('2026-03-27T11:00') };
    const shifted = shiftDueForPause(due, pause.from, pause.to, bh, true);
    expect(elapsedWithPauses({ start, end: shifted, pauses: [pause], bh }).businessMs).toBe(4 * HOUR);
  });

  it('leaves the due time alone when the clock had already breached or the pause is empty', () => {
    const due = m('2026-03-26T12:00');
    expect(shiftDueForPause(due, m('2026-03-26T12:30'), m('2026-03-26T14:00'), bh, true)).toEqual(due);
    expect(shiftDueForPause(due, m('2026-03-26T10:00'), m('2026-03-26T10:00'), null, false)).toEqual(due);
  });
});
