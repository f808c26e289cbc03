import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import pg from 'pg';
import { startApi, userSession, type Session, type TestApi } from '../support/api.js';
import { FakeGraph, graphError } from '../support/fake-graph.js';
import { sign, type TestInbox } from '../support/webhooks.js';
import { eventually, startWorker } from '../support/worker.js';

const PAGE = '104823458934776';
const PHONE = '106540352242922';
const SECRET = 'delivery-test-app-secret-0123456789';
const HOUR = 3600_000;

describe('replies reach the platform through the delivery queue and the real worker', () => {
  const graph = new FakeGraph();
  let api: TestApi;
  let worker: INestApplicationContext;
  let admin: Session;
  let agent: Session;
  let db: pg.Client;
  let messenger: TestInbox;
  let whatsapp: TestInbox;
  let seq = 0;

  const post = (inbox: TestInbox, body: unknown) => {
    const raw = JSON.stringify(body);
    return api.http.post(`/api/webhooks/${inbox.channel}/${inbox.id}`).set('Content-Type', 'application/json')
      .set('X-Hub-Signature-256', sign(raw, SECRET)).send(raw).expect(200);
  };
  /** A customer writes on Messenger at `at`; returns the conversation id. */
  const customerWrites = async (psid: string, at: number, text = 'Hola 👋') => {
    await post(messenger, { object: 'page', entry: [{ id: PAGE, time: at, messaging: [{ sender: { id: psid }, recipient: { id: PAGE }, timestamp: at, message: { mid: `m_in_${++seq}`, text } }] }] });
    const { rows } = await db.query('SELECT c.id FROM conversations c JOIN contacts ct ON ct.id = c.contact_id WHERE ct.platform_id = $1', [psid]);
    return rows[0].id as string;
  };
  const reply = (conversationId: string, text: string) =>
    api.http.post(`/api/conversations/${conversationId}/messages`).set(agent.auth).send({ text });
  const messageRow = async (id: string) => (await db.query('SELECT * FROM messages WHERE id = $1', [id])).rows[0];
  const settled = (id: string) => eventually(async () => {
    const m = await messageRow(id);
    return m.delivery_status !== 'pending' ? m : undefined;
  }, 15_000, `delivery of ${id}`);

  beforeAll(async () => {
    await graph.start();
    process.env.GRAPH_API_URL = graph.url;
    api = await startApi();
    worker = await startWorker();
    admin = await userSession(api, 'admin');
    agent = await userSession(api, 'agent', 'Ana');
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    for (const [channel, account] of [['messenger', PAGE], ['whatsapp', PHONE]] as const) {
      const res = await api.http.post('/api/inboxes').set(admin.auth).send({
        name: channel, channel, platformAccountId: account, appSecret: SECRET, accessToken: `token-${channel}`,
      }).expect(201);
      await api.http.put(`/api/inboxes/${res.body.id}/members`).set(admin.auth).send({ userIds: [agent.user.id] }).expect(200);
      if (channel === 'messenger') messenger = { id: res.body.id, secret: SECRET, channel };
      else whatsapp = { id: res.body.id, secret: SECRET, channel };
    }
  });
  afterAll(async () => { await worker.close(); await db.end(); await api.close(); await graph.stop(); });
  beforeEach(() => graph.reset());

  it('sends a reply inside the 24 h window as RESPONSE, with the page token, and marks it sent', async () => {
    const conversation = await customerWrites('psid-1', Date.now() - HOUR);
    const res = await reply(conversation, 'Sí, enviamos a Córdoba 📦').expect(201);
    const sent = await settled(res.body.message.id);
    expect(sent).toMatchObject({ delivery_status: 'sent', platform_message_id: 'm_fake_1' });
    expect(graph.sends).toHaveLength(1);
    expect(graph.sends[0]).toMatchObject({
      method: 'POST', path: `/v25.0/${PAGE}/messages`, authorization: 'Bearer token-messenger',
      body: { recipient: { id: 'psid-1' }, messaging_type: 'RESPONSE', message: { text: 'Sí, enviamos a Córdoba 📦', metadata: res.body.message.id } },
    });
  });

  it('names a new Messenger contact from the Graph profile, fetched by a job after ingestion', async () => {
    const conversation = await customerWrites('psid-profile', Date.now() - HOUR);
    const named = await eventually(async () => {
      const res = await api.http.get(`/api/conversations/${conversation}`).set(agent.auth).expect(200);
      return res.body.contact.name ? res.body.contact : undefined;
    }, 10_000, 'the profile job');
    expect(named).toMatchObject({ name: 'Lucía Fernández', avatarUrl: 'https://example.com/lucia.jpg' });
    expect(graph.profileRequests[0]).toMatchObject({ path: expect.stringContaining('/psid-profile?fields='), authorization: 'Bearer token-messenger' });
  });

  it('uses the HUMAN_AGENT tag between 24 hours and 7 days, and refuses up front after that', async () => {
    const threeDays = await customerWrites('psid-2', Date.now() - 72 * HOUR);
    const detail = await api.http.get(`/api/conversations/${threeDays}`).set(agent.auth).expect(200);
    expect(new Date(detail.body.humanAgentWindowClosesAt).getTime()).toBeGreaterThan(Date.now());
    const res = await reply(threeDays, 'Following up on your order').expect(201);
    await settled(res.body.message.id);
    expect(graph.sends[0].body).toMatchObject({ messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' });

    const eightDays = await customerWrites('psid-3', Date.now() - 8 * 24 * HOUR);
    const refused = await reply(eightDays, 'Too late?').expect(422);
    expect(refused.body.message).toMatch(/7-day reply window/);
    expect((await db.query("SELECT count(*)::int AS n FROM messages WHERE conversation_id = $1 AND direction = 'outgoing'", [eightDays])).rows[0].n).toBe(0);
  });

  it('retries a transient failure (5xx, then the 613 rate limit) and sends once it passes', async () => {
    graph.replyWith({ status: 500, body: { error: { message: 'An unknown error occurred', code: 1 } } }, graphError('error_rate_limited'));
    const conversation = await customerWrites('psid-4', Date.now() - HOUR);
    const res = await reply(conversation, 'Third time lucky').expect(201);
    const sent = await settled(res.body.message.id);
    expect(sent.delivery_status).toBe('sent');
    expect(graph.sends).toHaveLength(3);
  });

  it('fails a permanent refusal with the platform’s code and words an agent understands', async () => {
    graph.replyWith(graphError('error_user_unavailable'));
    const conversation = await customerWrites('psid-5', Date.now() - HOUR);
    const res = await reply(conversation, 'Are you there?').expect(201);
    const failed = await settled(res.body.message.id);
    expect(failed.delivery_status).toBe('failed');
    expect(failed.delivery_error.code).toBe('551/1545041');
    expect(failed.delivery_error.message).toMatch(/isn't available/i);
    expect(graph.sends).toHaveLength(1);
    const thread = await api.http.get(`/api/conversations/${conversation}/messages`).set(agent.auth).expect(200);
    expect(thread.body.items.at(-1).deliveryError.message).toBe(failed.delivery_error.message);
  });

  it('flags the inbox for its admin when the token is invalid', async () => {
    graph.replyWith(graphError('error_token_invalid'));
    const conversation = await customerWrites('psid-6', Date.now() - HOUR);
    const res = await reply(conversation, 'Hello?').expect(201);
    expect((await settled(res.body.message.id)).delivery_status).toBe('failed');
    const inbox = await api.http.get(`/api/inboxes/${messenger.id}`).set(admin.auth).expect(200);
    expect(inbox.body.credentialsInvalid).toBe(true);
    await api.http.patch(`/api/inboxes/${messenger.id}`).set(admin.auth).send({ accessToken: 'token-messenger' }).expect(200);
  });

  it('matches an echo that arrives before the send call returns, and stores the reply once', async () => {
    graph.replyWith({ status: 200, body: { recipient_id: 'psid-7', message_id: 'm_race_1' }, delayMs: 700 });
    const conversation = await customerWrites('psid-7', Date.now() - HOUR);
    const res = await reply(conversation, 'Racing the echo').expect(201);
    await eventually(async () => graph.sends.length === 1, 5000, 'the send call');
    const at = Date.now();
    await post(messenger, { object: 'page', entry: [{ id: PAGE, time: at, messaging: [{ sender: { id: PAGE }, recipient: { id: 'psid-7' }, timestamp: at,
      message: { mid: 'm_race_1', is_echo: true, app_id: 1, metadata: res.body.message.id, text: 'Racing the echo' } }] }] });
    const sent = await settled(res.body.message.id);
    await new Promise((r) => setTimeout(r, 900)); // let the delayed send answer land too
    expect(sent.platform_message_id).toBe('m_race_1');
    const { rows } = await db.query("SELECT id, delivery_status FROM messages WHERE conversation_id = $1 AND direction = 'outgoing'", [conversation]);
    expect(rows).toEqual([{ id: res.body.message.id, delivery_status: 'sent' }]);
  });

  it('acknowledges a large batch before ingesting it, and the worker stores every event once', async () => {
    const at = Date.now() - 60_000;
    const messaging = Array.from({ length: 200 }, (_, i) => ({
      sender: { id: `psid-batch-${i % 40}` }, recipient: { id: PAGE }, timestamp: at + i, message: { mid: `m_big_${i}`, text: `pedido ${i} 📦` },
    }));
    const body = { object: 'page', entry: [{ id: PAGE, time: at, messaging }] };
    const res = await post(messenger, body);
    expect(res.body).toMatchObject({ received: 200, queued: 200, stored: 0 });
    await post(messenger, body); // Meta retries: the same 200 events again
    const count = async () => (await db.query("SELECT count(*)::int AS n FROM messages WHERE platform_message_id LIKE 'm_big_%'")).rows[0].n;
    await eventually(async () => (await count()) === 200, 60_000, 'the batch to be ingested');
    await new Promise((r) => setTimeout(r, 500));
    expect(await count()).toBe(200);
    const { rows } = await db.query("SELECT count(DISTINCT conversation_id)::int AS n FROM messages WHERE platform_message_id LIKE 'm_big_%'");
    expect(rows[0].n).toBe(40);
  });

  it('sends WhatsApp replies to the wa_id and lets statuses move them forward only', async () => {
    const at = Math.floor(Date.now() / 1000) - 60;
    await post(whatsapp, { object: 'whatsapp_business_account', entry: [{ id: 'waba', changes: [{ field: 'messages', value: {
      messaging_product: 'whatsapp', metadata: { display_phone_number: '15550783881', phone_number_id: PHONE },
      contacts: [{ profile: { name: 'Sheena Nelson' }, wa_id: '16505551234' }],
      messages: [{ from: '16505551234', id: 'wamid.in1', timestamp: String(at), type: 'text', text: { body: 'Does it come in blue?' } }] } }] }] });
    const { rows: [{ id: conversation }] } = await db.query('SELECT id FROM conversations WHERE inbox_id = $1', [whatsapp.id]);
    const res = await reply(conversation, 'Yes, in blue 💙').expect(201);
    const sent = await settled(res.body.message.id);
    expect(graph.sends[0]).toMatchObject({ path: `/v25.0/${PHONE}/messages`, body: { messaging_product: 'whatsapp', to: '16505551234', type: 'text', text: { body: 'Yes, in blue 💙' } } });
    const status = (s: string) => post(whatsapp, { object: 'whatsapp_business_account', entry: [{ id: 'waba', changes: [{ field: 'messages', value: {
      messaging_product: 'whatsapp', metadata: { display_phone_number: '15550783881', phone_number_id: PHONE },
      statuses: [{ id: sent.platform_message_id, status: s, timestamp: String(at + 5), recipient_id: '16505551234' }] } }] }] });
    await status('read');
    await status('delivered');
    await status('sent');
    expect((await messageRow(res.body.message.id)).delivery_status).toBe('read');
  });
});
