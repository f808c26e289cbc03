/**
 * The job catalog: every queue job's name and payload in one discriminated union. Jobs carry ids, never
 * entities: a processor re-reads the state and does nothing if it has moved on.
 */
export interface JobPayloads {
  'message.deliver': { messageId: string };
  'contact.fetch-profile': { contactId: string };
  'conversation.wake': { conversationId: string; snoozedUntil: string };
}
export type JobName = keyof JobPayloads;
export type JobOf<N extends JobName> = { name: N; data: JobPayloads[N] };
export type AnyJob = { [N in JobName]: JobOf<N> }[JobName];

/** One queue per concern, so a slow platform never delays snoozes. */
export const JOB_QUEUES: Record<JobName, string> = {
  'message.deliver': 'delivery',
  'contact.fetch-profile': 'contacts',
  'conversation.wake': 'conversations',
};
