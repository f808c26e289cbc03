import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import pg from 'pg';
import { startApi, userSession, type Session, type TestApi } from '../support/api.js';
import { FakeGraph } from '../support/fake-graph.js';
import { sign } from '../support/webhooks.js';
import { eventually, startWorker } from '../support/worker.js';

const PAGE = '700100200399';
const SECRET = 'notifications-test-app-secret-0123456789';

describe('notifications: a customer writing reaches the agents who asked for it', () => {
  const graph = new FakeGraph();
  let api: TestApi;
  let worker: INestApplicationContext;
  let admin: Session;
  let manager: Session;
  let agent: Session;
  let colleague: Session;
  let db: pg.Client;
  let inboxId: string;
  let seq = 0;

  const q = async <T = Record<string, unknown>>(text: string, params: unknown[] = []) => (await db.query(text, params)).rows as T[];
  const customerWrites = async (psid: string, text: string) => {
    const at = Date.now() + seq;
    const raw = JSON.stringify({ object: 'page', entry: [{ id: PAGE, time: at, messaging: [{ sender: { id: psid }, recipient: { id: PAGE }, timestamp: at, message: { mid: `m_notify_${++seq}`, text } }] }] });
    await api.http.post(`/api/webhooks/messenger/${inboxId}`).set('Content-Type', 'application/json').set('X-Hub-Signature-256', sign(raw, SECRET)).send(raw).expect(200);
    const [row] = await q<{ id: string; message_id: string }>(
      `SELECT c.id, (SELECT m.id FROM messages m WHERE m.conversation_id = c.id ORDER BY m.created_at DESC LIMIT 1) AS message_id
       FROM conversations c JOIN contacts ct ON ct.id = c.contact_id WHERE ct.platform_id = $1`, [psid]);
    return row;
  };
  const notificationsOf = (s: Session, type: string, conversationId: string) =>
    q<{ title: string; data: { messageId: string } }>('SELECT title, data FROM notifications WHERE user_id = $1 AND type = $2 AND conversation_id = $3 ORDER BY created_at', [s.user.id, type, conversationId]);
  /** Every job written has been relayed and no automation job is waiting or running (the one after each message included). */
  const settle = async () => {
    const { JobDispatcher } = await import('../../libs/core/src/queue/job-dispatcher.js');
    const jobs = worker.get(JobDispatcher);
    await eventually(async () => {
      if ((await q('SELECT 1 FROM outbox LIMIT 1')).length > 0) return false;
      const c = await jobs.queue('automation')!.getJobCounts('waiting', 'active', 'prioritized', 'delayed');
      return c.waiting + c.active + c.prioritized + c.delayed === 0;
    }, 15_000, 'queues to drain');
  };

  beforeAll(async () => {
    await graph.start();
    process.env.GRAPH_API_URL = graph.url;
    api = await startApi();
    worker = await startWorker();
    admin = await userSession(api, 'admin');
    manager = await userSession(api, 'manager', 'Marta Manager');
    agent = await userSession(api, 'agent', 'Ana Agent');
    colleague = await userSession(api, 'agent', 'Bruno Colleague');
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    const res = await api.http.post('/api/inboxes').set(admin.auth).send({
      name: 'Tienda', channel: 'messenger', platformAccountId: PAGE, appSecret: SECRET, accessToken: 'token-notify',
    }).expect(201);
    inboxId = res.body.id;
    await api.http.put(`/api/inboxes/${inboxId}/members`).set(admin.auth).send({ userIds: [agent.user.id, colleague.user.id] }).expect(200);
  }, 90_000); // an api, a worker and four sessions: slow on a loaded machine
  afterAll(async () => {
    await worker.close(); await db.end(); await api.close(); await graph.stop();
  });

  it('keeps each user\'s own preferences, everything on and no sound until they choose', async () => {
    expect((await api.http.get('/api/notifications/preferences').set(agent.auth).expect(200)).body).toEqual({ muted: [], desktop: true, sound: false });
    await api.http.get('/api/notifications/preferences').expect(401);

    const bad = await api.http.put('/api/notifications/preferences').set(agent.auth).send({ muted: ['everything'], desktop: true, sound: true }).expect(400);
    expect(JSON.stringify(bad.body)).toMatch(/muted lists notification types/);
    await api.http.put('/api/notifications/preferences').set(agent.auth).send({ muted: [], desktop: 'yes', sound: true }).expect(400);
    expect((await api.http.get('/api/notifications/preferences').set(agent.auth).expect(200)).body).toEqual({ muted: [], desktop: true, sound: false });

    const saved = await api.http.put('/api/notifications/preferences').set(colleague.auth).send({ muted: ['new_conversation', 'sla_reminder'], desktop: false, sound: true }).expect(200);
    expect(saved.body).toEqual({ muted: ['new_conversation', 'sla_reminder'], desktop: false, sound: true });
    expect((await api.http.get('/api/notifications/preferences').set(colleague.auth).expect(200)).body).toEqual(saved.body);
    // Someone else's choice is not mine.
    expect((await api.http.get('/api/notifications/preferences').set(agent.auth).expect(200)).body.muted).toEqual([]);
  });

  it('tells the inbox\'s members of a new conversation and the assignee of each later message, unless muted', async () => {
    const first = await customerWrites('psid-notify-1', 'Hola, where is my parcel?');
    await eventually(async () => (await notificationsOf(agent, 'new_conversation', first.id)).length === 1, 15_000, 'the new conversation notification');
    const [n] = await notificationsOf(agent, 'new_conversation', first.id);
    expect(n.title).toMatch(/^New conversation from .+: Hola, where is my parcel\?$/);
    // The colleague muted new conversations; the manager is not a member of the inbox.
    expect(await notificationsOf(colleague, 'new_conversation', first.id)).toHaveLength(0);
    expect(await notificationsOf(manager, 'new_conversation', first.id)).toHaveLength(0);

    // Unassigned, a second message tells nobody; once assigned, the assignee hears of each one.
    await customerWrites('psid-notify-1', 'Any news?');
    await settle();
    expect(await q("SELECT 1 FROM notifications WHERE type = 'new_message' AND conversation_id = $1", [first.id])).toHaveLength(0);
    await api.http.put(`/api/conversations/${first.id}/assignee`).set(manager.auth).send({ assigneeId: agent.user.id }).expect(200);
    const third = await customerWrites('psid-notify-1', 'Hello?\n  It has been   a week');
    await eventually(async () => (await notificationsOf(agent, 'new_message', first.id)).length === 1, 15_000, 'the new message notification');
    const [m] = await notificationsOf(agent, 'new_message', first.id);
    expect(m.title).toMatch(/: Hello\? It has been a week$/);
    expect(m.data.messageId).toBe(third.message_id);
    const list = await api.http.get('/api/notifications?unread=true').set(agent.auth).expect(200);
    expect(list.body.items.map((x: { type: string }) => x.type)).toEqual(expect.arrayContaining(['new_conversation', 'new_message']));

    await api.http.put('/api/notifications/preferences').set(agent.auth).send({ muted: ['new_message'], desktop: true, sound: false }).expect(200);
    await customerWrites('psid-notify-1', 'I give up');
    await settle();
    expect(await notificationsOf(agent, 'new_message', first.id)).toHaveLength(1);
  });
});
