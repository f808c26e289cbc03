import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { io, type Socket } from 'socket.io-client';
import { startApi, userSession, type Session, type TestApi } from '../support/api.js';
import { sql } from '../support/db.js';
import { apiMessage, createInbox, postSigned, type TestInbox } from '../support/webhooks.js';
import { eventually } from '../support/worker.js';

const PASSWORD = 'correct horse battery';

/** A real socket.io client that records every event it receives, and why it was closed. */
class Client {
  readonly events: { event: string; payload: { conversation?: { id: string; snippet?: string | null } } }[] = [];
  readonly socket: Socket;
  closedBecause?: string;
  constructor(url: string, token: string) {
    // No reconnection: a socket the server closed must stay closed for the assertions.
    this.socket = io(url, { path: '/socket.io', transports: ['websocket'], auth: { token }, reconnection: false });
    this.socket.onAny((event: string, payload: Client['events'][number]['payload']) => this.events.push({ event, payload }));
    this.socket.on('disconnect', (reason) => { this.closedBecause = reason; });
  }
  connected(): Promise<this> {
    return new Promise((resolve, reject) => {
      if (this.socket.connected) return resolve(this);
      this.socket.once('connect', () => resolve(this));
      this.socket.once('connect_error', reject);
    });
  }
  emit(event: string, payload: unknown): Promise<{ ok: boolean }> {
    return this.socket.timeout(3000).emitWithAck(event, payload);
  }
  /** A join the server refuses either answers ok: false or closes the socket before answering. */
  async tryView(conversationId: string): Promise<boolean> {
    return (await this.emit('conversation.view', { conversationId }).catch(() => ({ ok: false }))).ok;
  }
  closedByServer(): Promise<true> {
    return eventually(async () => this.closedBecause === 'io server disconnect', 5000, 'the server to close the socket');
  }
}

/** Logs the same user in once more: a second session, as from a second browser. */
async function anotherSession(api: TestApi, s: Session): Promise<Session> {
  const res = await api.http.post('/api/auth/login').send({ email: s.user.email, password: PASSWORD }).expect(200);
  return { token: res.body.token, user: res.body.user, auth: { Authorization: `Bearer ${res.body.token}` } };
}

describe('sockets end with their session, on every api process', () => {
  let api1: TestApi;
  let api2: TestApi;
  let admin: Session;
  let inbox: TestInbox;
  const clients: Client[] = [];
  const connect = async (api: TestApi, s: Session) => { const c = new Client(api.url, s.token); clients.push(c); return c.connected(); };

  beforeAll(async () => {
    // Two processes on one Redis (this file's own prefix, see startApi), as behind a load balancer.
    api1 = await startApi();
    api2 = await startApi({ reset: false });
    admin = await userSession(api1, 'admin');
    inbox = await createInbox(api1, admin);
  }, 90_000); // two apis: slow on a loaded machine
  afterEach(() => { clients.forEach((c) => c.socket.close()); clients.length = 0; });
  afterAll(async () => {
    await api1?.close();
    await api2?.close();
  });

  it('logout closes that session\'s sockets on the other process, and only those', async () => {
    const agent = await userSession(api1, 'agent');
    const phone = await anotherSession(api1, agent);
    const laptopSocket = await connect(api2, agent);
    const phoneSocket = await connect(api2, phone);
    await api1.http.post('/api/auth/logout').set(agent.auth).expect(204);
    await laptopSocket.closedByServer();
    expect(phoneSocket.socket.connected).toBe(true);
    expect(await phoneSocket.emit('conversation.leave', { conversationId: '00000000-0000-4000-8000-000000000000' })).toEqual({ ok: true });
  });

  it('an admin deactivating a user closes all their sockets', async () => {
    const leaver = await userSession(api1, 'manager');
    const a = await connect(api2, leaver);
    const b = await connect(api1, await anotherSession(api1, leaver));
    await api1.http.patch(`/api/users/${leaver.user.id}`).set(admin.auth).send({ deactivated: true }).expect(200);
    await Promise.all([a.closedByServer(), b.closedByServer()]);
    await expect(new Client(api2.url, leaver.token).connected()).rejects.toThrow(/unauthorized/);
  });

  it('a user changing their own password keeps this session and its socket, and ends every other one', async () => {
    const agent = await userSession(api1, 'agent');
    const other = await anotherSession(api1, agent);
    const here = await connect(api2, agent);
    const there = await connect(api2, other);

    const wrong = await api1.http.post('/api/auth/me/password').set(agent.auth).send({ currentPassword: 'not my password', newPassword: 'a brand new passphrase' }).expect(403);
    expect(wrong.body.message).toBe('Your current password is not correct');
    const weak = await api1.http.post('/api/auth/me/password').set(agent.auth).send({ currentPassword: PASSWORD, newPassword: 'password1234' }).expect(400);
    expect(weak.body.message).toMatch(/too common/);
    const short = await api1.http.post('/api/auth/me/password').set(agent.auth).send({ currentPassword: PASSWORD, newPassword: 'too short' }).expect(400);
    expect(short.body.message).toBe('password must be at least 12 characters long');
    await api1.http.get('/api/auth/me').set(other.auth).expect(200); // refusals ended nothing
    expect(there.socket.connected).toBe(true);

    await api1.http.post('/api/auth/me/password').set(agent.auth).send({ currentPassword: PASSWORD, newPassword: 'a brand new passphrase' }).expect(204);
    await there.closedByServer();
    await api1.http.get('/api/auth/me').set(other.auth).expect(401);
    await api1.http.get('/api/auth/me').set(agent.auth).expect(200);
    expect(here.socket.connected).toBe(true);
    await api1.http.post('/api/auth/login').send({ email: agent.user.email, password: PASSWORD }).expect(401);
    await api1.http.post('/api/auth/login').send({ email: agent.user.email, password: 'a brand new passphrase' }).expect(200);
  });

  it('a manager demoted to an agent without inboxes is disconnected and comes back without inbox events', async () => {
    const manager = await userSession(api1, 'manager');
    const before = await connect(api2, manager);
    await postSigned(api1, inbox, apiMessage({ contactId: 'demo-1', name: 'Dora', id: 'demo-m1', text: 'seen by staff' })).expect(200);
    await eventually(async () => before.events.some((e) => e.event === 'conversation.created'), 5000, 'the manager to see the new conversation');

    await api1.http.patch(`/api/users/${manager.user.id}`).set(admin.auth).send({ role: 'agent' }).expect(200);
    await before.closedByServer();
    const after = await connect(api2, manager); // the same session, still valid over HTTP
    const watcher = await connect(api1, admin);
    await postSigned(api1, inbox, apiMessage({ contactId: 'demo-2', name: 'Dirk', id: 'demo-m2', text: 'not for agents outside' })).expect(200);
    await eventually(async () => watcher.events.some((e) => e.event === 'conversation.created' && e.payload.conversation?.snippet === 'not for agents outside'), 5000, 'the admin to see it');
    expect(after.events.filter((e) => e.event.startsWith('conversation') || e.event.startsWith('message'))).toEqual([]);
  });

  it('a room join re-reads the session and the role, even when the broadcast close never came', async () => {
    const conversationId = (await api1.http.get('/api/conversations').set(admin.auth).expect(200)).body.items[0].id as string;
    const manager = await userSession(api1, 'manager');
    const socket = await connect(api2, manager);
    expect(await socket.tryView(conversationId)).toBe(true);
    // Changed behind the api's back (as if the close had been lost): the next join must see it.
    await sql(api1, "UPDATE users SET role = 'agent' WHERE id = $1", [manager.user.id]);
    expect(await socket.tryView(conversationId)).toBe(false);
    await socket.closedByServer();

    const other = await userSession(api1, 'admin');
    const adminSocket = await connect(api1, other);
    await sql(api1, 'DELETE FROM sessions WHERE user_id = $1', [other.user.id]);
    expect(await adminSocket.tryView(conversationId)).toBe(false);
    await adminSocket.closedByServer();
  });
});
