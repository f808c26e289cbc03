import type { Attachment } from '@parley/contracts';
import { compact, isObject, optArray, optHttpUrl, optId, optNumber, optString, reqObject, type JsonObject } from '../json.util.js';
import { EventMappingError } from '../mapper.types.js';

/** An Attachment plus the media hash WhatsApp sends, so a downloader can verify the bytes it fetches. */
export type WhatsAppAttachment = Attachment & { sha256?: string };

/** Prefix for media known only by id: the bytes must be fetched from the Graph API with the number's token. */
export const WHATSAPP_MEDIA_PREFIX = 'whatsapp-media:';

const MEDIA_TYPES = { image: 'image', audio: 'audio', video: 'video', document: 'file', sticker: 'sticker' } as const;
export type WhatsAppMediaType = keyof typeof MEDIA_TYPES;

export function isWhatsAppMediaType(type: string): type is WhatsAppMediaType {
  return Object.hasOwn(MEDIA_TYPES, type);
}

export function mapWhatsAppMedia(type: WhatsAppMediaType, raw: unknown): WhatsAppAttachment {
  const media = reqObject(raw, type);
  const id = optId(media.id);
  // `url` is rolling out since 2025-11; older payloads carry only the media id.
  const url = optHttpUrl(media.url, `${type}.url`) ?? (id !== undefined ? `${WHATSAPP_MEDIA_PREFIX}${id}` : undefined);
  if (url === undefined) throw new EventMappingError(`${type} has neither id nor url`);
  return compact({
    type: MEDIA_TYPES[type], url, mime: optString(media.mime_type), caption: optString(media.caption),
    name: optString(media.filename), sha256: optString(media.sha256),
  });
}

export function mapWhatsAppLocation(raw: unknown): Attachment {
  const location = reqObject(raw, 'location');
  const latitude = optNumber(location.latitude);
  const longitude = optNumber(location.longitude);
  if (latitude === undefined || longitude === undefined) throw new EventMappingError('location has no coordinates');
  return compact({
    type: 'location', latitude, longitude, title: optString(location.name),
    caption: optString(location.address), url: optHttpUrl(location.url, 'location.url'),
  });
}

/** Shared contact cards: one attachment each, named, with the phone numbers as caption. */
export function mapWhatsAppContacts(raw: unknown): Attachment[] {
  return optArray(raw, 'contacts').map((card, i) => {
    const contact = reqObject(card, `contacts[${i}]`);
    const name = isObject(contact.name) ? optString(contact.name.formatted_name) : undefined;
    const phones = optArray(contact.phones, `contacts[${i}].phones`)
      .map((phone) => (isObject(phone) ? optString(phone.phone) : undefined))
      .filter((phone): phone is string => phone !== undefined);
    return compact({ type: 'contacts', title: name, caption: phones.length > 0 ? phones.join(', ') : undefined });
  });
}

export function readInteractive(raw: JsonObject): { text?: string; payload?: string } {
  const kind = optString(raw.type) ?? 'unknown';
  const reply = raw[kind];
  if (kind === 'button_reply' || kind === 'list_reply') {
    const chosen = reqObject(reply, `interactive.${kind}`);
    return { text: optString(chosen.title), payload: optId(chosen.id) };
  }
  if (kind === 'nfm_reply') {
    // WhatsApp Flows: the form answers arrive as a JSON string; keep it as the payload.
    const form = reqObject(reply, 'interactive.nfm_reply');
    return { text: optString(form.body) ?? 'Form submitted', payload: optString(form.response_json) };
  }
  throw new EventMappingError(`unsupported event kind: interactive ${kind}`);
}
