import type { InboundEvent } from '@parley/contracts';
import { compact, isObject, optArray, optId, optNumber, optString, reqId, reqMillis, reqObject, type JsonObject } from '../json.util.js';
import { collect, EventMappingError, readMetaEnvelope, unsupported, type MapResult } from '../mapper.types.js';
import { mapMetaMessage } from './meta-message.mapper.js';
import type { MetaChannel, MetaParties } from './meta.types.js';

// Standby events are the same shape, delivered while another app (e.g. a bot) holds the thread (Meta's
// handover protocol): they are flagged so the thread keeps them as context, not as a question to answer.
const EVENT_LISTS = ['messaging', 'standby'] as const;

/** Maps a Messenger (`object: page`) or Instagram (`object: instagram`) webhook, one event at a time. */
export function mapMetaWebhook(body: unknown, expectedObject: string, channel: MetaChannel): MapResult {
  const result: MapResult = { events: [], errors: [] };
  readMetaEnvelope(body, expectedObject).forEach((entry, e) => {
    let accountId: string | undefined;
    try { accountId = isObject(entry) ? optId(entry.id) : undefined; } catch { accountId = undefined; }
    if (!isObject(entry) || accountId === undefined) {
      result.errors.push({ index: `entry[${e}]`, reason: 'entry is not an object with an id' });
      return;
    }
    const owner = accountId;
    for (const list of EVENT_LISTS) {
      collect(result, `entry[${e}].${list}`, () => {
        optArray(entry[list], list).forEach((item, i) =>
          collect(result, `entry[${e}].${list}[${i}]`, () => [
            { accountId: owner, event: markStandby(mapMetaMessaging(item, channel, optNumber(entry.time)), list === 'standby') },
          ]),
        );
        return [];
      });
    }
    // `changes[]` carries comments, mentions and feed updates: not direct messages.
    if (entry.changes !== undefined) result.errors.push({ index: `entry[${e}].changes`, reason: 'unsupported event kind: changes' });
  });
  return result;
}

function markStandby(event: InboundEvent, standby: boolean): InboundEvent {
  return standby && (event.type === 'message' || event.type === 'echo') ? { ...event, standby: true } : event;
}

/** Maps one `messaging[]` item by the one key that names its kind. */
export function mapMetaMessaging(raw: unknown, channel: MetaChannel, entryTime?: number): InboundEvent {
  const item = reqObject(raw, 'event');
  const parties: MetaParties = {
    senderId: reqId(reqObject(item.sender, 'sender').id, 'sender.id'),
    recipientId: reqId(reqObject(item.recipient, 'recipient').id, 'recipient.id'),
    timestamp: reqMillis(item.timestamp ?? entryTime, 'timestamp'),
  };
  const { senderId, timestamp } = parties;
  const base = { channel, timestamp, contactPlatformId: senderId };
  if (item.message !== undefined) return mapMetaMessage(reqObject(item.message, 'message'), parties, channel);
  if (item.postback !== undefined) return mapPostback(reqObject(item.postback, 'postback'), parties, channel);
  if (item.delivery !== undefined) {
    const delivery = reqObject(item.delivery, 'delivery');
    const mids = optArray(delivery.mids, 'delivery.mids').map((mid, i) => reqId(mid, `delivery.mids[${i}]`));
    return compact({
      type: 'status', status: 'delivered', ...base,
      platformMessageIds: mids.length > 0 ? mids : undefined, watermark: optNumber(delivery.watermark),
    });
  }
  if (item.read !== undefined) {
    // Messenger reads carry a watermark (everything up to then); Instagram reads name one `mid`.
    const read = reqObject(item.read, 'read');
    const mid = optId(read.mid);
    const watermark = optNumber(read.watermark);
    if (mid === undefined && watermark === undefined) throw new EventMappingError('read has neither mid nor watermark');
    return compact({ type: 'status', status: 'read', ...base, platformMessageIds: mid ? [mid] : undefined, watermark });
  }
  if (item.reaction !== undefined) {
    const reaction = reqObject(item.reaction, 'reaction');
    const removed = reaction.action === 'unreact';
    const emoji = removed ? undefined : (optString(reaction.emoji) ?? optString(reaction.reaction));
    return compact({ type: 'reaction', ...base, platformMessageId: reqId(reaction.mid, 'reaction.mid'), emoji });
  }
  if (item.message_edit !== undefined) {
    const edit = reqObject(item.message_edit, 'message_edit');
    const text = typeof edit.text === 'string' ? edit.text : undefined;
    if (text === undefined) throw new EventMappingError('message_edit.text is missing');
    return { type: 'edit', ...base, platformMessageId: reqId(edit.mid, 'message_edit.mid'), text };
  }
  throw unsupported(kindOf(item));
}

/** A button tap: shown to the agent as the button's title, with its payload for automations. */
function mapPostback(postback: JsonObject, parties: MetaParties, channel: MetaChannel): InboundEvent {
  const { senderId, timestamp } = parties;
  // Old postbacks carry no mid: derive a stable id so retries of the same tap still dedupe.
  const mid = optString(postback.mid) ?? `postback:${senderId}:${timestamp}`;
  return compact({
    type: 'message', channel, timestamp, contact: { platformId: senderId }, platformMessageId: mid,
    text: optString(postback.title), attachments: [], payload: optString(postback.payload),
  });
}

function kindOf(item: JsonObject): string {
  return Object.keys(item).find((key) => !['sender', 'recipient', 'timestamp'].includes(key)) ?? 'empty';
}
