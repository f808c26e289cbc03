import type { Attachment } from '@parley/contracts';
import { compact, isObject, optHttpUrl, optNumber, optString, reqObject, type JsonObject } from '../json.util.js';

/** Maps one Messenger/Instagram `attachments[]` item; unknown kinds become `fallback` so the message is never lost. */
export function mapMetaAttachment(raw: unknown, path: string): Attachment {
  const item = reqObject(raw, path);
  const payload: JsonObject = isObject(item.payload) ? item.payload : {};
  const type = optString(item.type) ?? 'fallback';
  const url = optHttpUrl(payload.url, `${path}.payload.url`) ?? optHttpUrl(item.url, `${path}.url`);
  const title = optString(payload.title) ?? optString(item.title);
  switch (type) {
    case 'image':
      // Stickers arrive as `image` with a sticker_id until Meta's 2026-08-30 switch to `type: "sticker"`.
      return payload.sticker_id !== undefined ? compact({ type: 'sticker', url }) : compact({ type: 'image', url });
    case 'audio':
    case 'video':
    case 'file':
    case 'sticker':
    case 'story_mention':
      return compact({ type, url, title });
    case 'share':
    case 'ig_post':
      return compact({ type: 'share', url, title });
    case 'reel':
    case 'ig_reel':
      return compact({ type: 'reel', url, title });
    case 'location':
      return mapLocation(payload, title, url);
    default:
      // `fallback`, `template` and kinds Meta adds later: keep what a human can open.
      return compact({ type: 'fallback', url, title });
  }
}

function mapLocation(payload: JsonObject, title: string | undefined, url: string | undefined): Attachment {
  const coordinates = isObject(payload.coordinates) ? payload.coordinates : {};
  const latitude = optNumber(coordinates.lat);
  const longitude = optNumber(coordinates.long);
  return compact({ type: 'location', url, latitude, longitude, title });
}
