// A 1024 px laptop screen (or a browser window beside another): the agent still works without scrolling
// sideways, the views and filters in a drawer opened from the list's header; and, on that screen, answers one
// customer message with a quote.
import { eventually, openBrowser, signIn } from '../support/browser.mjs';

const WIDTH = 1024;

/** Throws when `locator` is not fully inside the window horizontally. */
async function inWindow(locator, what) {
  const box = await locator.boundingBox();
  if (!box || box.x < 0 || box.x + box.width > WIDTH + 0.5) throw new Error(`${what} is outside the ${WIDTH} px window: ${JSON.stringify(box)}`);
}

export const narrowScreen = [
  {
    name: 'on a 1024 px screen the views open from a drawer and the thread, composer and details fit',
    needs: ['the agent resolves it and the colleague sees the change live'],
    async run(ctx) {
      const narrow = await openBrowser('narrow', { ...ctx, viewport: { width: WIDTH, height: 720 } });
      ctx.browsers.narrow = narrow;
      const { page } = narrow;
      await signIn(page, ctx.people.agent.email, ctx.people.agent.password);
      const views = page.getByRole('navigation', { name: 'Conversation views' });
      await page.getByRole('heading', { level: 1, name: 'Mine' }).waitFor();
      await page.getByRole('button', { name: 'Views and filters' }).click();
      await views.getByRole('button', { name: /^All\b/ }).hover(); // waits for the drawer to finish sliding in
      await ctx.shot(page, '20-narrow-views-drawer');
      await views.getByRole('button', { name: /^All\b/ }).click();
      await page.getByRole('heading', { level: 1, name: 'All conversations' }).waitFor();
      await views.waitFor({ state: 'hidden' }); // choosing a view closes the drawer

      await page.goto(`/conversations/${ctx.conversationId}?view=all&status=any`);
      await page.getByRole('main').getByRole('heading', { name: 'Lucía Fernández' }).waitFor();
      await inWindow(page.getByRole('region', { name: 'Composer' }), 'the composer');
      await inWindow(page.getByRole('complementary', { name: 'Conversation details' }), 'the details panel');
      await inWindow(page.getByRole('list', { name: 'Conversations' }), 'the list');
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (sideways > 0) {
        const culprits = await page.evaluate(() => [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
          .slice(0, 5).map((el) => { const r = el.getBoundingClientRect(); const chain = []; for (let n = el; n && chain.length < 6; n = n.parentElement) chain.push(`${n.tagName}${n.getAttribute('aria-label') ? `[${n.getAttribute('aria-label')}]` : ''}${n.getAttribute('role') ? `(${n.getAttribute('role')})` : ''}`); return `left=${Math.round(r.left)} w=${Math.round(r.width)} h=${Math.round(r.height)} style=${el.getAttribute('style')} ${chain.join('<')} text=${el.textContent.slice(0, 40)}`; }));
        throw new Error(`the page scrolls sideways by ${sideways} px at ${WIDTH} px: ${culprits.join(' | ')}`);
      }
      await ctx.shot(page, '20-narrow-1024');
    },
  },
  {
    name: 'the agent answers one customer message with a quote, and Messenger gets the reply_to',
    needs: ['on a 1024 px screen the views open from a drawer and the thread, composer and details fit'],
    async run(ctx) {
      const { page } = ctx.browsers.narrow;
      const question = page.getByRole('region', { name: 'Messages' }).getByTestId('message-text').filter({ hasText: 'Hola! My order #4821' });
      await question.hover();
      await question.getByRole('button', { name: 'Reply to this message' }).click();
      await page.getByRole('note', { name: 'Replying to' }).getByText(/Replying to the customer: Hola! My order #4821/).waitFor();
      const sendsBefore = ctx.graph.sends.length;
      await page.getByRole('textbox', { name: 'Reply to the customer' }).fill('Your order #4821 left our warehouse today.');
      await page.getByRole('button', { name: 'Send' }).click();
      await page.getByRole('note', { name: 'Replying to' }).waitFor({ state: 'detached' });
      // The new bubble quotes the customer's message, and the send to Messenger names it.
      const answer = page.getByTestId('message-text').filter({ hasText: 'left our warehouse today' });
      await answer.locator('blockquote').getByText(/Hola! My order #4821/).waitFor();
      const send = await eventually(() => ctx.graph.sends.slice(sendsBefore).find((x) => x.body?.message?.text?.includes('left our warehouse')), 'the fake Graph API to receive the reply', 15_000);
      if (!send.body.reply_to?.mid) throw new Error(`the send to Messenger has no reply_to: ${JSON.stringify(send.body)}`);
      await ctx.shot(page, '21-reply-with-quote');
    },
  },
];
