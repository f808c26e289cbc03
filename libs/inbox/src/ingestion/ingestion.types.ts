export type IngestOutcome =
  | { result: 'stored'; messageId: string; conversationId: string; conversationCreated: boolean }
  | { result: 'duplicate'; messageId: string | null }
  | { result: 'updated'; messageIds: string[] }
  | { result: 'ignored'; reason: string }
  /** the database refused the event's content (e.g. a value out of range): logged, never retried */
  | { result: 'rejected'; reason: string };
