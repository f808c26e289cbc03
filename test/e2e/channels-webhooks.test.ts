import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { startApi, userSession, type Session, type TestApi } from '../support/api.js';
import { sign, type TestInbox } from '../support/webhooks.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/webhooks/${name}`, import.meta.url));
const vectors = JSON.parse(fixture('contracts/meta-signature-vectors.json').toString('utf8'));
const handshake = JSON.parse(fixture('contracts/meta-verify-handshake.json').toString('utf8'));
const SECRET: string = vectors.app_secret;

describe('Messenger, Instagram and WhatsApp webhooks, with the platforms’ own payloads', () => {
  let api: TestApi;
  let admin: Session;
  let db: pg.Client;
  const inboxes: Record<'messenger' | 'instagram' | 'whatsapp', TestInbox> = {} as never;

  /** Posts the fixture's bytes exactly as the platform sends them, signed with the app secret. */
  const post = (inbox: TestInbox, raw: Buffer, signature: string | null = sign(raw, SECRET)) => {
    const req = api.http.post(`/api/webhooks/${inbox.channel}/${inbox.id}`).set('Content-Type', 'application/json');
    if (signature) req.set('X-Hub-Signature-256', signature);
    return req.send(raw.toString('utf8'));
  };
  const messages = async (inbox: TestInbox) =>
    (await db.query('SELECT * FROM messages WHERE inbox_id = $1 ORDER BY sent_at, created_at', [inbox.id])).rows;

  beforeAll(async () => {
    api = await startApi();
    admin = await userSession(api, 'admin');
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    const accounts = { messenger: '104823458934776', instagram: '17841405822304914', whatsapp: '106540352242922' } as const;
    for (const channel of ['messenger', 'instagram', 'whatsapp'] as const) {
      const res = await api.http.post('/api/inboxes').set(admin.auth).send({
        name: `${channel} inbox`, channel, platformAccountId: accounts[channel], appSecret: SECRET, verifyToken: handshake.configured_verify_token,
      }).expect(201);
      inboxes[channel] = { id: res.body.id, secret: SECRET, channel };
    }
  });
  afterAll(async () => { await db.end(); await api.close(); });

  it('answers Meta’s verification handshake, and refuses a wrong verify token', async () => {
    const ok = await api.http.get(`/api/webhooks/messenger/${inboxes.messenger.id}`).query(handshake.request.query).expect(200);
    expect(ok.text).toBe(handshake.expected_response_ok.body);
    expect(ok.headers['content-type']).toMatch(/^text\/plain/);
    await api.http.get(`/api/webhooks/messenger/${inboxes.messenger.id}`).query({ ...handshake.request.query, 'hub.verify_token': 'nope' }).expect(403);
  });

  it('rejects the re-serialized body under the original signature, and stores nothing', async () => {
    const res = await post(inboxes.messenger, Buffer.from(vectors.reserialized_body_utf8, 'utf8'), vectors.headers['X-Hub-Signature-256']);
    expect(res.status).toBe(401);
    await post(inboxes.messenger, Buffer.from(vectors.raw_body), null).expect(401);
    await post(inboxes.messenger, Buffer.from(vectors.raw_body), 'sha256=deadbeef').expect(401);
    expect(await messages(inboxes.messenger)).toEqual([]);
  });

  it('accepts the signature vector byte for byte, keeping the escaped non-ASCII text', async () => {
    const raw = Buffer.from(vectors.raw_body);
    expect(sign(raw, SECRET)).toBe(vectors.headers['X-Hub-Signature-256']);
    const res = await post(inboxes.messenger, raw, vectors.headers['X-Hub-Signature-256']).expect(200);
    expect(res.body).toMatchObject({ stored: 1 });
    const [m] = await messages(inboxes.messenger);
    expect(m.text).toBe('Hola, ¿tienen envío a Córdoba? Mi pedido #4821 no llegó 📦');
    expect(m.sent_at.getTime()).toBe(1747391234567);
  });

  it('stores a re-delivered message once, even when the copies race', async () => {
    const raw = fixture('messenger-text.json');
    const results = await Promise.all(Array.from({ length: 6 }, () => post(inboxes.messenger, raw)));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const rows = (await messages(inboxes.messenger)).filter((m) => m.platform_message_id.startsWith('m_AG5Hz2'));
    expect(rows).toHaveLength(1);
  });

  it('maps every Messenger sample: quick reply, image, postback, echo, delivery', async () => {
    for (const f of ['messenger-quick-reply.json', 'messenger-image.json', 'messenger-postback.json', 'messenger-echo.json', 'messenger-delivery.json']) {
      await post(inboxes.messenger, fixture(f)).expect(200);
    }
    const rows = await messages(inboxes.messenger);
    const by = (prefix: string) => rows.find((m) => m.platform_message_id.startsWith(prefix));
    expect(by('m_9jLwQ1')).toMatchObject({ text: 'Track my order', payload: 'TRACK_ORDER', direction: 'incoming' });
    expect(by('m_Tk3pXv')).toMatchObject({ kind: 'attachment', attachments: [expect.objectContaining({ type: 'image', url: expect.stringContaining('scontent.xx.fbcdn.net') })] });
    expect(by('m_Lp4oK7')).toMatchObject({ text: 'Talk to a human', payload: 'HANDOFF_TO_AGENT' });
    // The echo of a reply typed in Meta's own inbox is the page's reply; the delivery receipt then marks it.
    expect(by('m_Qw8eR5')).toMatchObject({ direction: 'outgoing', sender_type: 'page', delivery_status: 'delivered' });
    const list = await api.http.get('/api/conversations').query({ inboxId: inboxes.messenger.id, status: 'any' }).set(admin.auth).expect(200);
    const postbackContact = list.body.items.find((c: { id: string }) => rows.some((m) => m.conversation_id === c.id && m.payload === 'HANDOFF_TO_AGENT'));
    expect(postbackContact.unanswered).toBe(true);
  });

  it('maps Instagram text, story mention, echo and unsend (shown deleted, content kept)', async () => {
    for (const f of ['instagram-text.json', 'instagram-story-mention.json', 'instagram-echo.json', 'instagram-unsend.json']) {
      await post(inboxes.instagram, fixture(f)).expect(200);
    }
    const rows = await messages(inboxes.instagram);
    const text = rows.find((m) => m.text === 'hi! do you ship to Canada?');
    expect(text.deleted_at).not.toBeNull();
    expect(rows.find((m) => m.attachments[0]?.type === 'story_mention')).toBeTruthy();
    expect(rows.find((m) => m.direction === 'outgoing')).toMatchObject({ sender_type: 'page', text: 'Yes! We ship to Canada, 5-7 business days.' });
    const thread = await api.http.get(`/api/conversations/${text.conversation_id}/messages`).set(admin.auth).expect(200);
    const shown = thread.body.items.find((m: { id: string }) => m.id === text.id);
    expect(shown).toMatchObject({ text: null, deletedAt: expect.any(String) });
  });

  it('maps WhatsApp text, image, location, and names the contact from the contacts block', async () => {
    await post(inboxes.whatsapp, fixture('whatsapp-text.json')).expect(200);
    // The image sample reuses the text sample's wamid: the same platform id is the same message.
    expect((await post(inboxes.whatsapp, fixture('whatsapp-image.json')).expect(200)).body).toMatchObject({ stored: 0, duplicates: 1 });
    await post(inboxes.whatsapp, fixture('whatsapp-location.json')).expect(200);
    const rows = await messages(inboxes.whatsapp);
    expect(rows.map((m) => m.kind)).toEqual(['text', 'attachment']);
    expect(rows[0].text).toBe('Does it come in another color?');
    expect(rows[0].sent_at.getTime()).toBe(1749416383_000);
    expect(rows[1].attachments[0]).toMatchObject({ type: 'location', latitude: 37.48403, longitude: -122.148096 });
    const { rows: [contact] } = await db.query('SELECT name, platform_id FROM contacts WHERE inbox_id = $1', [inboxes.whatsapp.id]);
    expect(contact).toEqual({ name: 'Sheena Nelson', platform_id: '16505551234' });

    // In an inbox that has not seen that wamid, the image is stored as a reference with its caption and type.
    const other = await api.http.post('/api/inboxes').set(admin.auth).send({ name: 'wa 2', channel: 'whatsapp', platformAccountId: '106540352242922', appSecret: SECRET }).expect(201);
    await post({ id: other.body.id, secret: SECRET, channel: 'whatsapp' }, fixture('whatsapp-image.json')).expect(200);
    const [image] = (await db.query('SELECT * FROM messages WHERE inbox_id = $1', [other.body.id])).rows;
    expect(image.attachments[0]).toMatchObject({ type: 'image', mime: 'image/jpeg', caption: 'Taj Mahal', url: expect.stringContaining('lookaside.fbsbx.com') });
  });

  it('moves WhatsApp statuses forward only, and records a reaction to our message', async () => {
    const [{ conversation_id }] = await messages(inboxes.whatsapp);
    const wamid = 'wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI2RDlGM0U1RDJCM0JBMUZBNUUA';
    await db.query(`INSERT INTO messages (conversation_id, inbox_id, direction, kind, sender_type, text, platform_message_id, delivery_status, sent_at)
      VALUES ($1, $2, 'outgoing', 'text', 'user', 'We have it in blue', $3, 'read', to_timestamp(1749416700))`, [conversation_id, inboxes.whatsapp.id, wamid]);
    await post(inboxes.whatsapp, fixture('whatsapp-status-delivered.json')).expect(200);
    expect((await db.query('SELECT delivery_status FROM messages WHERE platform_message_id = $1', [wamid])).rows[0].delivery_status).toBe('read');
    await db.query("UPDATE messages SET delivery_status = 'sent' WHERE platform_message_id = $1", [wamid]);
    await post(inboxes.whatsapp, fixture('whatsapp-status-delivered.json')).expect(200);
    expect((await db.query('SELECT delivery_status FROM messages WHERE platform_message_id = $1', [wamid])).rows[0].delivery_status).toBe('delivered');
    await post(inboxes.whatsapp, fixture('whatsapp-reaction.json')).expect(200);
    expect((await db.query('SELECT reactions FROM messages WHERE platform_message_id = $1', [wamid])).rows[0].reactions).toEqual([{ emoji: '👍', by: 'contact' }]);
  });

  it('keeps the good events of a batch when one is malformed, and acknowledges unknown kinds', async () => {
    const now = Date.now();
    const event = (mid: string, text: string) => ({ sender: { id: 'psid-batch' }, recipient: { id: '104823458934776' }, timestamp: now, message: { mid, text } });
    const body = { object: 'page', entry: [{ id: '104823458934776', time: now, messaging: [
      event('m_batch_1', 'first'), { sender: { id: 'psid-batch' }, timestamp: now, message: { text: 'no mid, no recipient' } },
      { sender: { id: 'psid-batch' }, recipient: { id: '104823458934776' }, timestamp: now, referral: { ref: 'ad' } }, event('m_batch_2', 'second'),
    ] }] };
    const raw = Buffer.from(JSON.stringify(body));
    const res = await post(inboxes.messenger, raw).expect(200);
    expect(res.body).toMatchObject({ stored: 2, rejected: 2 });
    const texts = (await messages(inboxes.messenger)).map((m) => m.text);
    expect(texts).toEqual(expect.arrayContaining(['first', 'second']));
  });

  it('refuses a body over 3 MB with 413, and a non-JSON body with 400', async () => {
    const big = Buffer.from(JSON.stringify({ object: 'page', entry: [], pad: 'x'.repeat(3 * 1024 * 1024) }));
    await post(inboxes.messenger, big).expect(413);
    await post(inboxes.messenger, Buffer.from('{"object": "page", oops')).expect(400);
  });

  it('stores nothing of events addressed to a page no inbox has', async () => {
    const now = Date.now();
    const body = { object: 'page', entry: [{ id: '999', time: now, messaging: [{ sender: { id: 'p' }, recipient: { id: '999' }, timestamp: now, message: { mid: 'm_other_page', text: 'x' } }] }] };
    const res = await post(inboxes.messenger, Buffer.from(JSON.stringify(body))).expect(200);
    expect(res.body).toMatchObject({ stored: 0, unknown: 1 });
  });
});
