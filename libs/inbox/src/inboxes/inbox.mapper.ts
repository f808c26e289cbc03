import type { InboxDto } from '@parley/contracts';
import type { InboxEntity } from '@parley/core';

export const webhookPath = (inbox: Pick<InboxEntity, 'id' | 'channel'>): string => `/api/webhooks/${inbox.channel}/${inbox.id}`;

/**
 * The URL to paste into the Meta app once per product: entries are routed by the account they name, so
 * every Page, Instagram account and WhatsApp number of the app shares it. The API channel has none.
 */
export const appWebhookPath = (inbox: Pick<InboxEntity, 'channel'>): string | null =>
  inbox.channel === 'api' ? null : `/api/webhooks/${inbox.channel}`;

/**
 * Secrets are reduced to "is one set?" here and nowhere else leave the server. The verify token (a shared
 * secret of Meta's webhook handshake) goes to admins only, who paste it into the Meta app.
 */
export const toInboxDto = (inbox: InboxEntity, memberIds: string[], viewer: { role: string }): InboxDto => ({
  id: inbox.id,
  name: inbox.name,
  channel: inbox.channel,
  platformAccountId: inbox.platformAccountId,
  webhookPath: webhookPath(inbox),
  appWebhookPath: appWebhookPath(inbox),
  verifyToken: viewer.role === 'admin' ? inbox.verifyToken : null,
  hasAppSecret: inbox.hasAppSecret,
  hasAccessToken: inbox.hasAccessToken,
  unarchiveOnIncoming: inbox.unarchiveOnIncoming,
  credentialsInvalid: inbox.credentialsInvalid,
  memberIds,
  createdAt: inbox.createdAt.toISOString(),
});
