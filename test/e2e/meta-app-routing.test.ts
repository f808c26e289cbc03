import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { startApi, userSession, type Session, type TestApi } from '../support/api.js';
import { sign } from '../support/webhooks.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/webhooks/${name}`, import.meta.url));
const vectors = JSON.parse(fixture('contracts/meta-signature-vectors.json').toString('utf8'));
const APP_SECRET: string = vectors.app_secret; // the app that owns Pages A and B and the Instagram account
const OTHER_APP_SECRET = 'another-meta-app-secret-0123456789';
const PAGE_A = '104823458934776';
const PAGE_B = '231857392018465';
const PAGE_OF_OTHER_APP = '318273645501928';
const IG_ACCOUNT = '17841405822304914';

describe('One Meta app for several Pages and accounts: every entry reaches the inbox of the account it names', () => {
  let api: TestApi;
  let admin: Session;
  let agent: Session;
  let db: pg.Client;
  const ids: Record<string, string> = {};

  /** Posts bytes exactly as Meta does, on the app-wide URL or an inbox's own URL. */
  const post = (path: string, raw: Buffer, o: { secret?: string; contentType?: string } = {}) =>
    api.http.post(path).set('Content-Type', o.contentType ?? 'application/json')
      .set('X-Hub-Signature-256', sign(raw, o.secret ?? APP_SECRET)).send(raw.toString('utf8'));
  const messages = async (inboxId: string) =>
    (await db.query('SELECT * FROM messages WHERE inbox_id = $1 ORDER BY sent_at, created_at', [inboxId])).rows;
  const page = (pageId: string, mid: string, text: string, list = 'messaging', timestamp: number = Date.now()) => Buffer.from(JSON.stringify({
    object: 'page', entry: [{ id: pageId, time: Date.now(), [list]: [{ sender: { id: `psid-${mid}` }, recipient: { id: pageId }, timestamp, message: { mid, text } }] }],
  }));

  beforeAll(async () => {
    api = await startApi();
    admin = await userSession(api, 'admin');
    agent = await userSession(api, 'agent');
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    const make = async (key: string, channel: string, platformAccountId: string, appSecret: string, verifyToken?: string) => {
      const res = await api.http.post('/api/inboxes').set(admin.auth)
        .send({ name: key, channel, platformAccountId, appSecret, ...(verifyToken ? { verifyToken } : {}) }).expect(201);
      ids[key] = res.body.id;
      return res.body;
    };
    const a = await make('pageA', 'messenger', PAGE_A, APP_SECRET, 'verify-token-of-page-a');
    expect(a.appWebhookPath).toBe('/api/webhooks/messenger');
    await make('pageB', 'messenger', PAGE_B, APP_SECRET);
    await make('otherApp', 'messenger', PAGE_OF_OTHER_APP, OTHER_APP_SECRET);
    await make('instagram', 'instagram', IG_ACCOUNT, APP_SECRET);
  });
  afterAll(async () => { await db.end(); await api.close(); });

  it('stores a two-Page batch posted on the app URL in the two Pages’ inboxes', async () => {
    const res = await post('/api/webhooks/messenger', fixture('messenger-two-pages-batch.json')).expect(200);
    expect(res.body).toMatchObject({ received: 2, stored: 2, unknown: 0, ignored: 0, rejected: 0 });
    expect((await messages(ids.pageA)).map((m) => m.text)).toEqual(['¿Siguen abiertos hoy?']);
    expect((await messages(ids.pageB)).map((m) => m.text)).toEqual(['Bonjour, ma commande est arrivée cassée 😞']);
    // Meta retries: the same batch changes nothing.
    await post('/api/webhooks/messenger', fixture('messenger-two-pages-batch.json')).expect(200).expect((r) => expect(r.body).toMatchObject({ stored: 0, duplicates: 2 }));
  });

  it('routes an entry for Page B that arrives on Page A’s own URL to Page B’s inbox', async () => {
    const res = await post(`/api/webhooks/messenger/${ids.pageA}`, page(PAGE_B, 'm_b_on_a_url', 'second page, first URL')).expect(200);
    expect(res.body).toMatchObject({ stored: 1 });
    expect((await messages(ids.pageB)).map((m) => m.text)).toContain('second page, first URL');
    expect((await messages(ids.pageA)).map((m) => m.text)).not.toContain('second page, first URL');
  });

  it('never stores an entry in an inbox whose app secret did not sign the request', async () => {
    const res = await post('/api/webhooks/messenger', page(PAGE_OF_OTHER_APP, 'm_forged', 'signed by the wrong app')).expect(200);
    expect(res.body).toMatchObject({ stored: 0, ignored: 1 });
    expect(await messages(ids.otherApp)).toEqual([]);
    // Signed by that app itself, the same entry is stored in its inbox.
    await post('/api/webhooks/messenger', page(PAGE_OF_OTHER_APP, 'm_own_app', 'signed by its own app'), { secret: OTHER_APP_SECRET })
      .expect(200).expect((r) => expect(r.body).toMatchObject({ stored: 1 }));
    expect((await messages(ids.otherApp)).map((m) => m.text)).toEqual(['signed by its own app']);
  });

  it('refuses the app URL when no inbox’s secret signed it, storing nothing', async () => {
    const raw = page(PAGE_A, 'm_unsigned', 'nobody signed this');
    await post('/api/webhooks/messenger', raw, { secret: 'not-any-inbox-secret-0123456789' }).expect(401);
    await api.http.post('/api/webhooks/messenger').set('Content-Type', 'application/json').send(raw.toString('utf8')).expect(401);
    expect((await messages(ids.pageA)).map((m) => m.text)).not.toContain('nobody signed this');
  });

  it('answers the handshake on the app URL with any of the channel’s verify tokens', async () => {
    const ok = await api.http.get('/api/webhooks/messenger').query({ 'hub.mode': 'subscribe', 'hub.verify_token': 'verify-token-of-page-a', 'hub.challenge': '1158201444' }).expect(200);
    expect(ok.text).toBe('1158201444');
    await api.http.get('/api/webhooks/messenger').query({ 'hub.mode': 'subscribe', 'hub.verify_token': 'wrong', 'hub.challenge': '1' }).expect(403);
    await api.http.get('/api/webhooks/api').query({ 'hub.mode': 'subscribe', 'hub.verify_token': 'x', 'hub.challenge': '1' }).expect(404);
  });

  it('answers 200 for a Page no inbox has, stores it nowhere, and shows it to admins', async () => {
    const before = await db.query('SELECT count(*)::int AS n FROM messages');
    const unknownPage = '999000111222333';
    for (const mid of ['m_unknown_1', 'm_unknown_2']) {
      const res = await post('/api/webhooks/messenger', page(unknownPage, mid, 'for a page nobody connected')).expect(200);
      expect(res.body).toMatchObject({ stored: 0, unknown: 1 });
    }
    expect((await db.query('SELECT count(*)::int AS n FROM messages')).rows[0].n).toBe(before.rows[0].n);
    const seen = await api.http.get(`/api/inboxes/${ids.pageA}/unknown-accounts`).set(admin.auth).expect(200);
    expect(seen.body.events).toBeGreaterThanOrEqual(2);
    expect(seen.body.recent[0]).toMatchObject({ accountId: unknownPage, events: 2 });
    // Only inboxes of the app that signed count it: the other app's inbox saw nothing.
    expect((await api.http.get(`/api/inboxes/${ids.otherApp}/unknown-accounts`).set(admin.auth).expect(200)).body).toEqual({ events: 0, recent: [] });
    await api.http.get(`/api/inboxes/${ids.pageA}/unknown-accounts`).set(agent.auth).expect(403);
  });

  it('keeps standby events as context and says in the thread that another app controls it', async () => {
    const res = await post('/api/webhooks/messenger', fixture('messenger-standby.json')).expect(200);
    expect(res.body).toMatchObject({ stored: 2, rejected: 0 });
    const { rows: [c] } = await db.query(
      `SELECT c.* FROM conversations c JOIN contacts ct ON ct.id = c.contact_id WHERE ct.platform_id = '7064853926699001'`);
    expect(c).toMatchObject({ waiting_since: null, unread_count: 0, thread_controller: 'Meta app 263902037430900' });
    const thread = await api.http.get(`/api/conversations/${c.id}/messages`).set(admin.auth).expect(200);
    const items = (thread.body.items ?? thread.body) as { kind: string; text: string; standby: boolean }[];
    expect(items.map((m) => [m.kind, m.standby])).toEqual([['activity', false], ['text', true], ['text', true]]);
    expect(items[0].text).toMatch(/^Another app controls this conversation/);
    // A message on the primary channel: the thread is ours again, and it waits for an answer.
    await post('/api/webhooks/messenger', Buffer.from(JSON.stringify({
      object: 'page', entry: [{ id: PAGE_A, time: 1747391500000, messaging: [{ sender: { id: '7064853926699001' }, recipient: { id: PAGE_A }, timestamp: 1747391500000, message: { mid: 'm_after_handover', text: 'Hello? A person please' } }] }],
    }))).expect(200);
    const after = (await db.query('SELECT * FROM conversations WHERE id = $1', [c.id])).rows[0];
    expect(after.thread_controller).toBeNull();
    expect(after.waiting_since).not.toBeNull();
    const texts = (await messages(ids.pageA)).filter((m) => m.conversation_id === c.id && m.kind === 'activity').map((m) => m.text);
    expect(texts[1]).toMatch(/^Parley controls this conversation again/);
  });

  it('reads an Instagram story reply as a reply to the story, keeping its id', async () => {
    await post('/api/webhooks/instagram', fixture('instagram-story-reply.json')).expect(200).expect((r) => expect(r.body).toMatchObject({ stored: 1 }));
    const [m] = await messages(ids.instagram);
    expect(m.text).toBe('Is this jacket still available in M?');
    expect(m.reply_to_platform_id).toBe('17990432167054999');
    expect(m.attachments).toEqual([expect.objectContaining({ type: 'story_reply', storyId: '17990432167054999', title: 'Replied to your story' })]);
  });

  it('rejects only the events that cannot be stored (year 10000, a 10,000-character id), stores the rest, answers 200', async () => {
    const now = Date.now();
    const item = (mid: string, timestamp: number, text: string) => ({ sender: { id: 'psid-batch' }, recipient: { id: PAGE_A }, timestamp, message: { mid, text } });
    const raw = Buffer.from(JSON.stringify({
      object: 'page', entry: [{ id: PAGE_A, time: now, messaging: [
        item('m_batch_ok_1', now, 'first good one'),
        item('m_batch_far_future', Date.UTC(10000, 0, 1), 'from the year 10000'),
        item('x'.repeat(10_000), now + 1, 'a ten-thousand-character id'),
        item('m_batch_ok_2', now + 2, 'second good one'),
      ] }],
    }));
    const res = await post('/api/webhooks/messenger', raw).expect(200);
    expect(res.body).toMatchObject({ received: 4, stored: 2, rejected: 2 });
    const texts = (await messages(ids.pageA)).map((m) => m.text);
    expect(texts).toEqual(expect.arrayContaining(['first good one', 'second good one']));
    expect(texts).not.toContain('from the year 10000');
    expect(texts).not.toContain('a ten-thousand-character id');
  });

  it('verifies a signed body over its raw bytes even when its Content-Type is not JSON', async () => {
    const raw = page(PAGE_A, 'm_text_plain', 'sent as text/plain, Córdoba 📦');
    await post('/api/webhooks/messenger', raw, { contentType: 'text/plain' }).expect(200).expect((r) => expect(r.body).toMatchObject({ stored: 1 }));
    await post(`/api/webhooks/messenger/${ids.pageA}`, page(PAGE_A, 'm_no_type', 'form type'), { contentType: 'application/x-www-form-urlencoded' })
      .expect(200).expect((r) => expect(r.body).toMatchObject({ stored: 1 }));
    const wrong = page(PAGE_A, 'm_text_plain_forged', 'forged');
    await api.http.post('/api/webhooks/messenger').set('Content-Type', 'text/plain').set('X-Hub-Signature-256', sign(Buffer.from('other bytes'), APP_SECRET))
      .send(wrong.toString('utf8')).expect(401);
    const texts = (await messages(ids.pageA)).map((m) => m.text);
    expect(texts).toEqual(expect.arrayContaining(['sent as text/plain, Córdoba 📦', 'form type']));
    expect(texts).not.toContain('forged');
  });
});
