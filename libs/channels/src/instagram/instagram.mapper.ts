import type { MapResult } from '../mapper.types.js';
import { mapMetaWebhook } from '../meta/meta-messaging.mapper.js';

/** Maps an Instagram webhook (`object: "instagram"`); accountId is the professional account id (`entry[].id`). */
export function mapInstagramWebhook(body: unknown): MapResult {
  return mapMetaWebhook(body, 'instagram', 'instagram');
}
