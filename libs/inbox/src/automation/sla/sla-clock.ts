import { businessMillisBetween, tryAddBusinessMillis, type BusinessHours } from '../business-hours/index.js';

const MINUTE = 60_000;

/** Targets in minutes; a missing target means that clock does not run. */
export interface SlaPolicy {
  firstResponseMinutes?: number;
  nextResponseMinutes?: number;
  resolutionMinutes?: number;
  businessHoursOnly: boolean;
  reminderLeadMinutes: number;
}

export type SlaTarget = 'firstResponse' | 'nextResponse' | 'resolution';

/** A period when the clock stood still (pending, snoozed); `to: null` means still paused. */
export interface SlaPause {
  from: Date;
  to: Date | null;
}

/**
 * When a clock started at `startedAt` runs out, or null when there is no target or when a
 * business-hours-only clock can never run out (the schedule never opens again). Without a schedule
 * (`bh` null) a business-hours-only clock counts wall time: no schedule means always open.
 */
export function dueAt(
  targetMinutes: number | null | undefined,
  startedAt: Date,
  bh: BusinessHours | null,
  businessHoursOnly: boolean,
): Date | null {
  if (targetMinutes == null || !Number.isFinite(targetMinutes) || targetMinutes < 0) return null;
  const ms = targetMinutes * MINUTE;
  if (businessHoursOnly && bh) return tryAddBusinessMillis(bh, startedAt, ms);
  return new Date(startedAt.getTime() + ms);
}

/**
 * When to warn that `due` is near: wall time, because a manager should hear of a breach due at 09:05
 * on Monday before 09:05, even if that is before opening. Null when no reminder is wanted.
 */
export function reminderAt(due: Date | null, leadMinutes: number): Date | null {
  if (!due || !(leadMinutes > 0)) return null;
  return new Date(due.getTime() - leadMinutes * MINUTE);
}

/** Due and reminder times for one of a policy's clocks. */
export function policyDueAt(
  policy: SlaPolicy,
  target: SlaTarget,
  startedAt: Date,
  bh: BusinessHours | null,
): { due: Date | null; remindAt: Date | null } {
  const due = dueAt(policy[`${target}Minutes`], startedAt, bh, policy.businessHoursOnly);
  return { due, remindAt: reminderAt(due, policy.reminderLeadMinutes) };
}

/** [start, end) minus the union of the pauses, as sorted disjoint segments in epoch ms. */
function runningSegments(start: number, end: number, pauses: SlaPause[]): [number, number][] {
  const sorted = pauses
    .map((p) => [Math.max(p.from.getTime(), start), Math.min(p.to?.getTime() ?? end, end)] as const)
    .filter(([from, to]) => to > from)
    .sort((a, b) => a[0] - b[0]);
  const segments: [number, number][] = [];
  let cursor = start;
  for (const [from, to] of sorted) {
    if (from > cursor) segments.push([cursor, from]);
    cursor = Math.max(cursor, to); // overlapping pauses count once
  }
  if (end > cursor) segments.push([cursor, end]);
  return segments;
}

/**
 * How long the clock ran between `start` and `end`, leaving out pauses: `wallMs` in real time and
 * `businessMs` inside business hours only (equal to `wallMs` when there is no schedule).
 */
export function elapsedWithPauses(input: {
  start: Date;
  end: Date;
  pauses: SlaPause[];
  bh: BusinessHours | null;
}): { wallMs: number; businessMs: number } {
  const { start, end, pauses, bh } = input;
  const segments = runningSegments(start.getTime(), end.getTime(), pauses);
  let wallMs = 0;
  let businessMs = 0;
  for (const [from, to] of segments) {
    wallMs += to - from;
    businessMs += bh ? businessMillisBetween(bh, new Date(from), new Date(to)) : to - from;
  }
  return { wallMs, businessMs };
}

/**
 * The due time after a pause from `pausedFrom` to `resumedAt`: the clock keeps the budget it had left
 * when paused and spends it from the resume. A clock already breached when paused keeps its due time.
 */
export function shiftDueForPause(
  due: Date,
  pausedFrom: Date,
  resumedAt: Date,
  bh: BusinessHours | null,
  businessHoursOnly: boolean,
): Date {
  if (pausedFrom >= due || resumedAt <= pausedFrom) return due;
  if (businessHoursOnly && bh) {
    const left = businessMillisBetween(bh, pausedFrom, due);
    // A schedule that never reopens cannot run the clock out: keep the old due rather than lose it.
    return tryAddBusinessMillis(bh, resumedAt, left) ?? due;
  }
  return new Date(resumedAt.getTime() + (due.getTime() - pausedFrom.getTime()));
}
