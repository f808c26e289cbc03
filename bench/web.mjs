#!/usr/bin/env node
// Dashboard speed in headless Chromium against the production build served by the real api (see BENCHMARKS.md):
//   1. navigation → first page of conversations on screen, demo seed loaded (cold cache and warm cache)
//   2. JavaScript the first screen downloads, gzipped (each script the browser fetched, gzipped at level 9)
//   3. frame times while wheel-scrolling a list holding 10,000 conversations (seeded with SQL, scratch database)
// `node bench/web.mjs`. Env: DATABASE_URL (the server; default postgres://postgres@127.0.0.1:5432/postgres),
// REDIS_URL, WEB_BENCH_RUNS (7), WEB_BENCH_SCROLL_SECONDS (6), WEB_BENCH_ROWS (10000), CHROMIUM_PATH,
// WEB_BENCH_BACKEND_DIST=<dir> (an api build to use instead of this checkout's, as in e2e/run.mjs).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { chromium } from 'playwright-core';
import {
  CHROMIUM, CHROMIUM_ARGS, createDatabase, databaseUrl, dropDatabase, ensureBuild, freePort, migrate, requireChromium, seedDemo,
  snapshotDist, startApi,
} from '../e2e/support/stack.mjs';
import { seed as seedRows, BENCH_PASSWORD } from './seed.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const server = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const RUNS = Number(process.env.WEB_BENCH_RUNS ?? 7);
const SCROLL_SECONDS = Number(process.env.WEB_BENCH_SCROLL_SECONDS ?? 6);
const ROWS = Number(process.env.WEB_BENCH_ROWS ?? 10_000);
const ADMIN = { email: 'admin@webbench.parley.test', password: 'web-bench-password' };
const VIEWPORT = { width: 1440, height: 900 };

const started = performance.now();
const log = (m) => console.log(`[web bench ${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s] ${m}`);
const pct = (values, p) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN;
};
const ms = (v) => `${v.toFixed(1)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

const cleanups = [];
async function cleanUp() {
  while (cleanups.length) await cleanups.pop()().catch((e) => console.error(`cleanup failed: ${e.message}`));
}

/** A database of the bench's own, migrated; dropped at the end. */
async function scratchDatabase(name, buildDir) {
  await createDatabase(server, name);
  cleanups.push(() => dropDatabase(server, name));
  const url = databaseUrl(server, name);
  migrate(buildDir, { DATABASE_URL: url });
  return url;
}

async function api(buildDir, url, label) {
  const port = await freePort();
  const env = {
    DATABASE_URL: url, REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', PORT: String(port),
    PARLEY_QUEUE_PREFIX: `parley-webbench-${process.pid}`, PARLEY_ADMIN_EMAIL: ADMIN.email, PARLEY_ADMIN_PASSWORD: ADMIN.password,
    LOGIN_RATE_LIMIT: '1000', PUBLIC_URL: `http://127.0.0.1:${port}`, WEB_ORIGIN: `http://127.0.0.1:${port}`,
  };
  const proc = await startApi(buildDir, env, join(root, `test-artifacts/web-bench-api-${label}.log`));
  cleanups.push(proc.stop);
  return proc.url;
}

async function browser(baseUrl) {
  const profile = mkdtempSync(join(tmpdir(), 'parley-webbench-chrome-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: VIEWPORT, baseURL: baseUrl,
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
  });
  cleanups.push(async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  });
  // Stamps the moment the first conversation row is in the DOM, measured from navigation start.
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('[data-testid="conversation-row"]')) {
        window.__firstRowAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  return { context, page: context.pages()[0] ?? (await context.newPage()) };
}

async function signIn(page, email, password) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Conversation views' }).waitFor({ timeout: 30_000 });
  await page.goto('/?view=all');
  await page.getByTestId('conversation-row').first().waitFor({ timeout: 30_000 });
}

/** Navigation start → first row, `RUNS` times with the HTTP cache cleared and `RUNS` times warm. */
async function firstPage(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const timings = { cold: [], warm: [] };
  const scripts = new Map();
  for (const mode of ['cold', 'warm']) {
    for (let i = 0; i < RUNS; i++) {
      if (mode === 'cold') await cdp.send('Network.clearBrowserCache');
      const collect = (r) => {
        if (mode === 'cold' && i === 0 && r.request().resourceType() === 'script') scripts.set(r.url(), r.headers()['content-encoding'] ?? 'none');
      };
      page.on('response', collect);
      await page.goto('about:blank');
      await page.goto('/?view=all');
      await page.waitForFunction(() => window.__firstRowAt !== undefined, null, { timeout: 30_000 });
      timings[mode].push(await page.evaluate(() => window.__firstRowAt));
      page.off('response', collect);
    }
  }
  let raw = 0;
  let gzip = 0;
  const files = [];
  // The same bytes again from the api (the browser forgets a body once the page navigates away).
  for (const [url, encoding] of scripts) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    const gz = gzipSync(body, { level: 9 }).length;
    raw += body.length;
    gzip += gz;
    files.push({ file: new URL(url).pathname, raw: body.length, gzip: gz, encoding });
  }
  return { timings, js: { raw, gzip, files } };
}

/** Loads every page of the list, then wheel-scrolls it while the page records requestAnimationFrame deltas. */
async function scrollFrames(page) {
  await page.goto('/?view=all&status=any');
  const list = page.getByRole('list', { name: 'Conversations' });
  await list.getByTestId('conversation-row').first().waitFor({ timeout: 30_000 });
  const loadStart = performance.now();
  for (;;) {
    const done = await list.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
      return Boolean([...el.querySelectorAll('p')].find((p) => p.textContent?.startsWith("That's everything")));
    });
    if (done) break;
    await page.waitForTimeout(40);
    if (performance.now() - loadStart > 240_000) throw new Error('loading every page of the list took over 4 minutes');
  }
  // At the bottom the last row is rendered: its index + 1 is how many rows the list holds.
  const loaded = await list.evaluate((el) => Math.max(-1, ...[...el.querySelectorAll('[data-index]')].map((r) => Number(r.getAttribute('data-index')))) + 1);
  const loadSeconds = (performance.now() - loadStart) / 1000;
  await list.evaluate((el) => { el.scrollTop = 0; });
  await page.waitForTimeout(500);

  const measured = await wheelFrames(page, list);
  await page.screenshot({ path: join(root, 'test-artifacts/web-bench-scrolled.png') });
  // The same wheel loop over 10,000 plain divs in the same browser: what this machine gives at best right now.
  await page.goto('about:blank');
  await page.setContent(`<div id="list" style="height:800px;overflow-y:auto">${
    Array.from({ length: ROWS }, (_, i) => `<div style="height:92px;border-bottom:1px solid #ddd">row ${i}</div>`).join('')}</div>`);
  const baseline = await wheelFrames(page, page.locator('#list'));
  return { loaded, loadSeconds, ...measured, baseline };
}

/** Wheel-scrolls `scroller` for SCROLL_SECONDS while the page records requestAnimationFrame deltas. */
async function wheelFrames(page, scroller) {
  const box = await scroller.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(() => {
    window.__frames = [];
    let last = performance.now();
    const tick = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (!window.__stopFrames) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const until = performance.now() + SCROLL_SECONDS * 1000;
  let wheels = 0;
  while (performance.now() < until) {
    await page.mouse.wheel(0, 240);
    wheels++;
    await page.waitForTimeout(16);
  }
  const frames = await page.evaluate(() => {
    window.__stopFrames = true;
    return window.__frames.slice(1);
  });
  const scrolledPx = await scroller.evaluate((el) => el.scrollTop);
  return { frames, wheels, scrolledPx };
}

async function main() {
  requireChromium();
  mkdirSync(join(root, 'test-artifacts'), { recursive: true });
  const backendDist = process.env.WEB_BENCH_BACKEND_DIST || null;
  ensureBuild(root, log, { webOnly: Boolean(backendDist) });
  const buildDir = join(tmpdir(), `parley-webbench-${process.pid}`);
  cleanups.push(async () => rmSync(buildDir, { recursive: true, force: true }));
  await snapshotDist(root, buildDir, backendDist);

  log('demo database: migrate + seed');
  const demoUrl = await scratchDatabase(`parley_webbench_demo_${process.pid}`, buildDir);
  seedDemo(buildDir, { DATABASE_URL: demoUrl, PARLEY_ADMIN_EMAIL: ADMIN.email, PARLEY_ADMIN_PASSWORD: ADMIN.password });
  const demoApi = await api(buildDir, demoUrl, 'demo');
  const demo = await browser(demoApi);
  await signIn(demo.page, ADMIN.email, ADMIN.password);
  log(`first page of conversations: ${RUNS} cold + ${RUNS} warm loads`);
  const first = await firstPage(demo.page);
  await demo.page.screenshot({ path: join(root, 'test-artifacts/web-bench-demo-inbox.png') });

  log(`scratch database: ${ROWS} conversations with SQL`);
  const bigUrl = await scratchDatabase(`parley_webbench_rows_${process.pid}`, buildDir);
  const client = new pg.Client({ connectionString: bigUrl });
  await client.connect();
  await seedRows(client, { conversations: ROWS, messages: ROWS * 2 });
  // Every row in one view: un-archive the seeded archived share.
  await client.query('UPDATE conversations SET archived = false');
  await client.query('VACUUM ANALYZE conversations');
  await client.end();
  const bigApi = await api(buildDir, bigUrl, 'rows');
  const big = await browser(bigApi);
  await signIn(big.page, 'manager@bench.parley.dev', BENCH_PASSWORD);
  log('loading every page of the list, then wheel-scrolling it');
  const scroll = await scrollFrames(big.page);
  return { first, scroll };
}

let result;
try {
  result = await main();
} finally {
  await cleanUp();
}

const { first, scroll } = result;
const frameLine = ({ frames: f, wheels, scrolledPx }) => `${wheels} wheel events, ${scrolledPx} px, ${f.length} frames: p50 ${ms(pct(f, 0.5))}, `
  + `p95 ${ms(pct(f, 0.95))}, p99 ${ms(pct(f, 0.99))}, max ${ms(Math.max(...f))}; over 33 ms: ${f.filter((d) => d > 33.4).length}, over 50 ms: ${f.filter((d) => d > 50).length}`;
console.log('\nDashboard (production build served by the api, headless Chromium, viewport 1440x900)');
for (const mode of ['cold', 'warm']) {
  const t = first.timings[mode];
  console.log(`  navigation → first page of conversations, ${mode} cache: median ${ms(pct(t, 0.5))}, worst ${ms(Math.max(...t))} (${t.length} loads; target < 1500 ms)`);
}
console.log(`  JavaScript for the first screen: ${kb(first.js.gzip)} gzipped, ${kb(first.js.raw)} raw, ${first.js.files.length} files (target < 350 kB gzipped)`);
for (const file of first.js.files) console.log(`    ${file.file}: ${kb(file.gzip)} gzipped / ${kb(file.raw)} (served with content-encoding: ${file.encoding})`);
console.log(`  wheel-scrolling for ${SCROLL_SECONDS} s, the list holding ${scroll.loaded} rows (all pages fetched in ${scroll.loadSeconds.toFixed(1)} s):`);
console.log(`    dashboard list: ${frameLine(scroll)}`);
console.log(`    baseline, ${ROWS} plain divs in the same browser: ${frameLine(scroll.baseline)}`);
