// One Chromium per person in the story (each its own profile, so each its own session cookie).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './stack.mjs';

// Console errors that say nothing on their own: socket reconnects, and the browser's "Failed to load resource"
// line for every 4xx/5xx, which the response listener below judges instead.
const BENIGN = /socket\.io|WebSocket|Failed to load resource/;
// Answers that are part of the normal flow: "who am I" before signing in.
const EXPECTED = (method, url, status) => status === 401 && method === 'GET' && url.endsWith('/api/auth/me');

export async function openBrowser(label, { baseUrl, viewport = { width: 1440, height: 860 } }) {
  const profile = mkdtempSync(join(tmpdir(), `parley-e2e-${label}-`));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport, baseURL: baseUrl, colorScheme: 'light',
    // The runner's own signal handlers close the browsers and also stop the api and drop the database;
    // playwright's would exit the process first.
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
  });
  context.setDefaultTimeout(10_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const problems = [];
  page.on('pageerror', (e) => problems.push(`[${label}] page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !BENIGN.test(m.text())) problems.push(`[${label}] console error: ${m.text()}`);
  });
  page.on('response', (r) => {
    const method = r.request().method();
    if (r.url().includes('/api/') && r.status() >= 400 && !EXPECTED(method, r.url(), r.status())) problems.push(`[${label}] ${r.request().method()} ${r.url()} answered ${r.status()}`);
  });
  return {
    label, context, page, problems,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Signs in through the login form, the way a person does, and waits for the inbox. */
export async function signIn(page, email, password) {
  await page.goto('/');
  await page.waitForURL(/\/login/);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The list's title: on every screen width (a narrow one keeps the views in a drawer).
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

/** Waits until `check()` resolves truthy (polling), or fails naming `what`. */
export async function eventually(check, what, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (${last.message.split('\n')[0]})` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
