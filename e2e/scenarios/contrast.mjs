// Text is readable: axe-core's colour-contrast rule (WCAG 2 AA: 4.5:1 for text, 3:1 for large text) over the
// screens an agent spends the day on, in the light and the dark theme.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The contrast violations on the page as it is now: "selector (ratio, colours): text". */
async function contrastViolations(page) {
  // Evaluated through the DevTools protocol: the dashboard's CSP (no inline scripts) rightly refuses a script tag.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] }, resultTypes: ['violations'] });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')} — ${n.any[0]?.message ?? n.failureSummary}`));
  });
  return violations;
}

export const contrast = [
  {
    name: 'text on the inbox, thread and reports has AA contrast in the light and the dark theme',
    needs: ['dark mode turns the list, thread and side panels dark, and back'],
    async run(ctx) {
      const { page } = ctx.browsers.admin;
      const toggle = page.getByRole('button', { name: 'Toggle light and dark theme' });
      const found = [];
      // The previous scenario leaves the admin in the light theme; the toggle at the end of each pass switches.
      for (const theme of ['light', 'dark']) {
        await page.goto(`/conversations/${ctx.conversationId}?view=all&status=any`);
        await page.getByRole('region', { name: 'Composer' }).waitFor();
        const dark = await page.evaluate(() => {
          const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number);
          return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.3;
        });
        if (dark !== (theme === 'dark')) throw new Error(`expected the ${theme} theme`);
        found.push(...(await contrastViolations(page)).map((v) => `${theme} thread: ${v}`));
        await page.getByRole('link', { name: 'Reports' }).click();
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForTimeout(500);
        found.push(...(await contrastViolations(page)).map((v) => `${theme} reports: ${v}`));
        await toggle.click();
      }
      if (found.length) throw new Error(`${found.length} texts below AA contrast:\n${found.join('\n')}`);
    },
  },
];
