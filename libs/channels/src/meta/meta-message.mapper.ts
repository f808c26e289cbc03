import type { Attachment, InboundEvent } from '@parley/contracts';
import { compact, isObject, optArray, optHttpUrl, optId, optString, reqId, type JsonObject } from '../json.util.js';
import { EventMappingError } from '../mapper.types.js';
import { mapMetaAttachment } from './meta-attachment.mapper.js';
import type { MetaChannel, MetaParties } from './meta.types.js';

/** Maps `messaging[].message`: a customer message, an echo of ours, an unsend, or an unsupported one. */
export function mapMetaMessage(message: JsonObject, parties: MetaParties, channel: MetaChannel): InboundEvent {
  const { senderId, recipientId, timestamp } = parties;
  const mid = reqId(message.mid, 'message.mid');
  const isEcho = message.is_echo === true;
  // On an echo the page is the sender: the customer is the recipient.
  const customerId = isEcho ? recipientId : senderId;
  if (message.is_deleted === true) {
    return { type: 'delete', channel, timestamp, contactPlatformId: customerId, platformMessageId: mid };
  }
  const text = optString(message.text);
  const attachments = optArray(message.attachments, 'message.attachments').map((item, i) =>
    mapMetaAttachment(item, `message.attachments[${i}]`),
  );
  const reply = readReplyTo(message.reply_to);
  if (reply.story) attachments.push(reply.story);
  if (message.is_unsupported === true) {
    // The customer sent something the API cannot carry (e.g. a poll): tell the agent rather than drop it.
    attachments.push({ type: 'fallback', title: 'Unsupported message: open the native app to see it.' });
  }
  if (text === undefined && attachments.length === 0) {
    throw new EventMappingError('message has neither text nor attachments');
  }
  if (isEcho) {
    return compact({
      type: 'echo', channel, timestamp, contact: { platformId: customerId }, platformMessageId: mid,
      text, attachments, metadata: optString(message.metadata), appId: optId(message.app_id),
    });
  }
  const quickReply = isObject(message.quick_reply) ? optString(message.quick_reply.payload) : undefined;
  return compact({
    type: 'message', channel, timestamp, contact: { platformId: customerId }, platformMessageId: mid,
    text, attachments, replyToPlatformId: reply.id, payload: quickReply,
  });
}

/**
 * `reply_to.mid` answers one of our messages; `reply_to.story` answers the account's Instagram story: that
 * is a reply (kept with the story's id, as `story_reply`), not a mention of the account in the customer's story.
 */
function readReplyTo(raw: unknown): { id?: string; story?: Attachment } {
  if (!isObject(raw)) return {};
  const mid = optId(raw.mid);
  if (mid !== undefined) return { id: mid };
  if (!isObject(raw.story)) return {};
  const storyId = optId(raw.story.id);
  const story: Attachment = compact({ type: 'story_reply', url: optHttpUrl(raw.story.url, 'message.reply_to.story.url'), storyId, title: 'Replied to your story' });
  return { id: storyId, story };
}
