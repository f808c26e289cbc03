import type { Attachment, InboundEvent } from '@parley/contracts';
import { compact, isObject, optArray, optId, optString, reqId, reqObject, reqSecondsString, type JsonObject } from '../json.util.js';
import { EventMappingError, unsupported } from '../mapper.types.js';
import {
  isWhatsAppMediaType, mapWhatsAppContacts, mapWhatsAppLocation, mapWhatsAppMedia, readInteractive,
} from './whatsapp-media.mapper.js';

interface Body {
  text?: string;
  attachments: Attachment[];
  payload?: string;
}

/** Maps one `value.messages[]` item; `names` holds the profile names from `value.contacts[]`. */
export function mapWhatsAppMessage(raw: unknown, names: Map<string, string>): InboundEvent {
  const message = reqObject(raw, 'message');
  const from = reqId(message.from, 'message.from');
  const id = reqId(message.id, 'message.id');
  const timestamp = reqSecondsString(message.timestamp, 'message.timestamp');
  const type = optString(message.type) ?? 'missing';
  if (type === 'reaction') {
    const reaction = reqObject(message.reaction, 'reaction');
    // A removed reaction is the same event without `emoji` (or with an empty one).
    return compact({
      type: 'reaction', channel: 'whatsapp', timestamp, contactPlatformId: from,
      platformMessageId: reqId(reaction.message_id, 'reaction.message_id'), emoji: optString(reaction.emoji),
    });
  }
  const body = readBody(type, message);
  const context = isObject(message.context) ? message.context : {};
  return compact({
    type: 'message', channel: 'whatsapp', timestamp, platformMessageId: id,
    contact: compact({ platformId: from, name: names.get(from) }),
    ...body, replyToPlatformId: optId(context.id),
  });
}

function readBody(type: string, message: JsonObject): Body {
  if (isWhatsAppMediaType(type)) return { attachments: [mapWhatsAppMedia(type, message[type])] };
  switch (type) {
    case 'text': {
      const text = optString(reqObject(message.text, 'text').body);
      if (text === undefined) throw new EventMappingError('text.body is missing');
      return { text, attachments: [] };
    }
    case 'location':
      return { attachments: [mapWhatsAppLocation(message.location)] };
    case 'contacts':
      return { attachments: mapWhatsAppContacts(message.contacts) };
    case 'interactive':
      return { ...readInteractive(reqObject(message.interactive, 'interactive')), attachments: [] };
    case 'button': {
      // A tap on a template's quick-reply button.
      const button = reqObject(message.button, 'button');
      return { text: optString(button.text), payload: optString(button.payload), attachments: [] };
    }
    case 'unsupported':
    case 'unknown': {
      const errors = optArray(message.errors, 'errors');
      const first = isObject(errors[0]) ? errors[0] : {};
      const reason = optString(isObject(first.error_data) ? first.error_data.details : undefined) ?? optString(first.title);
      const title = `Unsupported message: open WhatsApp to see it.${reason ? ` (${reason})` : ''}`;
      return { attachments: [{ type: 'fallback', title }] };
    }
    default:
      throw unsupported(`whatsapp message type ${type}`);
  }
}
