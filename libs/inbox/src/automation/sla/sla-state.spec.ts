import { describe, expect, it } from '@jest/globals';
import { advanceSla, type SlaConversation, type SlaState } from './sla-state.js';
import type { SlaPolicy } from './sla-clock.js';
import { at, officeHours } from '../business-hours/business-hours.fixtures.js';

const MIN = 60_000;
const T0 = new Date('2026-03-02T10:00:00Z'); // a Monday
const plus = (min: number) => new Date(T0.getTime() + min * MIN);
const policy: SlaPolicy = { firstResponseMinutes: 15, nextResponseMinutes: 60, resolutionMinutes: 24 * 60, businessHoursOnly: false, reminderLeadMinutes: 5 };
const fresh = (): SlaState => ({ clocks: {}, pauses: [], pausedAt: null });
const open = (o: Partial<SlaConversation> = {}): SlaConversation => ({
  status: 'open', createdAt: T0, firstReplyAt: null, lastReplyAt: null, waitingSince: T0, resolvedAt: null, ...o,
});

describe('advanceSla', () => {
  it('starts the first-response and resolution clocks and schedules reminder and breach jobs', () => {
    const step = advanceSla({ conversation: open(), policy, bh: null, state: fresh(), now: T0 });
    expect(step.state.clocks.firstResponse).toMatchObject({ outcome: 'running', dueAt: plus(15).toISOString() });
    expect(step.state.clocks.resolution?.dueAt).toBe(plus(24 * 60).toISOString());
    expect(step.jobs).toEqual(expect.arrayContaining([
      { target: 'firstResponse', kind: 'remind', at: plus(10), dueAt: plus(15) },
      { target: 'firstResponse', kind: 'breach', at: plus(15), dueAt: plus(15) },
    ]));
    expect(step.dueAt).toEqual(plus(15));
    expect(step.nextCheckAt).toEqual(plus(10));
  });

  it('repeating a step changes nothing and schedules nothing again', () => {
    const first = advanceSla({ conversation: open(), policy, bh: null, state: fresh(), now: T0 });
    const again = advanceSla({ conversation: open(), policy, bh: null, state: first.state, now: plus(1) });
    expect(again.state).toEqual(first.state);
    expect(again.jobs).toEqual([]);
    expect(again.outcomes).toEqual([]);
  });

  it('reminds once at due minus lead, then breaches at due', () => {
    let s = advanceSla({ conversation: open(), policy, bh: null, state: fresh(), now: T0 });
    s = advanceSla({ conversation: open(), policy, bh: null, state: s.state, now: plus(10) });
    expect(s.reminders).toEqual(['firstResponse']);
    s = advanceSla({ conversation: open(), policy, bh: null, state: s.state, now: plus(11) });
    expect(s.reminders).toEqual([]);
    s = advanceSla({ conversation: open(), policy, bh: null, state: s.state, now: plus(15) });
    expect(s.breaches).toEqual(['firstResponse']);
    expect(s.outcomes).toEqual([expect.objectContaining({ target: 'firstResponse', outcome: 'missed', elapsedMs: 15 * MIN })]);
    expect(s.state.clocks.firstResponse?.outcome).toBe('missed');
  });

  it('records a hit with wall and business elapsed time when the first reply comes in time', () => {
    const s = advanceSla({ conversation: open(), policy, bh: null, state: fresh(), now: T0 });
    const replied = open({ firstReplyAt: plus(7), lastReplyAt: plus(7), waitingSince: null });
    const step = advanceSla({ conversation: replied, policy, bh: null, state: s.state, now: plus(8) });
    expect(step.outcomes).toEqual([expect.objectContaining({ target: 'firstResponse', outcome: 'hit', elapsedMs: 7 * MIN, businessElapsedMs: 7 * MIN })]);
  });

  it('pauses while pending and pushes the due time by the pause on resume', () => {
    let s = advanceSla({ conversation: open(), policy, bh: null, state: fresh(), now: T0 });
    s = advanceSla({ conversation: open({ status: 'pending' }), policy, bh: null, state: s.state, now: plus(5) });
    expect(s.state.pausedAt).toEqual(plus(5));
    expect(s.dueAt).toBeNull();
    expect(s.jobs).toEqual([]);
    // while paused, even past the old due time, nothing breaches
    s = advanceSla({ conversation: open({ status: 'pending' }), policy, bh: null, state: s.state, now: plus(30) });
    expect(s.breaches).toEqual([]);
    s = advanceSla({ conversation: open(), policy, bh: null, state: s.state, now: plus(45) });
    expect(s.state.clocks.firstResponse?.dueAt).toBe(plus(55).toISOString()); // 10 minutes were left
    expect(s.jobs).toContainEqual({ target: 'firstResponse', kind: 'breach', at: plus(55), dueAt: plus(55) });
  });

  it('restarts the next-response clock from waiting_since after each reply', () => {
    const replied = open({ firstReplyAt: plus(5), lastReplyAt: plus(5), waitingSince: null });
    let s = advanceSla({ conversation: replied, policy, bh: null, state: fresh(), now: plus(5) });
    expect(s.state.clocks.nextResponse).toBeUndefined();
    const wrote = { ...replied, waitingSince: plus(20) };
    s = advanceSla({ conversation: wrote, policy, bh: null, state: s.state, now: plus(21) });
    expect(s.state.clocks.nextResponse).toMatchObject({ startedAt: plus(20).toISOString(), dueAt: plus(80).toISOString() });
    const answered = { ...wrote, lastReplyAt: plus(50), waitingSince: plus(70) };
    s = advanceSla({ conversation: answered, policy, bh: null, state: s.state, now: plus(71) });
    expect(s.outcomes).toEqual([expect.objectContaining({ target: 'nextResponse', outcome: 'hit', elapsedMs: 30 * MIN })]);
    expect(s.state.clocks.nextResponse).toMatchObject({ startedAt: plus(70).toISOString(), outcome: 'running' });
  });

  it('counts business hours only: a message on Friday evening is due on Monday morning', () => {
    const bh = officeHours('Europe/Madrid');
    const friday = at('Europe/Madrid', '2026-03-06T16:55');
    const step = advanceSla({
      conversation: open({ createdAt: friday, waitingSince: friday }), policy: { ...policy, businessHoursOnly: true }, bh, state: fresh(), now: friday,
    });
    expect(step.state.clocks.firstResponse?.dueAt).toBe(at('Europe/Madrid', '2026-03-09T09:10').toISOString());
  });

  it('ends the resolution clock when resolved', () => {
    const s = advanceSla({ conversation: open(), policy, bh: null, state: fresh(), now: T0 });
    const step = advanceSla({ conversation: open({ status: 'resolved', resolvedAt: plus(90) }), policy, bh: null, state: s.state, now: plus(90) });
    expect(step.outcomes).toContainEqual(expect.objectContaining({ target: 'resolution', outcome: 'hit', elapsedMs: 90 * MIN }));
  });
});
