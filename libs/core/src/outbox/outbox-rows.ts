import type { ClientEventMap, ClientEventName, JobName, JobPayloads, RealtimeAudience, SlaTargetName } from '@parley/contracts';
import { currentTraceId } from '../logging/trace-context.js';

/**
 * Outbox rows, built in TypeScript and typed by the job catalog (JobPayloads) and the client events
 * (ClientEventMap). Every side effect leaves the database as one of these: OutboxWriter collects them in a
 * transaction, and a single-statement write hands them to SQL as one JSON parameter (outboxInsertSql).
 */
export interface JobRowOptions { jobId?: string; delayMs?: number; traceId?: string }
export interface JobRow<N extends JobName = JobName> { kind: 'job'; name: N; payload: JobPayloads[N]; options: JobRowOptions }
export interface EventRow<E extends ClientEventName = ClientEventName> {
  kind: 'realtime'; name: E; payload: Parameters<ClientEventMap[E]>[0]; options: { audiences: RealtimeAudience[]; traceId?: string };
}
export type OutboxRow = { [N in JobName]: JobRow<N> }[JobName] | { [E in ClientEventName]: EventRow<E> }[ClientEventName];

export const jobRow = <N extends JobName>(name: N, payload: JobPayloads[N], options: JobRowOptions = {}): JobRow<N> =>
  ({ kind: 'job', name, payload, options: withTrace({ ...options }) });

export const eventRow = <E extends ClientEventName>(name: E, payload: Parameters<ClientEventMap[E]>[0], audiences: RealtimeAudience[]): EventRow<E> =>
  ({ kind: 'realtime', name, payload, options: withTrace<EventRow['options']>({ audiences }) });

/** The row carries the trace of the work that wrote it, so the relay and the job that follow log under it too. */
function withTrace<O extends { traceId?: string }>(options: O): O {
  const traceId = currentTraceId();
  if (traceId) options.traceId = traceId;
  return options;
}

const delayUntil = (at: Date, now: Date): number => Math.max(0, at.getTime() - now.getTime());

/**
 * One helper per job whose id makes it idempotent: the id is built here and nowhere else, so a repeated
 * or concurrent producer lands on the same BullMQ job.
 */
export const Jobs = {
  deliver: (messageId: string) => jobRow('message.deliver', { messageId }, { jobId: `deliver-${messageId}` }),
  evaluate: (conversationId: string, messageId: string) => jobRow('automation.evaluate', { conversationId, messageId }, { jobId: `evaluate-${messageId}` }),
  fetchProfile: (contactId: string) => jobRow('contact.fetch-profile', { contactId }, { jobId: `profile-${contactId}` }),
  mentions: (messageId: string) => jobRow('note.mentions', { messageId }, { jobId: `mentions-${messageId}` }),
  /** What follows every change of a conversation: one job per version. */
  conversationChanged: (conversationId: string, version: number | string, types: string[], actorId: string | null) =>
    jobRow('conversation.changed', { conversationId, version: String(version), types, actorId }, { jobId: `changed-${conversationId}-${version}` }),
  wake: (conversationId: string, until: Date, now: Date) =>
    jobRow('conversation.wake', { conversationId, snoozedUntil: until.toISOString() }, { jobId: `wake-${conversationId}-${until.getTime()}`, delayMs: until.getTime() - now.getTime() }),
  autoResolve: (conversationId: string, due: Date, now: Date) =>
    jobRow('conversation.auto-resolve', { conversationId, dueAt: due.toISOString() }, { jobId: `autoresolve-${conversationId}-${due.getTime()}`, delayMs: delayUntil(due, now) }),
  /** An SLA reminder or breach timer, fired at `at` for the clock due at `dueAt`. */
  slaTimer: (kind: 'remind' | 'breach', conversationId: string, target: SlaTargetName, dueAt: Date, at: Date, now: Date) => {
    const payload = { conversationId, target, dueAt: dueAt.toISOString() };
    const options = { jobId: `sla-${kind}-${conversationId}-${target}-${dueAt.getTime()}`, delayMs: delayUntil(at, now) };
    return kind === 'remind' ? jobRow('sla.remind', payload, options) : jobRow('sla.breach', payload, options);
  },
  /** Serve waiting conversations (of one inbox, or of all with null): a new run each time it is asked for. */
  drainAssignments: (inboxId: string | null, reason: string, now = new Date()) =>
    jobRow('assignment.drain', { inboxId }, { jobId: `drain-${reason}-${now.getTime()}` }),
};

/**
 * The INSERT of outbox rows handed to a statement as one JSON parameter (`param`, e.g. '$13'), in their
 * order; `from` names CTEs the insert depends on (it writes nothing when one of them is empty).
 */
export function outboxInsertSql(param: string, from: string[] = []): string {
  return `INSERT INTO outbox (kind, name, payload, options)
    SELECT r->>'kind', r->>'name', r->'payload', r->'options'
    FROM ${[...from, `jsonb_array_elements(${param}::jsonb) WITH ORDINALITY AS x(r, n)`].join(', ')} ORDER BY n`;
}
