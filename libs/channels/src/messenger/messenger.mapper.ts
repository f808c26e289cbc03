import type { MapResult } from '../mapper.types.js';
import { mapMetaWebhook } from '../meta/meta-messaging.mapper.js';

/** Maps a Messenger webhook (`object: "page"`); accountId is the Facebook page id (`entry[].id`). */
export function mapMessengerWebhook(body: unknown): MapResult {
  return mapMetaWebhook(body, 'page', 'messenger');
}
