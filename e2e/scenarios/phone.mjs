// A phone held upright (390 x 844): one pane at a time (list → thread → details, and back), the composer on the
// screen, and no page of the dashboard wider than the phone.
import { openBrowser, signIn } from '../support/browser.mjs';
import { assertInWindow, assertNoSideways } from '../support/layout.mjs';

const PHONE = { width: 390, height: 844 };

export const phone = [
  {
    name: 'on a phone the list, the thread and the details take turns, each with a way back',
    needs: ['a signed Messenger webhook shows the conversation without a reload'],
    async run(ctx) {
      const browser = await openBrowser('phone', { ...ctx, viewport: PHONE });
      ctx.browsers.phone = browser;
      const { page } = browser;
      await signIn(page, ctx.people.manager.email, ctx.people.manager.password);
      // Every status: an earlier scenario of the full run resolves Lucía's conversation.
      await page.goto('/?view=all&status=any');
      const list = page.getByRole('list', { name: 'Conversations' });
      await list.getByText('Lucía Fernández').waitFor();
      await assertNoSideways(page, 'the list');
      await assertInWindow(page, list, 'the list');
      await ctx.shot(page, '30-phone-list');

      await page.getByRole('button', { name: 'Views and filters' }).click();
      const views = page.getByRole('navigation', { name: 'Conversation views' });
      await views.getByRole('button', { name: /^All\b/ }).hover();
      await assertNoSideways(page, 'the views drawer');
      await page.keyboard.press('Escape');
      await views.waitFor({ state: 'hidden' });

      await list.getByText('Lucía Fernández').click();
      await page.getByRole('main').getByRole('heading', { name: 'Lucía Fernández' }).waitFor();
      await list.waitFor({ state: 'detached' }); // the thread has the whole screen
      const composer = page.getByRole('region', { name: 'Composer' });
      await assertInWindow(page, composer, 'the composer');
      await assertNoSideways(page, 'the thread');
      await ctx.shot(page, '31-phone-thread');

      await page.getByRole('button', { name: 'Conversation details' }).click();
      const details = page.getByRole('complementary', { name: 'Conversation details' });
      await details.getByText('Assignee').first().waitFor();
      await composer.waitFor({ state: 'detached' });
      await assertNoSideways(page, 'the details');
      await ctx.shot(page, '32-phone-details');

      await page.getByRole('button', { name: 'Back to the conversation' }).click();
      await composer.waitFor();
      await page.getByRole('button', { name: 'Back to the list' }).click();
      await list.getByText('Lucía Fernández').waitFor();
      if (page.url().includes('/conversations/')) throw new Error(`back to the list left the URL at ${page.url()}`);
    },
  },
  {
    name: 'on a phone the search opens full width, and reports and every settings page fit the screen',
    needs: ['on a phone the list, the thread and the details take turns, each with a way back'],
    async run(ctx) {
      const { page } = ctx.browsers.phone;
      await page.getByRole('button', { name: 'Search conversations' }).click();
      const search = page.getByRole('combobox', { name: 'Search conversations' });
      await search.fill('Luc');
      await page.getByRole('option', { name: /Lucía Fernández/ }).first().click();
      await page.getByRole('main').getByRole('heading', { name: 'Lucía Fernández' }).waitFor();
      await search.waitFor({ state: 'detached' });

      await page.getByRole('link', { name: 'Reports' }).click();
      await page.getByRole('heading', { level: 1, name: 'Queue and promises' }).waitFor();
      await page.getByRole('table', { name: /Response and resolution times/ }).waitFor();
      await assertNoSideways(page, 'reports');
      await ctx.shot(page, '33-phone-reports');

      await page.getByRole('link', { name: 'Settings' }).click();
      const sections = page.getByRole('navigation', { name: 'Settings' }).getByRole('link');
      await sections.first().waitFor();
      const names = await sections.allInnerTexts();
      for (const name of names) {
        await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name, exact: true }).click();
        await page.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor();
        await page.getByRole('main').locator('.MuiSkeleton-root').first().waitFor({ state: 'detached' });
        await assertNoSideways(page, `settings: ${name}`);
      }
      await ctx.shot(page, '34-phone-settings');
    },
  },
];
