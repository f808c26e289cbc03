import type { InboundMessageEvent } from '@parley/contracts';
import { compact } from '../json.util.js';
import type { MapResult } from '../mapper.types.js';
import { validateApiPayload } from './api-channel.validator.js';

export interface ApiMapOptions {
  /** The API inbox's key (from the webhook URL): the payload itself names no account. */
  accountId?: string;
  /** Clock for messages sent without a timestamp; injectable so tests are deterministic. */
  now?: () => number;
}

/**
 * Maps an API channel body into one incoming message.
 * Unlike the Meta mappers this is all-or-nothing: the body is one message, and a bad one throws
 * ApiChannelPayloadError with every problem so the integrator gets a useful 400.
 */
export function mapApiWebhook(body: unknown, options: ApiMapOptions = {}): MapResult {
  const { contact, message } = validateApiPayload(body);
  const now = options.now ?? Date.now;
  const timestamp =
    message.timestamp === undefined ? now()
      : typeof message.timestamp === 'number' ? message.timestamp
        : Date.parse(message.timestamp);
  const event: InboundMessageEvent = compact({
    type: 'message', channel: 'api', timestamp, platformMessageId: message.id,
    contact: compact({ platformId: contact.id, name: contact.name, avatarUrl: contact.avatarUrl }),
    text: message.text === undefined || message.text.trim() === '' ? undefined : message.text,
    attachments: (message.attachments ?? []).map((attachment) => compact({ ...attachment })),
  });
  return { events: [{ accountId: options.accountId ?? 'api', event }], errors: [] };
}
