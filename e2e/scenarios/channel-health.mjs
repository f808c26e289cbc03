// Channel health in the browser: a page token that Meta rejects (Graph error 190) turns the inbox's card to
// "Reconnect needed" on the manager's panel, with the failure in plain words, and the admins are told once.
import { randomBytes } from 'node:crypto';
import { messengerText, postMessengerWebhook } from '../support/api-client.mjs';
import { eventually, openBrowser, signIn } from '../support/browser.mjs';

// Meta's answer to an expired or revoked page token (test/fixtures/webhooks/contracts/send-api-examples.json).
const TOKEN_INVALID = {
  status: 400,
  body: { error: { message: 'Invalid OAuth access token.', type: 'OAuthException', code: 190, error_subcode: 460, fbtrace_id: 'BLBz/WZt8dN' } },
};

export const channelHealth = [
  {
    name: 'a token rejected by the platform shows "reconnect needed" on the channel-health panel',
    async run(ctx) {
      const inbox = { pageId: '204823458934777', appSecret: randomBytes(24).toString('hex') };
      const created = await ctx.admin.post('/api/inboxes', {
        name: 'Outlet on Messenger', channel: 'messenger', platformAccountId: inbox.pageId, appSecret: inbox.appSecret, accessToken: 'soon-revoked-token',
      });
      inbox.id = created.id;
      await postMessengerWebhook(ctx.baseUrl, inbox, messengerText({ pageId: inbox.pageId, psid: 'psid-health', mid: 'm_health_e2e', text: 'Is the outlet open?' }));
      const { items } = await ctx.admin.get(`/api/conversations?inboxId=${inbox.id}&view=all&status=any`);
      ctx.graph.replyWith(TOKEN_INVALID, TOKEN_INVALID);
      for (const text of ['Yes, until 8 pm', 'And on Sundays too']) {
        const { message } = await ctx.admin.post(`/api/conversations/${items[0].id}/messages`, { text });
        await eventually(async () => (await ctx.admin.get(`/api/conversations/${items[0].id}/messages`)).items
          .some((m) => m.id === message.id && m.deliveryStatus === 'failed'), `the reply "${text}" to fail`, 20_000);
      }

      const manager = await openBrowser('health-manager', ctx);
      ctx.browsers.healthManager = manager;
      const { page } = manager;
      await signIn(page, ctx.people.manager.email, ctx.people.manager.password);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Channels' }).click();
      await page.getByRole('heading', { level: 1, name: 'Channel health' }).waitFor();
      const card = page.getByRole('region', { name: 'Outlet on Messenger health' });
      await card.getByText('Reconnect needed', { exact: true }).waitFor();
      await card.getByText(/Messenger rejected this inbox's access token/).waitFor();
      await card.getByRole('list', { name: 'Failures in the last hour' }).getByText(/2 × The page's access token is no longer valid/).waitFor();
      // The healthy inbox of the story is listed after the one that needs attention.
      await page.getByRole('region', { name: 'Acme on Messenger health' }).getByText('Healthy', { exact: true }).waitFor();
      await ctx.shot(page, '40-channel-health-reconnect-needed');

      // Two failed replies, one notification per admin.
      const { items: notes } = await ctx.admin.get('/api/notifications');
      const told = notes.filter((n) => n.type === 'channel_reconnect');
      if (told.length !== 1 || !told[0].title.includes('Outlet on Messenger')) throw new Error(`expected one reconnect notification, got ${JSON.stringify(told)}`);
    },
  },
];
