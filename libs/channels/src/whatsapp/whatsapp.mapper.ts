import { isObject, optArray, optId, optString, reqObject, type JsonObject } from '../json.util.js';
import { collect, EventMappingError, readMetaEnvelope, unsupported, type MapResult } from '../mapper.types.js';
import { mapWhatsAppMessage } from './whatsapp-message.mapper.js';
import { mapWhatsAppStatus } from './whatsapp-status.mapper.js';

/**
 * Maps a WhatsApp Cloud API webhook (`object: "whatsapp_business_account"`).
 * accountId is `value.metadata.phone_number_id`: one WABA can hold several numbers, each its own inbox.
 */
export function mapWhatsAppWebhook(body: unknown): MapResult {
  const result: MapResult = { events: [], errors: [] };
  readMetaEnvelope(body, 'whatsapp_business_account').forEach((entry, e) => {
    collect(result, `entry[${e}]`, () => {
      optArray(reqObject(entry, 'entry').changes, 'changes').forEach((change, c) =>
        collect(result, `entry[${e}].changes[${c}]`, () => {
          mapChange(reqObject(change, 'change'), `entry[${e}].changes[${c}].value`, result);
          return [];
        }),
      );
      return [];
    });
  });
  return result;
}

function mapChange(change: JsonObject, path: string, result: MapResult): void {
  // Other fields (template status, account updates, ...) are not conversations.
  if (change.field !== 'messages') throw unsupported(String(change.field));
  const value = reqObject(change.value, 'value');
  const metadata = reqObject(value.metadata, 'value.metadata');
  const accountId = optId(metadata.phone_number_id);
  if (accountId === undefined) throw new EventMappingError('value.metadata.phone_number_id is missing');
  const names = contactNames(value.contacts);
  optArray(value.messages, 'messages').forEach((message, i) =>
    collect(result, `${path}.messages[${i}]`, () => [{ accountId, event: mapWhatsAppMessage(message, names) }]),
  );
  optArray(value.statuses, 'statuses').forEach((status, i) =>
    collect(result, `${path}.statuses[${i}]`, () => [{ accountId, event: mapWhatsAppStatus(status) }]),
  );
  // Errors Meta could not tie to a message (e.g. a system outage) are reported, not silently dropped.
  optArray(value.errors, 'errors').forEach((error, i) => {
    const detail = isObject(error) ? `${String(error.code)} ${optString(error.title) ?? ''}`.trim() : 'unknown';
    result.errors.push({ index: `${path}.errors[${i}]`, reason: `platform error: ${detail}` });
  });
}

/** wa_id → profile name, so each message can name its contact. */
function contactNames(raw: unknown): Map<string, string> {
  const names = new Map<string, string>();
  if (!Array.isArray(raw)) return names;
  for (const contact of raw) {
    if (!isObject(contact) || !isObject(contact.profile)) continue;
    const waId = optId(contact.wa_id);
    const name = optString(contact.profile.name);
    if (waId !== undefined && name !== undefined) names.set(waId, name);
  }
  return names;
}
