import type { InboundEvent } from '@parley/contracts';

/** One normalized event plus the platform account it was addressed to, so the caller can check the inbox owns it. */
export interface MappedEvent {
  /** Page id, Instagram account id, WhatsApp phone_number_id, or the API channel's key. */
  accountId: string;
  event: InboundEvent;
}

/** Where in the payload an event could not be mapped (e.g. `entry[0].messaging[2]`) and why. */
export interface MapError {
  index: string;
  reason: string;
}

/** Mappers never throw for one bad event: the good ones still flow, the bad ones are reported. */
export interface MapResult {
  events: MappedEvent[];
  errors: MapError[];
}

/** The envelope itself is not what the platform sends: the whole request should be rejected (400). */
export class WebhookPayloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookPayloadError';
  }
}

/** Thrown by mappers of one item: caught by the batch loop and turned into a MapError. */
export class EventMappingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EventMappingError';
  }
}

export const unsupported = (kind: string): EventMappingError =>
  new EventMappingError(`unsupported event kind: ${kind}`);

/** Runs one item's mapper and files a failure under its index, so one bad event never loses the rest. */
export function collect(result: MapResult, index: string, map: () => MappedEvent[]): void {
  try {
    result.events.push(...map());
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    result.errors.push({ index, reason });
  }
}

/** Checks the outer `{ object, entry: [] }` shape every Meta webhook shares; anything else is not a webhook we know. */
export function readMetaEnvelope(body: unknown, expectedObject: string): unknown[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new WebhookPayloadError('webhook body is not a JSON object');
  }
  const { object, entry } = body as Record<string, unknown>;
  if (object !== expectedObject) {
    throw new WebhookPayloadError(`webhook object is ${JSON.stringify(object)}, expected "${expectedObject}"`);
  }
  if (!Array.isArray(entry)) throw new WebhookPayloadError('webhook entry is not an array');
  return entry;
}
