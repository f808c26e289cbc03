import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { configureLogging } from '@parley/core';
import { startApi, userSession, type Session, type TestApi } from '../support/api.js';
import { FakeGraph } from '../support/fake-graph.js';
import { sign } from '../support/webhooks.js';
import { eventually, startWorker } from '../support/worker.js';

const PAGE = '104823458934776';
const SECRET = 'logging-test-app-secret-0123456789';
const TOKEN = 'EAAlogging-page-token-that-must-never-be-logged';
const WORDS = 'mi tarjeta termina en 4242';

type Line = Record<string, unknown> & { msg: string; traceId?: string };

describe('one grep follows a customer’s message through the api and the worker', () => {
  const graph = new FakeGraph();
  const raw: string[] = [];
  const lines = (): Line[] => raw.map((l) => JSON.parse(l) as Line);
  let api: TestApi;
  let worker: INestApplicationContext;
  let admin: Session;
  let inboxId: string;

  beforeAll(async () => {
    await graph.start();
    process.env.GRAPH_API_URL = graph.url;
    configureLogging({ level: 'info', app: 'test', destination: { write: (line: string) => void raw.push(line) } });
    api = await startApi();
    worker = await startWorker();
    admin = await userSession(api, 'admin');
    const res = await api.http.post('/api/inboxes').set(admin.auth)
      .send({ name: 'Messenger', channel: 'messenger', platformAccountId: PAGE, appSecret: SECRET, accessToken: TOKEN }).expect(201);
    inboxId = res.body.id;
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
    await graph.stop();
    configureLogging({});
  });

  it('logs the webhook, its ingestion, the outbox, the worker’s job and the socket event under one trace id, with no secrets or words', async () => {
    const at = Date.now();
    const body = JSON.stringify({ object: 'page', entry: [{ id: PAGE, time: at, messaging: [{ sender: { id: 'psid-trace' }, recipient: { id: PAGE }, timestamp: at, message: { mid: 'm_trace_1', text: WORDS } }] }] });
    const res = await api.http.post(`/api/webhooks/messenger/${inboxId}`).set('Content-Type', 'application/json')
      .set('X-Hub-Signature-256', sign(body, SECRET)).send(body).expect(200);
    const requestId = res.headers['x-request-id'];
    expect(requestId).toEqual(expect.any(String));

    const stored = lines().find((l) => l.msg === 'message event stored' && l.platformMessageId === 'm_trace_1');
    expect(stored?.traceId).toBe(requestId);
    // The worker picks up the automation job the message queued, and logs it under the same id.
    await eventually(async () => lines().some((l) => l.traceId === requestId && l.msg === 'job automation.evaluate completed'), 15_000, 'the worker’s job line');
    await eventually(async () => lines().some((l) => l.traceId === requestId && l.msg === 'job contact.fetch-profile completed'), 15_000, 'the profile job line');

    const journey = lines().filter((l) => l.traceId === requestId).map((l) => l.msg);
    expect(journey).toEqual(expect.arrayContaining([
      'message event stored',
      'socket event message.created published',
      'job automation.evaluate queued',
      'job automation.evaluate completed',
      'job contact.fetch-profile completed',
      'request completed',
    ]));
    const request = lines().find((l) => l.traceId === requestId && l.msg === 'request completed');
    expect(request).toMatchObject({ reqId: requestId, req: { method: 'POST', path: `/api/webhooks/messenger/${inboxId}` }, res: { status: 200 } });
    const job = lines().find((l) => l.traceId === requestId && l.msg === 'job automation.evaluate completed');
    expect(job).toMatchObject({ job: 'automation.evaluate', context: 'Jobs' });
  });

  it('follows an agent’s reply from its request to the platform under the request’s id', async () => {
    const stored = lines().find((l) => l.msg === 'message event stored' && l.platformMessageId === 'm_trace_1');
    const reply = await api.http.post(`/api/conversations/${stored!.conversationId}/messages`).set(admin.auth).send({ text: 'Gracias, lo reviso' }).expect(201);
    const requestId = reply.headers['x-request-id'];
    await eventually(async () => lines().some((l) => l.traceId === requestId && l.msg === 'reply sent'), 15_000, 'the delivery line');
    expect(lines().find((l) => l.traceId === requestId && l.msg === 'reply sent')).toMatchObject({ messageId: reply.body.message.id, channel: 'messenger', job: 'message.deliver' });
  });

  it('keeps secrets and message bodies out of every line', () => {
    const all = raw.join('\n');
    expect(all).not.toContain(WORDS);
    expect(all).not.toContain('Gracias, lo reviso');
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain(SECRET);
    expect(all).not.toContain(admin.token);
    expect(raw.length).toBeGreaterThan(10);
  });

  it('keeps a caller’s request id when it sends one', async () => {
    const res = await api.http.get('/api/auth/me').set(admin.auth).set('X-Request-Id', 'proxy-req-12345678').expect(200);
    expect(res.headers['x-request-id']).toBe('proxy-req-12345678');
    await eventually(async () => lines().some((l) => l.reqId === 'proxy-req-12345678' && l.msg === 'request completed'), 5000, 'the request line');
  });
});
