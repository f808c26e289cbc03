import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { OpsServer } from '@parley/core';
import { startApi, userSession, type Session, type TestApi } from '../support/api.js';
import { FakeGraph, graphError } from '../support/fake-graph.js';
import { sql } from '../support/db.js';
import { metricValue } from '../support/metrics.js';
import { postSigned, receive, sign, type TestInbox } from '../support/webhooks.js';
import { eventually, startWorker } from '../support/worker.js';

const PAGE = '104823458934776';
const SECRET = 'metrics-test-app-secret-0123456789';

describe('operators read Parley’s health: /api/metrics, the ops port, liveness and readiness', () => {
  const graph = new FakeGraph();
  let api: TestApi;
  let worker: INestApplicationContext;
  let admin: Session;
  let agent: Session;
  let apiInbox: TestInbox;
  let messenger: TestInbox;
  let seq = 0;

  const metrics = async () => (await api.http.get('/api/metrics').set(admin.auth).expect(200)).text;
  const customerWrites = async (psid: string) => {
    const at = Date.now();
    const raw = JSON.stringify({ object: 'page', entry: [{ id: PAGE, time: at, messaging: [{ sender: { id: psid }, recipient: { id: PAGE }, timestamp: at, message: { mid: `m_metrics_${++seq}`, text: 'Hola' } }] }] });
    await api.http.post(`/api/webhooks/messenger/${messenger.id}`).set('Content-Type', 'application/json').set('X-Hub-Signature-256', sign(raw, SECRET)).send(raw).expect(200);
    const [row] = await sql<{ id: string }>(api, 'SELECT c.id FROM conversations c JOIN contacts ct ON ct.id = c.contact_id WHERE ct.platform_id = $1', [psid]);
    return row.id;
  };

  beforeAll(async () => {
    await graph.start();
    process.env.GRAPH_API_URL = graph.url;
    process.env.METRICS_PORT = '0';
    api = await startApi();
    worker = await startWorker();
    admin = await userSession(api, 'admin');
    agent = await userSession(api, 'agent');
    const created = await api.http.post('/api/inboxes').set(admin.auth).send({ name: 'API', channel: 'api', appSecret: SECRET }).expect(201);
    apiInbox = { id: created.body.id, secret: SECRET, channel: 'api' };
    const fb = await api.http.post('/api/inboxes').set(admin.auth)
      .send({ name: 'Messenger', channel: 'messenger', platformAccountId: PAGE, appSecret: SECRET, accessToken: 'token-messenger' }).expect(201);
    messenger = { id: fb.body.id, secret: SECRET, channel: 'messenger' };
  });
  afterAll(async () => {
    delete process.env.METRICS_PORT;
    await worker.close();
    await api.close();
    await graph.stop();
  });

  it('counts webhook events stored, duplicate and rejected, and times their ingestion', async () => {
    const before = await metrics();
    await receive(api, apiInbox, { id: 'dup-1', text: 'Hi' });
    await receive(api, apiInbox, { id: 'dup-1', text: 'Hi' }).catch(() => undefined); // the duplicate stores nothing
    await postSigned(api, apiInbox, { contact: { id: 'x' }, message: { id: 'm' } }, { signature: 'sha256=00' }).expect(401);
    const after = await metrics();
    const moved = (name: string, labels: Record<string, string>) => metricValue(after, name, labels) - metricValue(before, name, labels);
    expect(moved('parley_webhook_events_total', { channel: 'api', result: 'stored' })).toBe(1);
    expect(moved('parley_webhook_events_total', { channel: 'api', result: 'duplicate' })).toBe(1);
    expect(moved('parley_webhook_requests_rejected_total', { channel: 'api', status: '401' })).toBe(1);
    expect(moved('parley_ingestion_seconds_count', { channel: 'api' })).toBe(2);
    expect(after).toMatch(/parley_queue_jobs\{queue="delivery",state="waiting"\} \d+/);
    expect(after).toMatch(/parley_db_pool_connections\{state="in_use"\} \d+/);
    expect(after).toMatch(/parley_process_resident_memory_bytes \d+/);
  });

  it('counts a reply sent, a Graph call timed, and a token the platform rejects (190) by its code', async () => {
    const before = await metrics();
    const ok = await customerWrites('psid-metrics-1');
    const sent = await api.http.post(`/api/conversations/${ok}/messages`).set(admin.auth).send({ text: 'Hola 👋' }).expect(201);
    await eventually(async () => (await api.http.get(`/api/conversations/${ok}/messages`).set(admin.auth)).body.items
      .some((m: { id: string; deliveryStatus: string }) => m.id === sent.body.message.id && m.deliveryStatus === 'sent'), 15_000, 'the reply sent');
    graph.replyWith(graphError('error_token_invalid'));
    const refused = await api.http.post(`/api/conversations/${ok}/messages`).set(admin.auth).send({ text: '¿Sigues ahí?' }).expect(201);
    await eventually(async () => (await api.http.get(`/api/conversations/${ok}/messages`).set(admin.auth)).body.items
      .some((m: { id: string; deliveryStatus: string }) => m.id === refused.body.message.id && m.deliveryStatus === 'failed'), 15_000, 'the reply failed');
    const after = await metrics();
    const moved = (name: string, labels: Record<string, string>) => metricValue(after, name, labels) - metricValue(before, name, labels);
    expect(moved('parley_webhook_events_total', { channel: 'messenger', result: 'stored' })).toBe(1);
    expect(moved('parley_delivery_attempts_total', { channel: 'messenger', outcome: 'sent' })).toBe(1);
    expect(moved('parley_delivery_attempts_total', { channel: 'messenger', outcome: 'failed', code: '190/460' })).toBe(1);
    expect(moved('parley_graph_request_seconds_count', { operation: 'messenger.send', status: '200' })).toBe(1);
    expect(moved('parley_graph_request_seconds_count', { operation: 'messenger.send', status: '400' })).toBe(1);
    expect(moved('parley_job_seconds_count', { job: 'message.deliver', outcome: 'completed' })).toBeGreaterThanOrEqual(2);
    expect(moved('parley_outbox_relay_lag_seconds_count', { kind: 'realtime' })).toBeGreaterThan(0);
    await api.http.patch(`/api/inboxes/${messenger.id}`).set(admin.auth).send({ accessToken: 'token-messenger' }).expect(200);
  });

  it('counts a rate-limit answer from the Graph API', async () => {
    const before = await metrics();
    graph.replyWith(graphError('error_rate_limited'));
    const conversation = await customerWrites('psid-metrics-2');
    const res = await api.http.post(`/api/conversations/${conversation}/messages`).set(admin.auth).send({ text: 'Again' }).expect(201);
    await eventually(async () => (await api.http.get(`/api/conversations/${conversation}/messages`).set(admin.auth)).body.items
      .some((m: { id: string; deliveryStatus: string }) => m.id === res.body.message.id && m.deliveryStatus === 'sent'), 20_000, 'the retried reply sent');
    const after = await metrics();
    expect(metricValue(after, 'parley_graph_rate_limited_total', { code: '613' }) - metricValue(before, 'parley_graph_rate_limited_total', { code: '613' })).toBe(1);
    expect(metricValue(after, 'parley_delivery_attempts_total', { outcome: 'retry', code: '613' })
      - metricValue(before, 'parley_delivery_attempts_total', { outcome: 'retry', code: '613' })).toBe(1);
  });

  it('shows metrics to admins only: an agent gets 403, no login 401', async () => {
    const refused = await api.http.get('/api/metrics').set(agent.auth).expect(403);
    expect(refused.body.message).toMatch(/admin/);
    await api.http.get('/api/metrics').expect(401);
  });

  it('serves metrics and probes without a login on METRICS_PORT, for a scraper inside the network', async () => {
    const port = api.app.get(OpsServer).port();
    expect(port).toEqual(expect.any(Number));
    const res = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    expect(await res.text()).toMatch(/parley_webhook_events_total\{channel="api",result="stored"\} \d+/);
    expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);
    const workerPort = worker.get(OpsServer).port();
    expect(workerPort).not.toBe(port);
    expect(await (await fetch(`http://127.0.0.1:${workerPort}/metrics`)).text()).toMatch(/parley_queue_jobs/);
  });

  it('answers liveness and readiness separately, and keeps /api/health', async () => {
    expect((await api.http.get('/api/health/live').expect(200)).body.status).toBe('ok');
    expect((await api.http.get('/api/health/ready').expect(200)).body).toMatchObject({ status: 'ok', postgres: 'up', redis: 'up' });
    expect((await api.http.get('/api/health').expect(200)).body).toMatchObject({ status: 'ok' });
  });
});
