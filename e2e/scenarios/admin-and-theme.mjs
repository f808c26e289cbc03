// An admin's quick reply from the settings page reaches the composer's picker; the dark theme covers every pane.
import { openBrowser, signIn } from '../support/browser.mjs';

/** The rendered background of the closest ancestor (or self) that paints one. */
function paintedBackground(locator) {
  return locator.evaluate((el) => {
    for (let node = el; node; node = node.parentElement) {
      const bg = getComputedStyle(node).backgroundColor;
      if (bg && bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg;
    }
    return getComputedStyle(document.body).backgroundColor;
  });
}

const luminance = (rgb) => {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
};

export const adminAndTheme = [
  {
    name: 'an admin creates a quick reply in settings and it appears in the picker',
    needs: ['a signed Messenger webhook shows the conversation without a reload'],
    async run(ctx) {
      const admin = await openBrowser('admin', ctx);
      ctx.browsers.admin = admin;
      const { page } = admin;
      await signIn(page, ctx.adminEmail, ctx.adminPassword);
      // An admin or manager lands on every conversation, not on an empty "Mine" (an agent's first view).
      await page.getByRole('heading', { level: 1, name: 'All conversations' }).waitFor();
      await page.getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('link', { name: 'Quick replies' }).click();
      await page.getByRole('table', { name: 'Quick replies' }).getByText('/hello').waitFor();
      await ctx.shot(page, '11-settings-quick-replies');
      await page.getByRole('button', { name: 'New quick reply' }).click();
      const dialog = page.getByRole('dialog', { name: 'New quick reply' });
      await dialog.getByLabel('Shortcut').fill('shipping');
      await dialog.getByLabel('Title').fill('Shipping times');
      await dialog.getByLabel('Text').fill('Orders ship within 2 working days, {{contact.first_name}}.');
      await ctx.shot(page, '12-settings-quick-reply-form');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByRole('table', { name: 'Quick replies' }).getByText('/shipping').waitFor();

      // The admin sees every inbox: open the customer's conversation and look for it with "/".
      await page.goto(`/conversations/${ctx.conversationId}?view=all&status=any`);
      const composer = page.getByRole('textbox', { name: 'Reply to the customer' });
      await composer.click();
      await composer.pressSequentially('/ship');
      await page.getByRole('listbox', { name: 'Quick replies' }).getByRole('option', { name: /\/shipping/ }).waitFor();
      await ctx.shot(page, '13-picker-with-new-quick-reply');
      await page.keyboard.press('Escape');
      await composer.fill('');
    },
  },
  {
    name: 'dark mode turns the list, thread and side panels dark, and back',
    needs: ['an admin creates a quick reply in settings and it appears in the picker'],
    async run(ctx) {
      const { page } = ctx.browsers.admin;
      const toggle = page.getByRole('button', { name: 'Toggle light and dark theme' });
      const views = page.getByRole('navigation', { name: 'Conversation views' });
      const list = page.getByRole('list', { name: 'Conversations' });
      await page.goto('/?view=all&status=any');
      await list.getByTestId('conversation-row').first().waitFor();
      await toggle.click();
      await page.mouse.move(0, 500);
      await expectShade(page, 'dark', { 'views pane': views, 'conversation list': list, 'list row': list.getByTestId('conversation-row').first() });
      await ctx.shot(page, '14-inbox-dark');

      await list.getByTestId('conversation-row').first().click();
      await page.getByRole('region', { name: 'Composer' }).waitFor();
      const thread = {
        'views pane': views, 'conversation list': list, 'thread header': page.getByRole('main').getByRole('heading').first(),
        composer: page.getByRole('region', { name: 'Composer' }), 'details panel': page.getByRole('complementary', { name: 'Conversation details' }),
      };
      await expectShade(page, 'dark', thread);
      await ctx.shot(page, '15-thread-dark');
      await toggle.click();
      await page.mouse.move(0, 500);
      await expectShade(page, 'light', thread);
      await toggle.click();
      await page.getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('heading', { name: 'Inboxes' }).first().waitFor();
      await ctx.shot(page, '16-settings-dark');
      await toggle.click();
    },
  },
];

/** Every pane paints a background of the expected shade (not just the page behind it). */
async function expectShade(page, shade, panes) {
  await page.waitForTimeout(200);
  const wrong = [];
  for (const [name, locator] of Object.entries(panes)) {
    if (!(await locator.count())) {
      wrong.push(`${name}: not on the page`);
      continue;
    }
    const bg = await paintedBackground(locator.first());
    if ((luminance(bg) < 0.4) !== (shade === 'dark')) wrong.push(`${name}: ${bg}`);
  }
  if (wrong.length) throw new Error(`not ${shade} in ${shade} mode: ${wrong.join('; ')}`);
}
