// The triage loop in the browser against the running stack: a customer writes on Messenger, an agent answers
// with a quick reply and resolves; a colleague and a manager watch it happen live.
import { messengerText, postMessengerWebhook } from '../support/api-client.mjs';
import { eventually, openBrowser, signIn } from '../support/browser.mjs';

const CUSTOMER_TEXT = 'Hola! My order #4821 has not arrived yet 📦';

/** The number beside a view in the left pane ("Unanswered 3"). */
async function viewCount(page, label) {
  const text = await page.getByRole('navigation', { name: 'Conversation views' }).getByRole('button', { name: new RegExp(`^${label}\\b`) }).innerText();
  const match = text.match(/(\d+)\s*$/);
  return match ? Number(match[1]) : undefined;
}

const row = (page, name) => page.getByTestId('conversation-row').filter({ hasText: name });

export const inboxFlow = [
  {
    name: 'an agent signs in through the login page',
    async run(ctx) {
      const agent = await openBrowser('agent', ctx);
      ctx.browsers.agent = agent;
      await agent.page.goto('/');
      await agent.page.waitForURL(/\/login/);
      await agent.page.getByRole('button', { name: 'Sign in' }).waitFor();
      await ctx.shot(agent.page, '01-login');
      await signIn(agent.page, ctx.people.agent.email, ctx.people.agent.password);
      await agent.page.getByRole('button', { name: 'Ana Agent' }).or(agent.page.getByText('Nothing here')).first().waitFor();
      await ctx.shot(agent.page, '02-inbox-empty');

      // The manager opens the inbox too, to watch the unanswered count.
      const manager = await openBrowser('manager', ctx);
      ctx.browsers.manager = manager;
      await signIn(manager.page, ctx.people.manager.email, ctx.people.manager.password);
      await eventually(async () => (await viewCount(manager.page, 'Unanswered')) === 0, 'the manager to see 0 unanswered');
    },
  },
  {
    name: 'a signed Messenger webhook shows the conversation without a reload',
    needs: ['an agent signs in through the login page'],
    async run(ctx) {
      const { page } = ctx.browsers.agent;
      await page.getByRole('navigation', { name: 'Conversation views' }).getByRole('button', { name: /^Unassigned/ }).click();
      await page.getByRole('heading', { name: 'Unassigned' }).waitFor();
      await page.evaluate(() => { window.__parleyNoReload = true; });
      const receipt = await postMessengerWebhook(ctx.baseUrl, ctx.inbox, messengerText({
        pageId: ctx.inbox.pageId, psid: '7064853926613482', mid: `m_e2e_${Date.now()}`, text: CUSTOMER_TEXT,
      }));
      if (receipt.stored !== 1) throw new Error(`the webhook stored nothing: ${JSON.stringify(receipt)}`);
      await row(page, CUSTOMER_TEXT).waitFor();
      const { items } = await ctx.admin.get('/api/conversations?view=all');
      ctx.conversationId = items.find((c) => c.snippet === CUSTOMER_TEXT)?.id;
      if (!(await page.evaluate(() => window.__parleyNoReload === true))) throw new Error('the page reloaded to show the conversation');
      // The worker looks the customer's name up on the (fake) Graph API and pushes it to the open list.
      await row(page, 'Lucía Fernández').waitFor({ timeout: 15_000 });
      if (!(await page.evaluate(() => window.__parleyNoReload === true))) throw new Error('the page reloaded to show the contact name');
      await eventually(async () => (await viewCount(ctx.browsers.manager.page, 'Unanswered')) === 1, 'the manager to see 1 unanswered');
      await ctx.shot(page, '03-inbox-new-conversation');
    },
  },
  {
    name: 'a second agent sees "viewing" while the first one has it open',
    needs: ['a signed Messenger webhook shows the conversation without a reload'],
    async run(ctx) {
      const { page } = ctx.browsers.agent;
      await row(page, CUSTOMER_TEXT).click();
      await page.waitForURL(new RegExp(`/conversations/${ctx.conversationId}`));
      await page.getByRole('main').getByRole('heading', { name: 'Lucía Fernández' }).waitFor();
      await page.locator('[data-testid^="message-"]').filter({ hasText: CUSTOMER_TEXT }).waitFor();
      const colleague = await openBrowser('colleague', ctx);
      ctx.browsers.colleague = colleague;
      await signIn(colleague.page, ctx.people.colleague.email, ctx.people.colleague.password);
      await colleague.page.getByRole('navigation', { name: 'Conversation views' }).getByRole('button', { name: /^Unassigned/ }).click();
      await row(colleague.page, CUSTOMER_TEXT).click();
      await colleague.page.getByRole('status').filter({ hasText: 'Ana Agent is viewing' }).waitFor();
      await page.getByRole('status').filter({ hasText: 'Bruno Colleague is viewing' }).waitFor();
      await ctx.shot(colleague.page, '04-thread-colleague-viewing');
    },
  },
  {
    name: 'the agent answers with a quick reply from the / picker and the tick turns to sent',
    needs: ['a second agent sees "viewing" while the first one has it open'],
    async run(ctx) {
      const { page } = ctx.browsers.agent;
      const composer = page.getByRole('textbox', { name: 'Reply to the customer' });
      await composer.click();
      await composer.pressSequentially('/hel');
      const picker = page.getByRole('listbox', { name: 'Quick replies' });
      await picker.getByRole('option', { name: /\/hello/ }).waitFor();
      await ctx.shot(page, '05-quick-reply-picker');
      await page.keyboard.press('Enter');
      const expected = 'Hi Lucía, thanks for writing! Let me check that for you.';
      await eventually(async () => (await composer.inputValue()) === expected, `the composer to hold "${expected}"`);
      const sendsBefore = ctx.graph.sends.length;
      await page.keyboard.press('Enter');

      const send = await eventually(() => ctx.graph.sends.slice(sendsBefore).find((s) => s.body?.message?.text === expected), 'the fake Graph API to receive the reply', 15_000);
      if (send.body.recipient?.id !== '7064853926613482') throw new Error(`the reply went to ${JSON.stringify(send.body.recipient)}`);
      if (send.authorization !== `Bearer ${ctx.inbox.accessToken}`) throw new Error(`the reply was sent with ${send.authorization}`);
      const bubble = page.locator('[data-testid^="message-"]').filter({ hasText: expected });
      await bubble.getByRole('img', { name: 'Sent' }).waitFor({ timeout: 15_000 });
      // The colleague has the thread open too: the reply and its tick reach them through the conversation's room.
      const colleagueBubble = ctx.browsers.colleague.page.locator('[data-testid^="message-"]').filter({ hasText: expected });
      await colleagueBubble.getByRole('img', { name: 'Sent' }).waitFor({ timeout: 15_000 });
      await eventually(async () => (await viewCount(ctx.browsers.manager.page, 'Unanswered')) === 0, 'the manager to see the unanswered count fall to 0');
      await ctx.shot(page, '06-thread-reply-sent');
      await ctx.shot(ctx.browsers.manager.page, '07-manager-inbox-unanswered-0');
    },
  },
  {
    name: 'the agent resolves it and the colleague sees the change live',
    needs: ['the agent answers with a quick reply from the / picker and the tick turns to sent'],
    async run(ctx) {
      const { page } = ctx.browsers.agent;
      const colleague = ctx.browsers.colleague.page;
      await colleague.getByRole('button', { name: 'Resolve', exact: true }).waitFor();
      await page.getByRole('button', { name: 'Resolve', exact: true }).click();
      await page.getByRole('button', { name: 'Reopen' }).waitFor();
      await colleague.getByRole('button', { name: 'Reopen' }).waitFor();
      await ctx.shot(page, '08-thread-resolved');
      await ctx.shot(colleague, '09-colleague-sees-resolved');
    },
  },
  {
    name: 'the manager opens the reports page and a figure opens the conversations behind it',
    needs: ['an agent signs in through the login page'],
    async run(ctx) {
      const { page } = ctx.browsers.manager;
      await page.getByRole('link', { name: 'Reports' }).click();
      await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      await ctx.shot(page, '10-reports');
      // Every figure opens the conversations behind it: today's one new conversation is the customer's.
      await page.getByRole('link', { name: 'New conversations: 1, show conversations' }).click();
      const chip = page.getByRole('button', { name: /^New · / });
      await chip.waitFor();
      await row(page, 'Lucía Fernández').waitFor();
      const rows = await page.getByTestId('conversation-row').count();
      if (rows !== 1) throw new Error(`the "New conversations" figure opened ${rows} conversations, not 1`);
      await ctx.shot(page, '11-report-figure-conversations');
      await chip.press('Delete'); // the chip's own keyboard removal, same as its ✕
      await chip.waitFor({ state: 'detached' });
      await page.getByRole('heading', { name: 'All conversations' }).waitFor();
    },
  },
];
