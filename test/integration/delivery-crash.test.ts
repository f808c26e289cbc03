import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { startApi, userSession, type Session, type TestApi } from '../support/api.js';
import { FakeGraph } from '../support/fake-graph.js';
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

  beforeAll(async () => {
    await graph.start();
    process.env.GRAPH_API_URL = graph.url;
    process.env.OUTBOX_RELAY = 'off'; // no worker here: the test drives delivery itself
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
    const { DeliveryService } = await import('../../libs/inbox/src/delivery/delivery.service.js');
    const service = api.app.get(DeliveryService);
    deliver = (id, now) => service.deliver(id, now);
  });
  afterAll(async () => { delete process.env.OUTBOX_RELAY; await db.end(); await api.close(); await graph.stop(); });
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

  it('never resends on WhatsApp (no echoes): the message fails with advice to check the chat', async () => {
    const id = await pendingReply('whatsapp', 120);
    expect(await deliver(id)).toMatchObject({ kind: 'failed', code: 'uncertain' });
    expect(graph.sends).toHaveLength(0);
    const { rows: [m] } = await db.query('SELECT delivery_status, delivery_error FROM messages WHERE id = $1', [id]);
    expect(m).toMatchObject({ delivery_status: 'failed', delivery_error: { code: 'uncertain' } });
  });
});
