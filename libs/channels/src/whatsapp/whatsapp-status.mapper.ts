import type { InboundEvent, InboundStatusEvent } from '@parley/contracts';
import { compact, isObject, optArray, optString, reqId, reqObject, reqSecondsString } from '../json.util.js';
import { unsupported } from '../mapper.types.js';

// A voice note's `played` is a stronger `read`; the ordering guard lives with the message store.
const STATUS_MAP: Record<string, InboundStatusEvent['status']> = {
  sent: 'sent', delivered: 'delivered', read: 'read', played: 'read', failed: 'failed',
};

/** Maps one `value.statuses[]` item about a message we sent. */
export function mapWhatsAppStatus(raw: unknown): InboundEvent {
  const item = reqObject(raw, 'status');
  const name = optString(item.status) ?? 'missing';
  const status = Object.hasOwn(STATUS_MAP, name) ? STATUS_MAP[name] : undefined;
  if (status === undefined) throw unsupported(`whatsapp status ${name}`);
  return compact({
    type: 'status', channel: 'whatsapp', status,
    timestamp: reqSecondsString(item.timestamp, 'status.timestamp'),
    contactPlatformId: reqId(item.recipient_id, 'status.recipient_id'),
    platformMessageIds: [reqId(item.id, 'status.id')],
    callbackData: optString(item.biz_opaque_callback_data),
    error: readError(item.errors),
  });
}

/** The first error, in the words most useful to an agent: details beat the generic title. */
function readError(raw: unknown): { code: string; message: string } | undefined {
  const first = optArray(raw, 'status.errors')[0];
  if (!isObject(first)) return undefined;
  const details = isObject(first.error_data) ? optString(first.error_data.details) : undefined;
  const message = details ?? optString(first.message) ?? optString(first.title) ?? 'Unknown WhatsApp error';
  return { code: String(first.code ?? 'unknown'), message };
}
