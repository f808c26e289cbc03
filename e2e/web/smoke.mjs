// Browser smoke check of the built dashboard against a mocked API (no backend needed):
//   node_modules/.bin/vite preview --config apps/web/vite.config.ts --port 4173 &
//   node e2e/web/smoke.mjs [baseUrl] [outDir]
// Fails on page errors or console errors; writes screenshots of the inbox (light and dark), reports and settings.
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://localhost:4173';
const out = process.argv[3] ?? join(tmpdir(), 'parley-smoke');
mkdirSync(out, { recursive: true });

const now = Date.now();
const iso = (msAgo) => new Date(now - msAgo).toISOString();
const me = { id: 'u1', email: 'ana@example.com', name: 'Ana Admin', role: 'admin', availability: 'online', createdAt: iso(9e9) };
const users = [me, { id: 'u2', email: 'bob@example.com', name: 'Bob Agent', role: 'agent', availability: 'away', createdAt: iso(9e9) }];
const tags = [{ id: 't1', name: 'refund', color: '#e53935' }, { id: 't2', name: 'vip', color: '#8e24aa' }];
const inboxes = [
  { id: 'i1', name: 'Acme Messenger', channel: 'messenger', platformAccountId: '1234', webhookPath: '/webhooks/messenger/i1', verifyToken: 'verify-me-123', hasAppSecret: true, hasAccessToken: true, unarchiveOnIncoming: true, credentialsInvalid: false, memberIds: ['u1', 'u2'], createdAt: iso(9e9) },
  { id: 'i2', name: 'Acme WhatsApp', channel: 'whatsapp', platformAccountId: '999', webhookPath: '/webhooks/whatsapp/i2', verifyToken: null, hasAppSecret: true, hasAccessToken: false, unarchiveOnIncoming: false, credentialsInvalid: true, memberIds: ['u1'], createdAt: iso(9e9) },
];
const conv = (i, o = {}) => ({
  id: `c${i}`, inboxId: i % 2 ? 'i1' : 'i2', channel: i % 2 ? 'messenger' : 'whatsapp', contact: { id: `ct${i}`, name: `Customer ${i}`, avatarUrl: null },
  status: 'open', archived: false, priority: i === 2 ? 'urgent' : 'none', assignee: i % 3 ? { id: 'u2', name: 'Bob Agent' } : null, teamId: null,
  tags: i % 4 === 0 ? tags : [], snippet: `Message number ${i} about my order`, lastMessageAt: iso(i * 60_000), lastIncomingAt: iso(i * 60_000),
  waitingSince: i % 2 ? iso(i * 7 * 60_000) : null, unanswered: i % 2 === 1, unreadCount: i % 3 === 1 ? 2 : 0, snoozedUntil: null,
  replyWindowClosesAt: new Date(now + 5 * 3600_000).toISOString(), createdAt: iso(1e8), version: 1, updatedAt: iso(0), ...o,
});
const list = Array.from({ length: 30 }, (_, i) => conv(i + 1));
const detail = { ...conv(1), firstReplyAt: null, humanAgentWindowClosesAt: null };
const msg = (i, o = {}) => ({
  id: `m${i}`, conversationId: 'c1', direction: 'incoming', kind: 'text', senderType: 'contact', sender: null, text: `Hello, message ${i}`,
  attachments: [], platformMessageId: `p${i}`, deliveryStatus: null, deliveryError: null, replyToId: null, payload: null, reactions: [],
  editedAt: null, deletedAt: null, sentAt: iso((20 - i) * 60_000), createdAt: iso((20 - i) * 60_000), ...o,
});
const messages = [
  msg(1), msg(2, { attachments: [{ type: 'image', url: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' }] }),
  msg(3, { direction: 'outgoing', senderType: 'user', sender: { id: 'u2', name: 'Bob Agent' }, deliveryStatus: 'read', text: 'We are on it!' }),
  msg(4, { kind: 'note', direction: 'outgoing', senderType: 'user', sender: { id: 'u2', name: 'Bob Agent' }, text: 'VIP customer, be quick' }),
  msg(5, { direction: 'outgoing', senderType: 'automation', deliveryStatus: 'delivered', text: 'Thanks for writing! We answer within an hour.' }),
  msg(6, { direction: 'outgoing', senderType: 'user', sender: { id: 'u1', name: 'Ana Admin' }, deliveryStatus: 'failed', deliveryError: { code: '10', message: 'Outside the 24-hour window' }, text: 'Are you still there?' }),
  msg(7, { attachments: [{ type: 'location', latitude: 48.85, longitude: 2.35, title: 'Paris' }], text: null, reactions: [{ emoji: '👍', by: 'contact' }], editedAt: iso(0) }),
];

const routes = [
  ['GET', /\/api\/auth\/me$/, () => me],
  ['GET', /\/api\/users$/, () => users],
  ['GET', /\/api\/teams$/, () => [{ id: 'tm1', name: 'Support', memberIds: ['u1', 'u2'] }]],
  ['GET', /\/api\/inboxes$/, () => inboxes],
  ['GET', /\/api\/tags$/, () => tags],
  ['GET', /\/api\/quick-replies$/, () => [{ id: 'q1', shortcut: 'refund', title: 'Refund', body: 'Your refund is on its way, {{contact.name}}.', scope: 'global', teamId: null, ownerId: null, usageCount: 3 }]],
  ['GET', /\/api\/conversations\/counts$/, () => ({ mine: 4, unassigned: 10, all: 30, archived: 2, unanswered: 15 })],
  ['GET', /\/api\/conversations\/c1\/messages/, () => ({ items: messages, nextCursor: null })],
  ['GET', /\/api\/conversations\/c1\/events$/, () => [{ id: 'e1', conversationId: 'c1', type: 'assigned', actor: { id: 'u1', name: 'Ana Admin' }, data: { assignee: { name: 'Bob Agent' } }, createdAt: iso(600_000) }]],
  ['GET', /\/api\/conversations\/c1$/, () => detail],
  ['POST', /\/api\/conversations\/c1\/read$/, () => ({ ...conv(1), unreadCount: 0, version: 2 })],
  ['GET', /\/api\/conversations(\?|$)/, () => ({ items: list, nextCursor: null })],
];

const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'parley-chrome-')), {
  executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 720 }, args: ['--no-sandbox'],
});
const page = browser.pages()[0] ?? (await browser.newPage());
const problems = [];
page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
page.on('console', (m) => {
  if (m.type() === 'error' && !/socket\.io|WebSocket|Failed to load resource/.test(m.text())) problems.push(`console: ${m.text()}`);
});
await page.route('**/api/**', (route) => {
  const req = route.request();
  const hit = routes.find(([method, re]) => method === req.method() && re.test(req.url()));
  if (!hit) return route.fulfill({ status: 404, contentType: 'application/json', body: JSON.stringify({ statusCode: 404, message: `no mock for ${req.method()} ${req.url()}`, error: 'Not Found' }) });
  return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(hit[2]()) });
});
await page.route('**/socket.io/**', (route) => route.abort());

try {
await page.goto(`${base}/conversations/c1?view=all`);
await page.getByText('We are on it!').waitFor();
await page.getByText('Outside the 24-hour window').first().waitFor();
await page.screenshot({ path: join(out, 'inbox-light.png') });
await page.keyboard.press('?');
await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
await page.keyboard.press('Escape');
await page.getByRole('textbox', { name: /reply to the customer/i }).click();
await page.keyboard.type('Hi /');
await page.getByRole('listbox', { name: 'Quick replies' }).waitFor().catch(() => undefined);
await page.keyboard.press('Escape');
await page.getByRole('button', { name: 'Toggle light and dark theme' }).click();
await page.mouse.move(0, 400);
await page.waitForTimeout(800);
await page.screenshot({ path: join(out, 'inbox-dark.png') });
await page.getByRole('link', { name: 'Reports' }).click();
await page.getByText('Open conversations per agent').waitFor();
await page.waitForTimeout(500);
await page.screenshot({ path: join(out, 'reports.png') });
await page.getByRole('link', { name: 'Settings' }).click();
await page.getByText('Acme WhatsApp').waitFor();
await page.getByRole('button', { name: 'Connect a channel' }).click();
await page.getByRole('combobox', { name: 'Channel' }).click();
await page.getByRole('option', { name: 'API channel' }).click();
await page.screenshot({ path: join(out, 'settings-inbox-form.png') });
} catch (error) {
  await page.screenshot({ path: join(out, 'failure.png') });
  problems.push(`step failed: ${error.message.split('\n')[0]}`);
}
await browser.close();

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`smoke ok, screenshots in ${out}`);
