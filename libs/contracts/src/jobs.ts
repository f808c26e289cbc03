/**
 * The job catalog: every queue job's name and payload in one discriminated union. Jobs carry ids, never
 * entities: a processor re-reads the state and does nothing if it has moved on.
 */
export interface JobPayloads {
  'message.deliver': { messageId: string };
  'contact.fetch-profile': { contactId: string };
  'conversation.wake': { conversationId: string; snoozedUntil: string };
  /** After each incoming customer message: auto-replies, SLA clocks, auto-assignment. */
  'automation.evaluate': { conversationId: string; messageId: string };
  /** After any change to a conversation (one per version): SLA clocks, assignment notifications, auto-resolve. */
  'conversation.changed': { conversationId: string; version: string; types: string[]; actorId: string | null };
  'sla.remind': { conversationId: string; target: SlaTargetName; dueAt: string };
  'sla.breach': { conversationId: string; target: SlaTargetName; dueAt: string };
  /** Repeating: catches any reminder, breach, auto-resolve or assignment that a lost job missed. */
  'automation.sweep': { at?: string };
  'conversation.auto-resolve': { conversationId: string; dueAt: string };
  /** Assigns waiting conversations of one inbox (or of every auto-assigning inbox when null). */
  'assignment.drain': { inboxId: string | null };
  'note.mentions': { messageId: string };
  /**
   * A large webhook batch, stored (webhook_batches) before the platform gets its 200 and ingested here; the
   * row is deleted once ingested, so a batch whose job Redis lost is found and ingested again (harmlessly).
   */
  'webhook.ingest-batch': { batchId: string };
  /** Repeating: tells admins when a usually busy channel has gone silent. */
  'channels.check-health': { at?: string };
  /** Nightly (and on demand): deletes the conversations of one inbox (or every inbox with retention when null) resolved too long ago. */
  'retention.purge': { inboxId: string | null };
}
export type SlaTargetName = 'firstResponse' | 'nextResponse' | 'resolution';
export type JobName = keyof JobPayloads;

/** One queue per concern, so a slow platform never delays snoozes. */
export const JOB_QUEUES: Record<JobName, string> = {
  'message.deliver': 'delivery',
  'contact.fetch-profile': 'contacts',
  'conversation.wake': 'conversations',
  'automation.evaluate': 'automation',
  'conversation.changed': 'automation',
  'conversation.auto-resolve': 'automation',
  'assignment.drain': 'automation',
  'note.mentions': 'automation',
  // Timed jobs on a queue of their own: nothing bulk ever waits in front of a reminder or a breach.
  'sla.remind': 'sla-timers',
  'sla.breach': 'sla-timers',
  'automation.sweep': 'sla',
  'webhook.ingest-batch': 'ingestion',
  'channels.check-health': 'sla',
  'retention.purge': 'maintenance',
};

/**
 * The deterministic BullMQ job id of each piece of work PostgreSQL records as due. Producers and the
 * reconciler both use these: a job re-enqueued after Redis lost it finds its twin, if any, and adds nothing.
 */
export const JOB_IDS = {
  deliver: (messageId: string) => `deliver-${messageId}`,
  evaluate: (messageId: string) => `evaluate-${messageId}`,
  profile: (contactId: string) => `profile-${contactId}`,
  wake: (conversationId: string, until: Date) => `wake-${conversationId}-${until.getTime()}`,
  slaTimer: (kind: 'remind' | 'breach', conversationId: string, target: SlaTargetName, dueAt: Date) =>
    `sla-${kind}-${conversationId}-${target}-${dueAt.getTime()}`,
  batch: (batchId: string) => `batch-${batchId}`,
} as const;
