import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { io, type Socket } from 'socket.io-client';
import type { ClientEventMap, ClientEventName } from '@parley/contracts';
import { JobDispatcher, QUEUE_NAMES } from '@parley/core';
import { startApi, userSession, type Session, type TestApi } from '../support/api.js';
import { PrivateRedis } from '../support/redis-server.js';
import { apiMessage, createInbox, postSigned, type TestInbox } from '../support/webhooks.js';
import { eventually, startWorker } from '../support/worker.js';

type Received = { event: ClientEventName; payload: Record<string, unknown> & { conversation?: { id: string; status?: string; version?: number; snippet?: string | null } } };

/** A real socket.io client that records every event it receives. */
class Client {
  readonly events: Received[] = [];
  readonly socket: Socket;
  constructor(url: string, token: string | undefined) {
    this.socket = io(url, { path: '/socket.io', transports: ['websocket'], auth: token ? { token } : {}, reconnectionDelay: 100, reconnectionDelayMax: 300 });
    this.socket.onAny((event: ClientEventName, payload: Received['payload']) => this.events.push({ event, payload }));
  }
  connected(): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.socket.connected) return resolve();
      this.socket.once('connect', () => resolve());
      this.socket.once('connect_error', reject);
    });
  }
  emit(event: string, payload: unknown): Promise<{ ok: boolean }> {
    return this.socket.timeout(3000).emitWithAck(event, payload);
  }
  waitFor<E extends ClientEventName>(event: E, match: (p: Parameters<ClientEventMap[E]>[0]) => boolean = () => true, timeoutMs = 3000) {
    return eventually(async () => this.events.find((e) => e.event === event && match(e.payload as never))?.payload as Parameters<ClientEventMap[E]>[0] | undefined, timeoutMs, `${event}`);
  }
  close() { this.socket.close(); }
}

describe('realtime across two api processes and a worker on one Redis', () => {
  const redis = new PrivateRedis(6390 + Number(process.env.JEST_WORKER_ID ?? 1));
  let api1: TestApi;
  let api2: TestApi;
  let worker: INestApplicationContext;
  let admin: Session;
  let agent: Session;
  let colleague: Session;
  let outsider: Session;
  let inbox: TestInbox;
  const clients: Client[] = [];
  const client = async (api: TestApi, s?: Session) => { const c = new Client(api.url, s?.token); clients.push(c); await c.connected(); return c; };

  beforeAll(async () => {
    await redis.start();
    process.env.REDIS_URL = redis.url;
    process.env.PRESENCE_TTL_MS = '1500';
    api1 = await startApi();
    api2 = await startApi({ reset: false });
    worker = await startWorker();
    admin = await userSession(api1, 'admin');
    agent = await userSession(api1, 'agent', 'Ana');
    colleague = await userSession(api1, 'agent', 'Bruno');
    outsider = await userSession(api1, 'agent', 'Otto');
    inbox = await createInbox(api1, admin, { members: [agent.user.id, colleague.user.id] });
  });
  afterEach(() => { clients.forEach((c) => c.close()); clients.length = 0; });
  afterAll(async () => {
    // Optional chaining: when beforeAll failed half-way, close what did start so jest can exit.
    await worker?.close();
    await api1?.close();
    await api2?.close();
    await redis.stop();
    delete process.env.PRESENCE_TTL_MS;
    delete process.env.REDIS_URL;
  });

  it('refuses a socket without valid credentials', async () => {
    const anon = new Client(api1.url, undefined);
    await expect(anon.connected()).rejects.toThrow(/unauthorized/);
    anon.close();
    const forged = new Client(api2.url, 'not-a-token');
    await expect(forged.connected()).rejects.toThrow(/unauthorized/);
    forged.close();
  });

  it('delivers a webhook posted to process 1 to an agent connected to process 2 viewing the thread, and nothing to an outsider', async () => {
    const ana = await client(api2, agent);
    const otto = await client(api1, outsider);
    await postSigned(api1, inbox, apiMessage({ contactId: 'rt-1', name: 'Chloé', id: 'rt-m1', text: 'Bonjour 👋' })).expect(200);
    const created = await ana.waitFor('conversation.created');
    expect(created.conversation).toMatchObject({ contact: { name: 'Chloé' }, unanswered: true, snippet: 'Bonjour 👋' });
    const conversationId = created.conversation.id;
    expect(await otto.emit('conversation.view', { conversationId })).toEqual({ ok: false });
    expect(await ana.emit('conversation.view', { conversationId })).toEqual({ ok: true });
    await postSigned(api1, inbox, apiMessage({ contactId: 'rt-1', id: 'rt-m1b', text: 'Ça va ?' })).expect(200);
    const message = await ana.waitFor('message.created', (p) => p.message.text === 'Ça va ?');
    expect(message.message).toMatchObject({ conversationId, direction: 'incoming' });
    await new Promise((r) => setTimeout(r, 300));
    expect(otto.events.filter((e) => e.event !== 'presence')).toEqual([]);
    expect(JSON.stringify(otto.events)).not.toContain(conversationId);
  });

  it('sends message bodies only to the sockets viewing the thread, from conversation.view until conversation.leave', async () => {
    const ana = await client(api1, agent);
    const bruno = await client(api2, colleague);
    const bodies = (c: Client) => c.events.filter((e) => e.event === 'message.created' || e.event === 'message.updated');
    await postSigned(api1, inbox, apiMessage({ contactId: 'rt-view', name: 'Vera', id: 'rt-v1', text: 'first' })).expect(200);
    const { conversation } = await bruno.waitFor('conversation.created', (p) => p.conversation.contact.name === 'Vera');
    await ana.waitFor('conversation.created', (p) => p.conversation.id === conversation.id);
    expect(await ana.emit('conversation.view', { conversationId: conversation.id })).toEqual({ ok: true });

    // A customer message, an agent's reply (with its delivery tick) and a note: the viewer gets each body,
    // the colleague who only has the list open gets each list row and no body.
    await postSigned(api1, inbox, apiMessage({ contactId: 'rt-view', id: 'rt-v2', text: 'second' })).expect(200);
    await ana.waitFor('message.created', (p) => p.message.text === 'second');
    await api2.http.post(`/api/conversations/${conversation.id}/messages`).set(colleague.auth).send({ text: 'an answer' }).expect(201);
    await ana.waitFor('message.created', (p) => p.message.text === 'an answer');
    await ana.waitFor('message.updated', (p) => p.message.text === 'an answer' && p.message.deliveryStatus === 'sent');
    await api2.http.post(`/api/conversations/${conversation.id}/notes`).set(colleague.auth).send({ text: 'a note' }).expect(201);
    await ana.waitFor('message.created', (p) => p.message.text === 'a note');
    await bruno.waitFor('conversation.updated', (p) => p.conversation.id === conversation.id && p.conversation.snippet === 'second');
    await bruno.waitFor('conversation.updated', (p) => p.conversation.id === conversation.id && p.conversation.snippet === 'an answer');
    await new Promise((r) => setTimeout(r, 300));
    expect(bodies(bruno)).toEqual([]);

    // After leaving, the list row still comes and the body does not; the colleague who opens the thread now gets it.
    expect(await ana.emit('conversation.leave', { conversationId: conversation.id })).toEqual({ ok: true });
    expect(await bruno.emit('conversation.view', { conversationId: conversation.id })).toEqual({ ok: true });
    await postSigned(api1, inbox, apiMessage({ contactId: 'rt-view', id: 'rt-v3', text: 'third' })).expect(200);
    await bruno.waitFor('message.created', (p) => p.message.text === 'third');
    await ana.waitFor('conversation.updated', (p) => p.conversation.id === conversation.id && p.conversation.snippet === 'third');
    await new Promise((r) => setTimeout(r, 300));
    // Not 'first' (published before the view) nor 'third' (after the leave).
    const texts = ana.events.filter((e) => e.event === 'message.created').map((e) => (e.payload as { message: { text: string } }).message.text);
    expect(texts).toEqual(['second', 'an answer', 'a note']);
  });

  it('pushes a colleague’s change with a higher version, so stale updates can be dropped', async () => {
    const ana = await client(api2, agent);
    const [row] = (await api1.http.get('/api/conversations').set(colleague.auth).expect(200)).body.items;
    await api1.http.put(`/api/conversations/${row.id}/priority`).set(colleague.auth).send({ priority: 'urgent' }).expect(200);
    const update = await ana.waitFor('conversation.updated', (p) => p.conversation.id === row.id && p.conversation.priority === 'urgent');
    expect(update.conversation.version).toBeGreaterThan(row.version);
  });

  it('shows who is viewing and who is typing, across processes, and forgets them when they leave', async () => {
    const [row] = (await api1.http.get('/api/conversations').set(agent.auth).expect(200)).body.items;
    const ana = await client(api1, agent);
    const bruno = await client(api2, colleague);
    expect(await ana.emit('conversation.view', { conversationId: row.id })).toEqual({ ok: true });
    expect(await bruno.emit('conversation.view', { conversationId: row.id })).toEqual({ ok: true });
    const both = await ana.waitFor('viewing', (p) => p.conversationId === row.id && p.users.length === 2);
    expect(both.users.map((u) => u.name).sort()).toEqual(['Ana', 'Bruno']);
    await bruno.emit('typing', { conversationId: row.id, typing: true });
    const typing = await ana.waitFor('typing');
    expect(typing).toMatchObject({ conversationId: row.id, user: { name: 'Bruno' }, typing: true, expiresInMs: expect.any(Number) });
    bruno.close();
    await ana.waitFor('viewing', (p) => p.conversationId === row.id && p.users.length === 1 && p.users[0].name === 'Ana');
  });

  it('does not let an outsider view or type in a conversation of another inbox', async () => {
    const [row] = (await api1.http.get('/api/conversations').set(agent.auth).expect(200)).body.items;
    const otto = await client(api2, outsider);
    expect(await otto.emit('conversation.view', { conversationId: row.id })).toEqual({ ok: false });
    expect(await otto.emit('typing', { conversationId: row.id, typing: true })).toEqual({ ok: false });
  });

  it('stops delivering to an agent whose membership is revoked, even in the thread they have open', async () => {
    const bruno = await client(api2, colleague);
    await postSigned(api1, inbox, apiMessage({ contactId: 'rt-revoked', id: 'rt-r1', text: 'before revoke' })).expect(200);
    const open = await bruno.waitFor('conversation.created', (p) => p.conversation.snippet === 'before revoke');
    expect(await bruno.emit('conversation.view', { conversationId: open.conversation.id })).toEqual({ ok: true });
    await api1.http.put(`/api/inboxes/${inbox.id}/members`).set(admin.auth).send({ userIds: [agent.user.id] }).expect(200);
    await new Promise((r) => setTimeout(r, 200));
    bruno.events.length = 0;
    await postSigned(api1, inbox, apiMessage({ contactId: 'rt-revoked', id: 'rt-m2', text: 'after revoke' })).expect(200);
    const ana = await client(api1, agent);
    await postSigned(api1, inbox, apiMessage({ contactId: 'rt-revoked', id: 'rt-m3', text: 'second' })).expect(200);
    await ana.waitFor('conversation.updated', (p) => p.conversation.snippet === 'second');
    expect(bruno.events.filter((e) => e.event.startsWith('message') || e.event.startsWith('conversation'))).toEqual([]);
    await api1.http.put(`/api/inboxes/${inbox.id}/members`).set(admin.auth).send({ userIds: [agent.user.id, colleague.user.id] }).expect(200);
  });

  it('publishes a change made by the worker (a snooze waking up) to the dashboards', async () => {
    const ana = await client(api2, agent);
    const [row] = (await api1.http.get('/api/conversations').set(agent.auth).expect(200)).body.items;
    await api1.http.post(`/api/conversations/${row.id}/snooze`).set(agent.auth).send({ until: new Date(Date.now() + 1200).toISOString() }).expect(200);
    await ana.waitFor('conversation.updated', (p) => p.conversation.id === row.id && p.conversation.status === 'snoozed');
    const woken = await ana.waitFor('conversation.updated', (p) => p.conversation.id === row.id && p.conversation.status === 'open', 8000);
    expect(woken.conversation.snoozedUntil).toBeNull();
  });

  it('reports presence to everyone: online, away by choice, offline when the last socket closes', async () => {
    const watcher = await client(api1, admin);
    const bruno = await client(api2, colleague);
    await eventually(async () => (await api1.http.get('/api/presence').set(admin.auth)).body.some((p: { userId: string }) => p.userId === colleague.user.id), 3000, 'online');
    await api2.http.put('/api/auth/me/availability').set(colleague.auth).send({ availability: 'away' }).expect(200);
    await watcher.waitFor('presence', (p) => p.userId === colleague.user.id && p.availability === 'away');
    bruno.close();
    await watcher.waitFor('presence', (p) => p.userId === colleague.user.id && p.availability === 'offline', 5000);
  });

  it('lets a client that was away catch up from its cursor', async () => {
    const { body: start } = await api1.http.get('/api/conversations/changes').set(agent.auth).expect(200);
    expect(start.items).toEqual([]);
    await postSigned(api1, inbox, apiMessage({ contactId: 'rt-gap', name: 'Gap', id: 'rt-gap-1', text: 'while you were away' })).expect(200);
    const { body: changes } = await api2.http.get('/api/conversations/changes').query({ cursor: start.cursor }).set(agent.auth).expect(200);
    expect(changes.items.map((c: { contact: { name: string } }) => c.contact.name)).toContain('Gap');
    const { body: again } = await api2.http.get('/api/conversations/changes').query({ cursor: changes.cursor }).set(agent.auth).expect(200);
    expect(again.items).toEqual([]);
    const { body: outsiders } = await api2.http.get('/api/conversations/changes').query({ cursor: start.cursor }).set(outsider.auth).expect(200);
    expect(outsiders.items).toEqual([]);
  });

  it('recovers after Redis restarts: events flow again without reconnecting by hand', async () => {
    const ana = await client(api2, agent);
    await redis.stop();
    await new Promise((r) => setTimeout(r, 300));
    await redis.start();
    // Events written while Redis was down wait in the outbox; then flow once the adapters reconnect.
    await eventually(async () => {
      const res = await postSigned(api1, inbox, apiMessage({ contactId: 'rt-3', id: `rt-after-${Date.now()}`, text: 'after restart' }));
      return res.status === 200 && ana.events.some((e) => e.event.startsWith('conversation.') && e.payload.conversation?.snippet === 'after restart');
    }, 15_000, 'events after the Redis restart');
    // The worker consumes again too: a snooze set after the restart wakes up through its delayed job.
    const [row] = (await api1.http.get('/api/conversations').set(agent.auth).expect(200)).body.items;
    await api1.http.post(`/api/conversations/${row.id}/snooze`).set(agent.auth).send({ until: new Date(Date.now() + 1000).toISOString() }).expect(200);
    await ana.waitFor('conversation.updated', (p) => p.conversation.id === row.id && p.conversation.status === 'open' && p.conversation.snoozedUntil === null, 10_000);
    // And it is back on every queue, idle ones included. (afterAll must not close a BullMQ worker whose blocking
    // connection is still mid-reconnect: BullMQ 6.7 then never finishes closing, taskforcesh/bullmq#4656.)
    const jobs = worker.get(JobDispatcher);
    await eventually(async () => {
      const listening = await Promise.all(QUEUE_NAMES.map(async (name) => (await jobs.queue(name)!.getWorkers()).length > 0));
      return listening.every(Boolean);
    }, 10_000, 'the worker listening on every queue again');
  });
});
