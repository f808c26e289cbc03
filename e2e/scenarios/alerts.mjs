// Alerts: what happened while the agent was away waits in the bell (stored, from the api), the tab's title counts
// it, each opens its conversation; each person chooses what reaches them, and it sticks.
import { eventually } from '../support/browser.mjs';
import { assertInWindow, assertNoSideways } from '../support/layout.mjs';

const unreadInTitle = async (page) => Number((await page.title()).match(/^\((\d+)\) Parley$/)?.[1] ?? 0);

export const alerts = [
  {
    name: 'the bell lists stored notifications after a reload, counts them in the tab title and opens their conversation',
    needs: ['a signed Messenger webhook shows the conversation without a reload'],
    async run(ctx) {
      const { page } = ctx.browsers.agent;
      await page.goto('/?view=all&status=any');
      // A fresh page: the notification from the customer's first message comes from the api, not from a push.
      const bell = page.getByRole('button', { name: /^Notifications, [1-9]\d* unread$/ });
      await bell.waitFor({ timeout: 15_000 });
      const before = await eventually(() => unreadInTitle(page), 'the unread count in the tab title');
      await bell.click();
      const menu = page.getByRole('menu', { name: 'Notifications' });
      await menu.getByRole('menuitem', { name: /New conversation from/ }).first().click();
      await page.getByRole('main').getByRole('heading', { name: 'Lucía Fernández' }).waitFor();
      await eventually(async () => (await unreadInTitle(page)) === before - 1, `the title to count ${before - 1} unread`);
      await ctx.shot(page, '40-bell-opened-conversation');
    },
  },
  {
    name: 'an agent mutes one kind of notification in their preferences and it stays muted',
    needs: ['the bell lists stored notifications after a reload, counts them in the tab title and opens their conversation'],
    async run(ctx) {
      const { page } = ctx.browsers.agent;
      await page.getByRole('button', { name: /^Account menu/ }).click();
      await page.getByRole('menuitem', { name: 'Your preferences' }).click();
      const mute = page.getByRole('switch', { name: 'A new message in a conversation assigned to me' })
        .or(page.getByRole('checkbox', { name: 'A new message in a conversation assigned to me' }));
      await mute.waitFor();
      if (!(await mute.isChecked())) throw new Error('new messages should be on by default');
      const saved = page.waitForResponse((r) => r.url().endsWith('/api/notifications/preferences') && r.request().method() === 'PUT');
      await mute.click();
      await saved;
      await page.reload();
      await mute.waitFor();
      if (await mute.isChecked()) throw new Error('the muted type is on again after a reload');
      await ctx.shot(page, '41-preferences');
      // Back on, for the scenarios after this one.
      const again = page.waitForResponse((r) => r.url().endsWith('/api/notifications/preferences') && r.request().method() === 'PUT');
      await mute.click();
      await again;
    },
  },
  {
    name: 'on a phone the preferences and the bell fit the screen',
    needs: ['on a phone the list, the thread and the details take turns, each with a way back'],
    async run(ctx) {
      const { page } = ctx.browsers.phone;
      await page.goto('/preferences');
      await page.getByRole('heading', { level: 2, name: 'Notifications' }).waitFor();
      await assertNoSideways(page, 'preferences');
      await page.getByRole('button', { name: /^Notifications, \d+ unread$/ }).click();
      const menu = page.getByRole('menu', { name: 'Notifications' });
      await menu.getByRole('button', { name: 'Mark all read' }).waitFor();
      await assertInWindow(page, page.locator('.MuiMenu-paper'), 'the notifications menu');
      await assertNoSideways(page, 'the notifications menu');
      await ctx.shot(page, '42-phone-bell');
      await page.keyboard.press('Escape');
    },
  },
];
