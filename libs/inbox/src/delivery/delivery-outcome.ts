/** What a delivery attempt came to; the job turns `retry` into a thrown error so BullMQ backs off. */
export type DeliveryOutcome =
  | { kind: 'sent'; platformMessageId: string | null }
  | { kind: 'skipped'; reason: string }
  | { kind: 'failed'; code: string; message: string }
  | { kind: 'retry'; reason: string };

/** How long a Meta echo may take to arrive after a send whose answer we never recorded. */
export const ECHO_GRACE_MS = 60_000;
