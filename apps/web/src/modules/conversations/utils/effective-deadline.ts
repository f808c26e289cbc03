import type { ConversationDetailDto } from '@parley/contracts';
import { formatDuration } from '../../ui/utils/format-time';

export type DeadlineKind = 'sla' | 'reply_window' | 'human_agent_window';
export type DeadlineTone = 'normal' | 'warning' | 'danger' | 'overdue';

export interface Deadline {
  kind: DeadlineKind;
  dueAt: string;
  /** negative once passed */
  remainingMs: number;
  tone: DeadlineTone;
  /** "First response due in 12m", "Reply window closes in 3h", "Resolution breached 5m ago" */
  label: string;
}

const WARNING_MS = 60 * 60_000;
const DANGER_MS = 15 * 60_000;
const TARGET_NAMES = { firstResponse: 'First response', nextResponse: 'Next response', resolution: 'Resolution' } as const;

type Candidate = { kind: DeadlineKind; dueAt: string; name: string; breached?: boolean };

/**
 * The one deadline that matters now: the earlier of the SLA target due soonest and the platform's reply window
 * closing (24 h after the customer's last message; 7 days with Meta's HUMAN_AGENT tag, once the 24 h are over).
 * Null when nothing is due: resolved, or answered with no SLA clock running.
 */
export function effectiveDeadline(c: ConversationDetailDto, now: number): Deadline | null {
  if (c.status === 'resolved') return null;
  const candidates: Candidate[] = [];
  // A response target the agent already met is stale in a detail read before the reply: only waiting counts.
  const sla = c.slaDue;
  if (sla && (sla.target === 'resolution' || c.unanswered)) {
    candidates.push({ kind: 'sla', dueAt: sla.dueAt, name: TARGET_NAMES[sla.target], breached: sla.breached });
  }
  if (c.unanswered && c.replyWindowClosesAt) {
    const standard = new Date(c.replyWindowClosesAt).getTime();
    const human = c.humanAgentWindowClosesAt;
    if (standard > now || !human) candidates.push({ kind: 'reply_window', dueAt: c.replyWindowClosesAt, name: 'Reply window' });
    else candidates.push({ kind: 'human_agent_window', dueAt: human, name: 'Human-agent window' });
  }
  if (candidates.length === 0) return null;
  const next = candidates.reduce((a, b) => (new Date(b.dueAt).getTime() < new Date(a.dueAt).getTime() ? b : a));
  const remainingMs = new Date(next.dueAt).getTime() - now;
  const tone: DeadlineTone = remainingMs <= 0 || next.breached ? 'overdue' : remainingMs < DANGER_MS ? 'danger' : remainingMs < WARNING_MS ? 'warning' : 'normal';
  return { kind: next.kind, dueAt: next.dueAt, remainingMs, tone, label: describe(next, remainingMs) };
}

function describe(d: Candidate, remainingMs: number): string {
  const left = formatDuration(Math.abs(remainingMs));
  if (d.kind === 'sla') return remainingMs > 0 && !d.breached ? `${d.name} due in ${left}` : `${d.name} breached ${left} ago`;
  return remainingMs > 0 ? `${d.name} closes in ${left}` : `${d.name} closed ${left} ago`;
}
