import type { AutoAssignMode } from '@parley/contracts';

export interface AssignmentCandidate {
  userId: string;
  /** open conversations assigned to them in this inbox */
  load: number;
  /** their last automatic assignment in this inbox (null: never) */
  lastAssignedAt: Date | null;
}

/**
 * Who gets the next conversation: among candidates under capacity, round robin takes the one who waited
 * longest since their last assignment; balanced takes the least loaded (then the longest waiting).
 * Null when everyone is full. Ties end on the user id, so the choice is stable.
 */
export function pickAssignee(candidates: AssignmentCandidate[], mode: AutoAssignMode, capacity: number | null): string | null {
  const free = candidates.filter((c) => capacity === null || c.load < capacity);
  const idle = (c: AssignmentCandidate) => c.lastAssignedAt?.getTime() ?? -Infinity;
  free.sort((a, b) =>
    (mode === 'balanced' ? a.load - b.load : 0) || idle(a) - idle(b) || a.userId.localeCompare(b.userId));
  return free[0]?.userId ?? null;
}
