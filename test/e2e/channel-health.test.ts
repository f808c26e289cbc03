import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import type { ChannelHealthDto } from '@parley/contracts';
import { ChannelAlertsService } from '@parley/inbox';
import { startApi, userSession, type Session, type TestApi } from '../support/api.js';
import { sql } from '../support/db.js';
import { FakeGraph, graphError } from '../support/fake-graph.js';
import { createInbox, receive, sign, type TestInbox } from '../support/webhooks.js';
import { eventually, startWorker } from '../support/worker.js';

const PAGE = '104823458934776';
const SECRET = 'health-test-app-secret-0123456789';

describe('channel health: managers see each inbox’s pulse, admins hear when a channel needs them', () => {
  const graph = new FakeGraph();
  let api: TestApi;
  let worker: INestApplicationContext;
  let admin: Session;
  let otherAdmin: Session;
  let manager: Session;
  let agent: Session;
  let busy: TestInbox;
  let messenger: TestInbox;

  const overview = async (who: Session = manager) => (await api.http.get('/api/channel-health').set(who.auth).expect(200)).body as { inboxes: ChannelHealthDto[] };
  const healthOf = async (inboxId: string) => (await overview()).inboxes.find((i) => i.inboxId === inboxId)!;
  const notifications = async (who: Session, type: string) =>
    ((await api.http.get('/api/notifications').set(who.auth).expect(200)).body.items as { type: string; title: string; data: Record<string, unknown> }[])
      .filter((n) => n.type === type);

  beforeAll(async () => {
    await graph.start();
    process.env.GRAPH_API_URL = graph.url;
    api = await startApi();
    worker = await startWorker();
    admin = await userSession(api, 'admin');
    otherAdmin = await userSession(api, 'admin');
    manager = await userSession(api, 'manager');
    agent = await userSession(api, 'agent');
    busy = await createInbox(api, admin, { name: 'Busy bridge' });
    const res = await api.http.post('/api/inboxes').set(admin.auth)
      .send({ name: 'Shop Messenger', channel: 'messenger', platformAccountId: PAGE, appSecret: SECRET, accessToken: 'token-ok' }).expect(201);
    messenger = { id: res.body.id, secret: SECRET, channel: 'messenger' };
  });
  afterAll(async () => { await worker.close(); await api.close(); await graph.stop(); });

  it('is for managers and admins: an agent gets 403', async () => {
    const refused = await api.http.get('/api/channel-health').set(agent.auth).expect(403);
    expect(refused.body.message).toMatch(/admin or manager/);
    expect((await overview(admin)).inboxes.map((i) => i.name)).toEqual(expect.arrayContaining(['Busy bridge', 'Shop Messenger']));
  });

  it('counts messages arriving this hour against the same hour of the last 7 days, and the ingestion lag', async () => {
    for (let i = 0; i < 3; i++) await receive(api, busy, { contactId: `now-${i}`, timestamp: Date.now() - 2000 });
    const h = await healthOf(busy.id);
    expect(h).toMatchObject({ status: 'ok', arrivedLastHour: 3, usualThisHour: 0, repliesWaiting: 0, failuresLastHour: [] });
    expect(h.ingestionLagSeconds).toBeGreaterThanOrEqual(1);
    expect(h.ingestionLagSeconds).toBeLessThan(60);
  });

  it('flags a busy channel gone silent, and tells every admin once per silence', async () => {
    // A week of history: 6 customer messages in this hour of each of the last 7 days, none since.
    for (let day = 1; day <= 7; day++) {
      for (let i = 0; i < 6; i++) await receive(api, busy, { contactId: `d${day}-${i}` });
    }
    // Contact d<day>-<i> wrote <day> days ago, in this very hour.
    await sql(api, `UPDATE messages m SET created_at = now() - make_interval(days => substring(c.platform_id from '^d([0-9])-')::int) - interval '10 minutes'
      FROM conversations cv JOIN contacts c ON c.id = cv.contact_id WHERE cv.id = m.conversation_id AND c.platform_id ~ '^d[0-9]-' AND m.inbox_id = $1`, [busy.id]);
    await sql(api, "UPDATE messages SET created_at = now() - interval '2 hours' WHERE inbox_id = $1 AND created_at > now() - interval '1 hour'", [busy.id]);

    const h = await healthOf(busy.id);
    expect(h).toMatchObject({ status: 'silent', arrivedLastHour: 0, usualThisHour: 6 });
    expect(h.summary).toMatch(/No messages for 2 h, when about 6 usually arrive in this hour/);

    const alerts = api.app.get(ChannelAlertsService);
    expect(await alerts.checkSilence()).toBe(2); // one per admin
    expect(await alerts.checkSilence()).toBe(0); // the same silence is not told twice
    for (const who of [admin, otherAdmin]) {
      const told = await notifications(who, 'channel_silent');
      expect(told).toHaveLength(1);
      expect(told[0].title).toMatch(/Busy bridge/);
    }
    expect(await notifications(manager, 'channel_silent')).toHaveLength(0);
    // A message arrives: the inbox is fine again.
    await receive(api, busy, { contactId: 'back' });
    expect((await healthOf(busy.id)).status).toBe('ok');
  });

  it('shows "reconnect needed" when the platform rejects the token (190), with the failures by reason, and notifies admins once', async () => {
    const at = Date.now();
    const body = JSON.stringify({ object: 'page', entry: [{ id: PAGE, time: at, messaging: [{ sender: { id: 'psid-h' }, recipient: { id: PAGE }, timestamp: at, message: { mid: 'm_health_1', text: 'Hola' } }] }] });
    await api.http.post(`/api/webhooks/messenger/${messenger.id}`).set('Content-Type', 'application/json').set('X-Hub-Signature-256', sign(body, SECRET)).send(body).expect(200);
    const [{ id: conversationId }] = await sql<{ id: string }>(api, 'SELECT id FROM conversations WHERE inbox_id = $1', [messenger.id]);
    graph.replyWith(graphError('error_token_invalid'), graphError('error_token_invalid'));
    const replies: string[] = [];
    for (const text of ['First', 'Second']) replies.push((await api.http.post(`/api/conversations/${conversationId}/messages`).set(admin.auth).send({ text }).expect(201)).body.message.id);
    await eventually(async () => {
      const rows = await sql<{ n: number }>(api, "SELECT count(*)::int AS n FROM messages WHERE id = ANY($1) AND delivery_status = 'failed'", [replies]);
      return rows[0].n === 2;
    }, 15_000, 'both replies failed');

    const h = await healthOf(messenger.id);
    expect(h.status).toBe('reconnect_needed');
    expect(h.summary).toMatch(/Reconnect needed/);
    expect(h.failuresLastHour).toEqual([{ code: '190/460', count: 2, reason: expect.stringMatching(/access token is no longer valid/) }]);
    for (const who of [admin, otherAdmin]) {
      const told = await notifications(who, 'channel_reconnect');
      expect(told).toHaveLength(1);
      expect(told[0]).toMatchObject({ title: expect.stringMatching(/Shop Messenger/), data: { inboxId: messenger.id } });
    }
    // Reconnecting clears it.
    await api.http.patch(`/api/inboxes/${messenger.id}`).set(admin.auth).send({ accessToken: 'token-fresh' }).expect(200);
    expect((await healthOf(messenger.id)).status).toBe('failing');
  });
});
