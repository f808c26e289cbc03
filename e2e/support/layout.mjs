// Layout checks the phone and narrow-screen scenarios share.

/** Throws when the page is wider than its window, naming the first elements that stick out. */
export async function assertNoSideways(page, what) {
  const { scrollWidth, width } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth }));
  if (scrollWidth <= width) return;
  const culprits = await page.evaluate(() => [...document.querySelectorAll('body *')]
    .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
    .slice(0, 5)
    .map((el) => {
      const r = el.getBoundingClientRect();
      const chain = [];
      for (let n = el; n && chain.length < 5; n = n.parentElement) chain.push(`${n.tagName}${n.getAttribute('aria-label') ? `[${n.getAttribute('aria-label')}]` : ''}`);
      return `left=${Math.round(r.left)} w=${Math.round(r.width)} ${chain.join('<')} text=${el.textContent.slice(0, 30)}`;
    }));
  throw new Error(`${what}: the page is ${scrollWidth} px wide in a ${width} px window: ${culprits.join(' | ')}`);
}

/** Throws when `locator` is not fully inside the window (horizontally and vertically). */
export async function assertInWindow(page, locator, what) {
  const box = await locator.boundingBox();
  const { width, height } = page.viewportSize();
  if (!box || box.x < -0.5 || box.x + box.width > width + 0.5 || box.y < -0.5 || box.y + box.height > height + 0.5) {
    throw new Error(`${what} is not inside the ${width}x${height} window: ${JSON.stringify(box)}`);
  }
}
