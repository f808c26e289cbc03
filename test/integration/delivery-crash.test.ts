import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { startApi, userSession, type Session, type TestApi } from '../support/api.js';
import { FakeGraph, graphError } from '../support/fake-graph.js';
import { sign } from '../support/webhooks.js';

const PAGE = '555000111';
const SECRET = 'crash-test-app-secret-0123456789';

/**
 * A worker that died after the platform accepted a message but before our commit left `send_started_at`
 * set and no platform id. The next attempt must never send it a second time.
 */
describe('delivery after a crash between the platform’s answer and our commit', () => {
  const graph = new FakeGraph();
  let api: TestApi;
  let agent: Session;
  let db: pg.Client;
  let deliver: (id: string, now?: Date) => Promise<{ kind: string }>;
  let inboxId: string;
  let n = 0;

  async function pendingReply(channel: 'messenger' | 'whatsapp', startedSecondsAgo: number): Promise<string> {
    const psid = `psid-crash-${++n}`;
    const at = Date.now() - 60_000;
    const body = channel === 'messenger'
      ? { object: 'page', entry: [{ id: PAGE, time: at, messaging: [{ sender: { id: psid }, recipient: { id: PAGE }, timestamp: at, message: { mid: `m_c_${n}`, text: 'hola' } }] }] }
      : { object: 'whatsapp_business_account', entry: [{ id: 'w', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { phone_number_id: PAGE, display_phone_number: '1' },
          contacts: [{ profile: { name: 'W' }, wa_id: psid }], messages: [{ from: psid, id: `wamid.c${n}`, timestamp: String(Math.floor(at / 1000)), type: 'text', text: { body: 'hola' } }] } }] }] };
    const raw = JSON.stringify(body);
    const inbox = channel === 'messenger' ? inboxId : whatsappInbox;
    await api.http.post(`/api/webhooks/${channel}/${inbox}`).set('Content-Type', 'application/json').set('X-Hub-Signature-256', sign(raw, SECRET)).send(raw).expect(200);
    const { rows: [c] } = await db.query('SELECT c.id FROM conversations c JOIN contacts ct ON ct.id = c.contact_id WHERE ct.platform_id = $1', [psid]);
    const res = await api.http.post(`/api/conversations/${c.id}/messages`).set(agent.auth).send({ text: 'Enviado antes del fallo' }).expect(201);
    await db.query('UPDATE messages SET send_started_at = now() - make_interval(secs => $2) WHERE id = $1', [res.body.message.id, startedSecondsAgo]);
    return res.body.message.id;
  }
  let whatsappInbox: string;
  let apiInbox: string;
  let eventOf: (id: string) => Promise<{ payload: unknown; expected: unknown }>;

  beforeAll(async () => {
    await graph.start();
    process.env.GRAPH_API_URL = graph.url;
    process.env.OUTBOX_RELAY = 'off'; // no worker here: the test drives delivery itself
    process.env.GRAPH_TIMEOUT_MS = '500'; // a send the fake Graph answers later than this timed out
    api = await startApi();
    const admin = await userSession(api, 'admin');
    agent = await userSession(api, 'agent');
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    for (const channel of ['messenger', 'whatsapp']) {
      const res = await api.http.post('/api/inboxes').set(admin.auth).send({ name: channel, channel, platformAccountId: PAGE, appSecret: SECRET, accessToken: 'tok' }).expect(201);
      await api.http.put(`/api/inboxes/${res.body.id}/members`).set(admin.auth).send({ userIds: [agent.user.id] }).expect(200);
      if (channel === 'messenger') inboxId = res.body.id; else whatsappInbox = res.body.id;
    }
    const created = await api.http.post('/api/inboxes').set(admin.auth).send({ name: 'bridge', channel: 'api', appSecret: SECRET }).expect(201);
    apiInbox = created.body.id;
    await api.http.put(`/api/inboxes/${apiInbox}/members`).set(admin.auth).send({ userIds: [agent.user.id] }).expect(200);
    const { DeliveryService } = await import('../../libs/inbox/src/delivery/delivery.service.js');
    const service = api.app.get(DeliveryService);
    deliver = (id, now) => service.deliver(id, now);
    // The delivery writes its message.updated row in SQL: it must be what the mapper makes of the row.
    const { DataSource } = await import('typeorm');
    const { MessageEntity, OutboxRelay } = await import('../../libs/core/src/index.js');
    await api.app.get(OutboxRelay).stop(); // commits still kick the relay: stopped, it leaves the rows for these tests to read
    const { toMessageDto } = await import('../../libs/inbox/src/messages/message.mapper.js');
    const dataSource = api.app.get(DataSource);
    eventOf = async (id) => {
      const { rows } = await db.query("SELECT payload, options FROM outbox WHERE name = 'message.updated' AND payload->'message'->>'id' = $1", [id]);
      expect(rows).toHaveLength(1);
      const m = await dataSource.manager.findOneByOrFail(MessageEntity, { id });
      expect(rows[0].options).toEqual({ audiences: [{ conversationId: m.conversationId }] });
      return { payload: rows[0].payload, expected: { message: toMessageDto(m) } };
    };
  });
  afterAll(async () => { delete process.env.OUTBOX_RELAY; delete process.env.GRAPH_TIMEOUT_MS; await db.end(); await api.close(); await graph.stop(); });
  beforeEach(() => graph.reset());

  it('waits for Meta’s echo instead of resending while the echo may still come', async () => {
    const id = await pendingReply('messenger', 5);
    expect(await deliver(id)).toMatchObject({ kind: 'retry' });
    expect(graph.sends).toHaveLength(0);
  });

  it('does nothing more once the echo has recorded the send', async () => {
    const id = await pendingReply('messenger', 5);
    await db.query("UPDATE messages SET platform_message_id = 'm_echoed', delivery_status = 'sent' WHERE id = $1", [id]);
    expect(await deliver(id)).toMatchObject({ kind: 'skipped' });
    expect(graph.sends).toHaveLength(0);
  });

  it('sends when no echo came within the grace period: the first attempt never reached Meta', async () => {
    const id = await pendingReply('messenger', 120);
    expect(await deliver(id)).toMatchObject({ kind: 'sent' });
    expect(graph.sends).toHaveLength(1);
  });

  it('waits for WhatsApp’s status webhook, then resends, the thread saying it may have gone out twice', async () => {
    const waiting = await pendingReply('whatsapp', 5);
    expect(await deliver(waiting)).toMatchObject({ kind: 'retry' });
    expect(graph.sends).toHaveLength(0);
    const id = await pendingReply('whatsapp', 120);
    expect(await deliver(id)).toMatchObject({ kind: 'sent' });
    expect(graph.sends).toHaveLength(1);
    expect(graph.sends[0].body).toMatchObject({ biz_opaque_callback_data: id });
    const { rows: [m] } = await db.query('SELECT delivery_status, delivery_error FROM messages WHERE id = $1', [id]);
    expect(m).toMatchObject({ delivery_status: 'sent', delivery_error: { code: 'maybe_sent_twice' } });
    const { payload } = await eventOf(id);
    expect(payload).toMatchObject({ message: { deliveryStatus: 'sent', deliveryError: { code: 'maybe_sent_twice' } } });
  });

  it('records a WhatsApp send whose answer was lost from its status webhook, and never sends it again', async () => {
    const id = await pendingReply('whatsapp', 5);
    const { rows: [{ platform_id: to }] } = await db.query(
      'SELECT ct.platform_id FROM messages m JOIN conversations c ON c.id = m.conversation_id JOIN contacts ct ON ct.id = c.contact_id WHERE m.id = $1', [id]);
    const status = { object: 'whatsapp_business_account', entry: [{ id: 'w', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp',
      metadata: { phone_number_id: PAGE, display_phone_number: '1' },
      statuses: [{ id: 'wamid.lost-answer', status: 'delivered', timestamp: String(Math.floor(Date.now() / 1000)), recipient_id: to, biz_opaque_callback_data: id }] } }] }] };
    const raw = JSON.stringify(status);
    await api.http.post(`/api/webhooks/whatsapp/${whatsappInbox}`).set('Content-Type', 'application/json').set('X-Hub-Signature-256', sign(raw, SECRET)).send(raw).expect(200);
    const { rows: [m] } = await db.query('SELECT delivery_status, platform_message_id, send_started_at FROM messages WHERE id = $1', [id]);
    expect(m).toEqual({ delivery_status: 'delivered', platform_message_id: 'wamid.lost-answer', send_started_at: null });
    expect(await deliver(id, new Date(Date.now() + 120_000))).toMatchObject({ kind: 'skipped' });
    expect(graph.sends).toHaveLength(0);
  });

  it('keeps a send that timed out as uncertain: no blind resend while its echo may come', async () => {
    const id = await pendingReply('messenger', 120);
    await db.query('UPDATE messages SET send_started_at = NULL WHERE id = $1', [id]);
    graph.replyWith({ status: 200, body: { recipient_id: 'x', message_id: 'm_too_late' }, delayMs: 1500 });
    expect(await deliver(id)).toMatchObject({ kind: 'retry' });
    expect(await deliver(id)).toMatchObject({ kind: 'retry', reason: expect.stringMatching(/waiting for the echo/) });
    expect(graph.sends).toHaveLength(1);
    const { rows: [m] } = await db.query('SELECT delivery_status, send_started_at IS NOT NULL AS started FROM messages WHERE id = $1', [id]);
    expect(m).toEqual({ delivery_status: 'pending', started: true });
  });

  it('never retries a permanent error', async () => {
    const id = await pendingReply('messenger', 120);
    graph.replyWith(graphError('error_user_unavailable'));
    expect(await deliver(id)).toMatchObject({ kind: 'failed' });
    expect(await deliver(id)).toMatchObject({ kind: 'skipped' });
    expect(graph.sends).toHaveLength(1);
  });

  it('marks an API-channel reply sent in one statement, counting the attempt once, with the mapper’s event payload', async () => {
    const { rows: [c] } = await db.query(`WITH ct AS (INSERT INTO contacts (inbox_id, platform_id) VALUES ($1, 'bridge-user') RETURNING id)
      INSERT INTO conversations (inbox_id, contact_id) SELECT $1, id FROM ct RETURNING id`, [apiInbox]);
    const res = await api.http.post(`/api/conversations/${c.id}/messages`).set(agent.auth).send({ text: 'Por el puente 🌉' }).expect(201);
    const id = res.body.message.id;
    expect(await deliver(id)).toEqual({ kind: 'sent', platformMessageId: null });
    expect(await deliver(id)).toMatchObject({ kind: 'skipped' });
    const { rows: [m] } = await db.query('SELECT delivery_status, delivery_attempts, send_started_at FROM messages WHERE id = $1', [id]);
    expect(m).toEqual({ delivery_status: 'sent', delivery_attempts: 1, send_started_at: null });
    const { payload, expected } = await eventOf(id);
    expect(payload).toEqual(expected);
    expect(payload).toMatchObject({ message: { deliveryStatus: 'sent', sender: { id: agent.user.id, name: '' } } });
    // A start recorded by an attempt that died counted that attempt already.
    const again = (await api.http.post(`/api/conversations/${c.id}/messages`).set(agent.auth).send({ text: 'Otra vez' }).expect(201)).body.message.id;
    await db.query('UPDATE messages SET send_started_at = now(), delivery_attempts = 1 WHERE id = $1', [again]);
    expect(await deliver(again)).toMatchObject({ kind: 'sent' });
    const { rows: [a] } = await db.query('SELECT delivery_status, delivery_attempts, send_started_at FROM messages WHERE id = $1', [again]);
    expect(a).toEqual({ delivery_status: 'sent', delivery_attempts: 1, send_started_at: null });
    expect(graph.sends).toHaveLength(0);
  });

  it('replaces an unmatched echo that beat the send’s answer, in the statement that marks the reply sent', async () => {
    const id = await pendingReply('messenger', 120);
    graph.replyWith({ status: 200, body: { recipient_id: 'x', message_id: 'm_echo_first' } });
    const { rows: [m] } = await db.query('SELECT conversation_id, inbox_id FROM messages WHERE id = $1', [id]);
    await db.query(`INSERT INTO messages (conversation_id, inbox_id, direction, kind, sender_type, text, platform_message_id, sent_at)
      VALUES ($1, $2, 'outgoing', 'text', 'page', 'Enviado antes del fallo', 'm_echo_first', now())`, [m.conversation_id, m.inbox_id]);
    expect(await deliver(id)).toEqual({ kind: 'sent', platformMessageId: 'm_echo_first' });
    const { rows } = await db.query("SELECT id, delivery_status, delivery_attempts FROM messages WHERE platform_message_id = 'm_echo_first'");
    expect(rows).toEqual([{ id, delivery_status: 'sent', delivery_attempts: 1 }]);
    const { payload, expected } = await eventOf(id);
    expect(payload).toEqual(expected);
  });

  it('fails a refused reply with its event and the agent’s notification, in that order, once', async () => {
    const id = await pendingReply('messenger', 120);
    graph.replyWith(graphError('error_user_unavailable'));
    expect(await deliver(id)).toMatchObject({ kind: 'failed', code: '551/1545041' });
    const { payload, expected } = await eventOf(id);
    expect(payload).toEqual(expected);
    expect(payload).toMatchObject({ message: { deliveryStatus: 'failed', deliveryError: { code: '551/1545041' } } });
    const { rows } = await db.query(`SELECT name, payload FROM outbox WHERE payload->'message'->>'id' = $1 OR payload->>'conversationId' = $2 ORDER BY id`,
      [id, (await db.query('SELECT conversation_id FROM messages WHERE id = $1', [id])).rows[0].conversation_id]);
    expect(rows.map((r) => r.name).slice(-2)).toEqual(['message.updated', 'notification']);
    const { rows: notes } = await db.query("SELECT user_id, data FROM notifications WHERE dedupe_key = $1", [`reply-failed-${id}`]);
    expect(notes).toEqual([{ user_id: agent.user.id, data: { messageId: id, code: '551/1545041', message: expect.any(String) } }]);
    const { rows: [m] } = await db.query('SELECT send_started_at, delivery_attempts FROM messages WHERE id = $1', [id]);
    expect(m).toEqual({ send_started_at: null, delivery_attempts: 1 });
  });
});
