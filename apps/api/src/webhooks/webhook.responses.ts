import { BoolProp, EnumProp, IdProp, IdsProp, IntProp, ListProp, StrProp } from '../http/response-props.js';
import type { WebhookReceipt } from './webhook.service.js';

/** One event's outcome (API channel only); which fields are present depends on `result`. */
export class IngestOutcomeResponse {
  @EnumProp(['stored', 'duplicate', 'updated', 'ignored', 'rejected'], 'stored') result: string;
  @IdProp({ optional: true, nullable: true, description: 'stored, duplicate' }) messageId?: string | null;
  @IdProp({ optional: true, description: 'stored' }) conversationId?: string;
  @BoolProp(true, { optional: true, description: 'stored' }) conversationCreated?: boolean;
  @IdsProp({ optional: true, description: 'updated' }) messageIds?: string[];
  @StrProp('unknown message', { optional: true, description: 'ignored, rejected (why the database refused it)' }) reason?: string;
}

export class WebhookReceiptResponse implements Omit<WebhookReceipt, 'results'> {
  @IntProp(1, { description: 'events in the body' }) received: number;
  @IntProp(1) stored: number;
  @IntProp(0, { description: 'already stored: a redelivery changes nothing' }) duplicates: number;
  @IntProp(0, { description: 'receipts, reactions, edits applied' }) updated: number;
  @IntProp(0, { description: 'for an account whose inbox has another app secret than the one that signed, or nothing to do' }) ignored: number;
  @IntProp(0, { description: 'events that could not be read or stored (logged); the rest of the batch is stored' }) rejected: number;
  @IntProp(0, { description: 'events for accounts no inbox is connected to: stored nowhere, counted for the admins' }) unknown: number;
  @IntProp(0, { description: 'events of a large batch stored for the worker to ingest after this answer' }) queued: number;
  @ListProp(() => IngestOutcomeResponse, { optional: true, description: 'API channel: one outcome per event, in order' }) results?: IngestOutcomeResponse[];
}
