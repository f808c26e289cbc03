export type IngestOutcome =
  | { result: 'stored'; messageId: string; conversationId: string; conversationCreated: boolean }
  | { result: 'duplicate'; messageId: string | null }
  | { result: 'updated'; messageIds: string[] }
  | { result: 'ignored'; reason: string };
