import type { ConversationStatus, SlaTargetName } from '@parley/contracts';
import type { BusinessHours } from '../business-hours/index.js';
import { dueAt, elapsedWithPauses, reminderAt, shiftDueForPause, type SlaPolicy } from './sla-clock.js';

export const SLA_TARGETS: SlaTargetName[] = ['firstResponse', 'nextResponse', 'resolution'];

/** One clock as stored (ISO strings, so the state round-trips through jsonb unchanged). */
export interface SlaClock {
  startedAt: string;
  dueAt: string | null;
  outcome: 'running' | 'hit' | 'missed';
  /** the due time a reminder was sent for: a due time that moves earns a new reminder */
  remindedFor: string | null;
  endedAt: string | null;
}

export interface SlaState {
  clocks: Partial<Record<SlaTargetName, SlaClock>>;
  /** finished pauses; the open one is `pausedAt` */
  pauses: { from: string; to: string }[];
  pausedAt: Date | null;
}

/** The conversation fields the clocks follow. */
export interface SlaConversation {
  status: ConversationStatus;
  createdAt: Date;
  firstReplyAt: Date | null;
  lastReplyAt: Date | null;
  waitingSince: Date | null;
  resolvedAt: Date | null;
}

export interface SlaOutcome {
  target: SlaTargetName;
  outcome: 'hit' | 'missed';
  startedAt: string;
  dueAt: string | null;
  endedAt: string;
  /** running time, pauses left out: wall clock and inside business hours */
  elapsedMs: number;
  businessElapsedMs: number;
}

export interface SlaJob { target: SlaTargetName; kind: 'remind' | 'breach'; at: Date; dueAt: Date }

export interface SlaStep {
  state: SlaState;
  /** hit or missed, to record as conversation events */
  outcomes: SlaOutcome[];
  /** clocks that ran out now while still unanswered: notify managers and escalate */
  breaches: SlaTargetName[];
  /** reminders due now */
  reminders: SlaTargetName[];
  /** delayed jobs to (re)schedule: only for due times that are new or moved */
  jobs: SlaJob[];
  /** earliest due of a running, unpaused clock */
  dueAt: Date | null;
  /** earliest reminder or due still to act on */
  nextCheckAt: Date | null;
}

// Waiting on the customer, snoozed or done: nobody owes an answer, so no clock runs.
const PAUSING: ConversationStatus[] = ['pending', 'snoozed', 'resolved'];

/**
 * Moves a conversation's SLA clocks to `now`: starts, pauses, resumes and ends them from the
 * conversation's own fields, so a step can be repeated or run late and always lands on the same state.
 * Due times are derived, not accumulated: target from the clock's start, then pushed by each pause.
 */
export function advanceSla(input: {
  conversation: SlaConversation;
  policy: SlaPolicy;
  bh: BusinessHours | null;
  state: SlaState;
  now: Date;
}): SlaStep {
  const { conversation: c, policy, bh, now } = input;
  const clocks: SlaState['clocks'] = structuredClone(input.state.clocks);
  const pauses = [...input.state.pauses];
  let pausedAt = input.state.pausedAt;
  const wasPaused = pausedAt !== null;
  const outcomes: SlaOutcome[] = [];

  const paused = PAUSING.includes(c.status);
  if (paused && !pausedAt) pausedAt = now;
  if (!paused && pausedAt) {
    if (now > pausedAt) pauses.push({ from: pausedAt.toISOString(), to: now.toISOString() });
    pausedAt = null;
  }
  const pauseDates = pauses.map((p) => ({ from: new Date(p.from), to: new Date(p.to) }));

  const computeDue = (target: SlaTargetName, startedAt: Date): Date | null => {
    let due = dueAt(policy[`${target}Minutes`], startedAt, bh, policy.businessHoursOnly);
    for (const p of pauseDates) {
      if (!due) break;
      if (p.to > startedAt) due = shiftDueForPause(due, p.from > startedAt ? p.from : startedAt, p.to, bh, policy.businessHoursOnly);
    }
    return due;
  };
  const start = (target: SlaTargetName, at: Date): void => {
    if (policy[`${target}Minutes`] == null) return;
    clocks[target] = { startedAt: at.toISOString(), dueAt: null, outcome: 'running', remindedFor: null, endedAt: null };
  };
  const end = (target: SlaTargetName, at: Date): void => {
    const clock = clocks[target];
    if (!clock || clock.outcome !== 'running') return;
    const due = computeDue(target, new Date(clock.startedAt));
    clock.outcome = due && at > due ? 'missed' : 'hit';
    clock.dueAt = due?.toISOString() ?? null;
    clock.endedAt = at.toISOString();
    outcomes.push(outcomeOf(target, clock, at, pauseDates, bh));
  };

  // First response: from the conversation's start to the first human reply.
  if (!clocks.firstResponse && !c.firstReplyAt) start('firstResponse', c.createdAt);
  if (c.firstReplyAt) end('firstResponse', c.firstReplyAt);

  // Next response: restarts from waiting_since each time the customer writes after a reply.
  if (c.firstReplyAt) {
    const next = clocks.nextResponse;
    const waiting = c.waitingSince && c.waitingSince > c.firstReplyAt ? c.waitingSince : null;
    if (next?.outcome === 'running' && (!waiting || waiting.toISOString() !== next.startedAt)) end('nextResponse', c.lastReplyAt ?? now);
    if (waiting && clocks.nextResponse?.startedAt !== waiting.toISOString()) start('nextResponse', waiting);
  }

  // Resolution: from the start to resolved.
  if (!clocks.resolution && c.status !== 'resolved') start('resolution', c.createdAt);
  if (c.status === 'resolved') end('resolution', c.resolvedAt ?? now);

  const breaches: SlaTargetName[] = [];
  const reminders: SlaTargetName[] = [];
  const jobs: SlaJob[] = [];
  let earliestDue: Date | null = null;
  let nextCheckAt: Date | null = null;
  for (const target of SLA_TARGETS) {
    const clock = clocks[target];
    if (!clock || clock.outcome !== 'running') continue;
    const previousDue = clock.dueAt;
    const due = computeDue(target, new Date(clock.startedAt));
    clock.dueAt = due?.toISOString() ?? null;
    if (!due || pausedAt) continue; // a paused clock neither reminds nor breaches
    if (now >= due) {
      clock.outcome = 'missed';
      clock.endedAt = due.toISOString();
      outcomes.push(outcomeOf(target, clock, due, pauseDates, bh));
      breaches.push(target);
      continue;
    }
    const remindAt = reminderAt(due, policy.reminderLeadMinutes);
    const remindPending = remindAt !== null && clock.remindedFor !== clock.dueAt;
    if (remindPending && now >= remindAt) {
      clock.remindedFor = clock.dueAt;
      reminders.push(target);
    }
    const stillToRemind = remindAt !== null && clock.remindedFor !== clock.dueAt;
    if (previousDue !== clock.dueAt || wasPaused) {
      if (stillToRemind) jobs.push({ target, kind: 'remind', at: remindAt, dueAt: due });
      jobs.push({ target, kind: 'breach', at: due, dueAt: due });
    }
    const check = stillToRemind ? remindAt : due;
    if (!earliestDue || due < earliestDue) earliestDue = due;
    if (!nextCheckAt || check < nextCheckAt) nextCheckAt = check;
  }
  return { state: { clocks, pauses, pausedAt }, outcomes, breaches, reminders, jobs, dueAt: earliestDue, nextCheckAt };
}

function outcomeOf(
  target: SlaTargetName, clock: SlaClock, end: Date, pauses: { from: Date; to: Date }[], bh: BusinessHours | null,
): SlaOutcome {
  const { wallMs, businessMs } = elapsedWithPauses({ start: new Date(clock.startedAt), end, pauses, bh });
  return {
    target, outcome: clock.outcome === 'missed' ? 'missed' : 'hit', startedAt: clock.startedAt, dueAt: clock.dueAt,
    endedAt: end.toISOString(), elapsedMs: wallMs, businessElapsedMs: businessMs,
  };
}
