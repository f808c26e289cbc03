import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { Redis } from 'ioredis';
import pg from 'pg';
import { startApi, userSession, type Session, type TestApi } from '../support/api.js';
import { FakeGraph } from '../support/fake-graph.js';
import { PrivateRedis } from '../support/redis-server.js';
import { sign } from '../support/webhooks.js';
import { eventually, startWorker } from '../support/worker.js';

const PAGE = '777000222';
const SECRET = 'wipe-test-app-secret-0123456789ab';

/**
 * Redis loses everything (FLUSHALL) while work is queued and not done. PostgreSQL holds the record, so a
 * worker's reconciler finds and redoes each piece, once: the agent's reply, the keyword auto-replies (none where the agent answered first), the
 * contact profiles, a large webhook batch and a snooze. A private redis-server keeps the wipe from the
 * other test files.
 */
describe('after Redis is wiped, the work PostgreSQL says is due resumes, once', () => {
  const graph = new FakeGraph();
  const redis = new PrivateRedis(16_390 + Number(process.env.JEST_WORKER_ID ?? 1));
  let api: TestApi;
  let agent: Session;
  let db: pg.Client;
  let raw: Redis;
  let worker: INestApplicationContext | undefined;
  let inboxId: string;
  const saved = { ...process.env };

  const post = (body: unknown) => {
    const text = JSON.stringify(body);
    return api.http.post(`/api/webhooks/messenger/${inboxId}`).set('Content-Type', 'application/json').set('X-Hub-Signature-256', sign(text, SECRET)).send(text);
  };
  const dm = (psid: string, mid: string, text: string, at = Date.now()) =>
    ({ sender: { id: psid }, recipient: { id: PAGE }, timestamp: at, message: { mid, text } });
  const envelope = (messaging: unknown[]) => ({ object: 'page', entry: [{ id: PAGE, time: Date.now(), messaging }] });
  const count = async (sql: string, params: unknown[] = []) => Number((await db.query(sql, params)).rows[0].n);

  beforeAll(async () => {
    await redis.start();
    await graph.start();
    Object.assign(process.env, {
      REDIS_URL: redis.url, GRAPH_API_URL: graph.url, RECONCILE_INTERVAL_MS: '300', RECONCILE_GRACE_MS: '500', AUTOMATION_SWEEP: 'off',
    });
    api = await startApi();
    const admin = await userSession(api, 'admin');
    agent = await userSession(api, 'agent');
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    raw = new Redis(redis.url);
    const res = await api.http.post('/api/inboxes').set(admin.auth).send({ name: 'wipe', channel: 'messenger', platformAccountId: PAGE, appSecret: SECRET, accessToken: 'tok' }).expect(201);
    inboxId = res.body.id;
    await api.http.put(`/api/inboxes/${inboxId}/members`).set(admin.auth).send({ userIds: [agent.user.id] }).expect(200);
    await db.query(`INSERT INTO auto_reply_rules (inbox_id, position, trigger, keywords, body) VALUES ($1, 0, 'keyword', '["precio"]', 'Los precios están en la web.')`, [inboxId]);
  });

  afterAll(async () => {
    await worker?.close();
    await api.close();
    raw.disconnect();
    await db.end();
    await graph.stop();
    await redis.stop();
    process.env = saved;
  });

  it('delivers the reply, sends each auto-reply, fetches each profile, ingests the batch and wakes the snooze, with no duplicate', async () => {
    // With no worker running, work piles up in Redis: three customers asking for prices, a batch of 30.
    for (let i = 1; i <= 3; i++) await post(envelope([dm(`psid-w${i}`, `m_w${i}`, '¿Qué precio tiene? 💶')])).expect(200);
    const batch = Array.from({ length: 30 }, (_, i) => dm(`psid-b${i}`, `m_b${i}`, `hola ${i}`, Date.now() - 1000 + i));
    expect((await post(envelope(batch)).expect(200)).body).toMatchObject({ queued: 30 });
    const { rows: [c] } = await db.query("SELECT c.id FROM conversations c JOIN contacts ct ON ct.id = c.contact_id WHERE ct.platform_id = 'psid-w1'");
    const reply = (await api.http.post(`/api/conversations/${c.id}/messages`).set(agent.auth).send({ text: 'Enseguida le digo 🙂' }).expect(201)).body.message.id;
    const { rows: [c2] } = await db.query("SELECT c.id FROM conversations c JOIN contacts ct ON ct.id = c.contact_id WHERE ct.platform_id = 'psid-w2'");
    await api.http.post(`/api/conversations/${c2.id}/snooze`).set(agent.auth).send({ until: new Date(Date.now() + 1500).toISOString() }).expect(200);
    await eventually(async () => (await count('SELECT count(*) AS n FROM outbox')) === 0, 10_000, 'the outbox to reach Redis');

    await raw.flushall();
    expect(await raw.dbsize()).toBe(0);
    const wipedAt = Date.now();
    worker = await startWorker();

    await eventually(async () => (await count("SELECT count(*) AS n FROM messages WHERE delivery_status = 'pending'")) === 0
      && (await count('SELECT count(*) AS n FROM webhook_batches')) === 0
      && (await count("SELECT count(*) AS n FROM conversations WHERE status = 'snoozed'")) === 0
      && (await count('SELECT count(*) AS n FROM contacts WHERE profile_fetched_at IS NULL')) === 0
      && (await count('SELECT count(*) AS n FROM automation_evaluations')) === 33, 30_000, 'the work to resume');
    expect(Date.now() - wipedAt).toBeLessThan(60_000);

    expect(await count("SELECT count(*) AS n FROM messages WHERE direction = 'incoming'")).toBe(33);
    // The first customer had the agent's answer before any auto-reply was decided: only the other two get one.
    expect(await count("SELECT count(*) AS n FROM messages WHERE sender_type = 'automation' AND delivery_status = 'sent'")).toBe(2);
    expect(await count('SELECT count(*) AS n FROM messages WHERE id = $1 AND delivery_status = $2', [reply, 'sent'])).toBe(1);
    // Each reply reached the platform exactly once; each new contact's profile was asked for once.
    const texts = graph.sends.map((s) => (s.body as { message: { text: string } }).message.text).sort();
    expect(texts).toEqual(['Enseguida le digo 🙂', ...Array(2).fill('Los precios están en la web.')].sort());
    expect(graph.profileRequests).toHaveLength(33);
    expect(new Set(graph.profileRequests.map((r) => r.path.split('?')[0])).size).toBe(33);

    // A second wipe, once everything is done, redoes nothing.
    await raw.flushall();
    const { Reconciler } = await import('../../libs/inbox/src/reconciliation/reconciler.service.js');
    const reconciler = worker.get(Reconciler);
    const pass = await eventually(async () => (await reconciler.runOnce({ graceMs: 0, limit: 500 })) ?? undefined, 10_000, 'a reconciler pass');
    expect(Object.values(pass.requeued).reduce((a, b) => a + b, 0)).toBe(0);
    expect(graph.sends).toHaveLength(3);
    expect(graph.profileRequests).toHaveLength(33);
  });
});
