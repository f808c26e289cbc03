import type { ChannelType } from '@parley/contracts';
import { mapApiWebhook, mapInstagramWebhook, mapMessengerWebhook, mapWhatsAppWebhook, type MapResult } from '@parley/channels';

/** Each channel's payload mapper; the webhook path names the channel. */
export const WEBHOOK_MAPPERS: Record<ChannelType, (body: unknown) => MapResult> = {
  messenger: mapMessengerWebhook,
  instagram: mapInstagramWebhook,
  whatsapp: mapWhatsAppWebhook,
  api: (body) => mapApiWebhook(body),
};
