import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApi, userSession, type Session, type TestApi } from '../support/api.js';
import { snapshot, sql } from '../support/db.js';

const PASSWORD = 'correct horse battery';

describe('users: admins manage them, input is validated, nothing changes on a refusal', () => {
  let api: TestApi;
  let admin: Session;
  let manager: Session;
  let agent: Session;

  beforeAll(async () => {
    api = await startApi();
    admin = await userSession(api, 'admin', 'Ada Admin');
    manager = await userSession(api, 'manager', 'Max Manager');
    agent = await userSession(api, 'agent', 'Ana Agent');
  });
  afterAll(() => api.close());

  it('lets an admin create a user who can then log in, and lists users to everyone logged in', async () => {
    const res = await api.http.post('/api/users').set(admin.auth)
      .send({ email: 'new.agent@parley.test', name: '  Nia Nuevo  ', password: 'long enough pass', role: 'agent' }).expect(201);
    expect(res.body).toMatchObject({ email: 'new.agent@parley.test', name: 'Nia Nuevo', role: 'agent', availability: 'offline' });
    expect(JSON.stringify(res.body)).not.toMatch(/password|hash/i);
    const list = await api.http.get('/api/users').set(agent.auth).expect(200);
    expect(list.body.map((u: { email: string }) => u.email)).toContain('new.agent@parley.test');
    expect(JSON.stringify(list.body)).not.toMatch(/password|hash/i);
  });

  it('refuses bad input with a 400 that names the problem, and stores nothing', async () => {
    const before = await snapshot(api);
    const cases: [Record<string, unknown>, string][] = [
      [{ email: 'short@parley.test', name: 'S', password: 'short', role: 'agent' }, 'password must be at least 12 characters long'],
      [{ email: 'role@parley.test', name: 'R', password: 'long enough pass', role: 'owner' }, 'role must be one of admin, manager, agent'],
      [{ email: 'not-an-email', name: 'E', password: 'long enough pass', role: 'agent' }, 'email must be an email address'],
      [{ email: 'extra@parley.test', name: 'X', password: 'long enough pass', role: 'agent', isRoot: true }, 'property isRoot should not exist'],
      [{ email: 'noname@parley.test', name: '', password: 'long enough pass', role: 'agent' }, 'name must be longer than or equal to 1 characters'],
      [{ email: 'eleven@parley.test', name: 'E', password: 'elevenchars', role: 'agent' }, 'password must be at least 12 characters long'],
      [{ email: 'common@parley.test', name: 'C', password: 'Password1234', role: 'agent' }, 'password is too common and easy to guess'],
      // 37 characters but 74 bytes: bcrypt would silently ignore the last two.
      [{ email: 'bytes@parley.test', name: 'B', password: 'é'.repeat(37), role: 'agent' }, 'password must be at most 72 bytes'],
    ];
    for (const [body, message] of cases) {
      const res = await api.http.post('/api/users').set(admin.auth).send(body).expect(400);
      expect(res.body.message).toContain(message);
    }
    const bad = await api.http.patch(`/api/users/${agent.user.id}`).set(admin.auth).send({ role: 'root' }).expect(400);
    expect(bad.body.message).toContain('role must be one of admin, manager, agent');
    const weak = await api.http.patch(`/api/users/${agent.user.id}`).set(admin.auth).send({ password: 'qwerty123456' }).expect(400);
    expect(weak.body.message).toContain('password is too common');
    const badId = await api.http.patch('/api/users/not-a-uuid').set(admin.auth).send({ name: 'X' }).expect(400);
    expect(badId.body.message).toMatch(/uuid is expected/);
    expect(await snapshot(api)).toEqual(before);
  });

  it('answers 409 for a duplicate email, whatever its case', async () => {
    const before = await snapshot(api);
    const res = await api.http.post('/api/users').set(admin.auth)
      .send({ email: agent.user.email.toUpperCase(), name: 'Dup', password: 'long enough pass', role: 'agent' }).expect(409);
    expect(res.body.message).toBe(`A user with email ${agent.user.email} already exists`);
    expect(await snapshot(api)).toEqual(before);
  });

  it('forbids managers and agents from creating or editing users (403 with a message)', async () => {
    const before = await snapshot(api);
    for (const s of [manager, agent]) {
      const res = await api.http.post('/api/users').set(s.auth)
        .send({ email: 'x@parley.test', name: 'X', password: 'long enough pass', role: 'admin' }).expect(403);
      expect(res.body.message).toBe('Only admin users can create users');
      const upd = await api.http.patch(`/api/users/${s.user.id}`).set(s.auth).send({ role: 'admin' }).expect(403);
      expect(upd.body.message).toBe('Only admin users can edit users');
    }
    expect(await snapshot(api)).toEqual(before);
  });

  it('lets an admin rename, change the role and reset the password (which ends the old sessions)', async () => {
    const res = await api.http.patch(`/api/users/${agent.user.id}`).set(admin.auth)
      .send({ name: 'Ana Promoted', role: 'manager', password: 'a new password' }).expect(200);
    expect(res.body).toMatchObject({ name: 'Ana Promoted', role: 'manager' });
    await api.http.get('/api/auth/me').set(agent.auth).expect(401);
    await api.http.post('/api/auth/login').send({ email: agent.user.email, password: PASSWORD }).expect(401);
    const login = await api.http.post('/api/auth/login').send({ email: agent.user.email, password: 'a new password' }).expect(200);
    expect(login.body.user.role).toBe('manager');
    await api.http.patch('/api/users/00000000-0000-4000-8000-000000000000').set(admin.auth).send({ name: 'Ghost' }).expect(404);
  });

  it('keeps the password hash out of the database dump of responses but in the table', async () => {
    const [row] = await sql<{ password_hash: string }>(api, 'SELECT password_hash FROM users WHERE id = $1', [admin.user.id]);
    expect(row.password_hash).toMatch(/^\$2[aby]\$/);
    const me = await api.http.get('/api/auth/me').set(admin.auth).expect(200);
    expect(JSON.stringify(me.body)).not.toContain(row.password_hash);
  });
});

describe('the last active admin', () => {
  let api: TestApi;
  let admin: Session;
  beforeAll(async () => {
    api = await startApi();
    admin = await userSession(api, 'admin', 'Ada Admin');
  });
  afterAll(() => api.close());

  it('cannot be demoted or deactivated (409 saying what to do), and nothing changes', async () => {
    const before = await snapshot(api);
    for (const change of [{ role: 'manager' }, { role: 'agent' }, { deactivated: true }, { name: 'Still Ada', deactivated: true }]) {
      const res = await api.http.patch(`/api/users/${admin.user.id}`).set(admin.auth).send(change).expect(409);
      expect(res.body.message).toBe('Ada Admin is the last active admin; make another user an admin first, then change or deactivate this one');
    }
    expect(await snapshot(api)).toEqual(before);
    await api.http.get('/api/auth/me').set(admin.auth).expect(200);
    // Other changes to the last admin still work.
    await api.http.patch(`/api/users/${admin.user.id}`).set(admin.auth).send({ name: 'Ada Lovelace', role: 'admin' }).expect(200);
  });

  it('can be demoted once another admin exists; two admins demoting each other at once leave one admin', async () => {
    const second = await userSession(api, 'admin', 'Bea Admin');
    const [a, b] = await Promise.all([
      api.http.patch(`/api/users/${second.user.id}`).set(admin.auth).send({ role: 'agent' }),
      api.http.patch(`/api/users/${admin.user.id}`).set(second.auth).send({ deactivated: true }),
    ]);
    // The loser either still passed the admin check and then found itself the last one (409), or was
    // already demoted by then (403); never both 200.
    expect([a.status, b.status].filter((s) => s === 200)).toHaveLength(1);
    expect([403, 409]).toContain([a.status, b.status].find((s) => s !== 200));
    const [{ count }] = await sql<{ count: string }>(api, "SELECT count(*) FROM users WHERE role = 'admin' AND deactivated_at IS NULL");
    expect(Number(count)).toBe(1);
  });
});

describe('health and the OpenAPI document', () => {
  let api: TestApi;
  beforeAll(async () => { api = await startApi(); });
  afterAll(() => api.close());

  it('reports PostgreSQL and Redis up without a login', async () => {
    const res = await api.http.get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', postgres: 'up', redis: 'up' });
  });

  it('serves the OpenAPI JSON listing every route', async () => {
    const res = await api.http.get('/api/docs-json').expect(200);
    const paths = Object.keys(res.body.paths);
    const expected: [string, string][] = [
      ['/api/auth/login', 'post'], ['/api/auth/logout', 'post'], ['/api/auth/me', 'get'], ['/api/auth/me/availability', 'put'],
      ['/api/users', 'get'], ['/api/users', 'post'], ['/api/users/{id}', 'patch'],
      ['/api/teams', 'get'], ['/api/teams', 'post'], ['/api/teams/{id}', 'patch'], ['/api/teams/{id}', 'delete'], ['/api/teams/{id}/members', 'put'],
      ['/api/inboxes', 'get'], ['/api/inboxes', 'post'], ['/api/inboxes/{id}', 'get'], ['/api/inboxes/{id}', 'patch'],
      ['/api/inboxes/{id}', 'delete'], ['/api/inboxes/{id}/members', 'put'],
      ['/api/conversations', 'get'], ['/api/conversations/counts', 'get'], ['/api/conversations/bulk', 'post'],
      ['/api/conversations/{id}', 'get'], ['/api/conversations/{id}', 'delete'], ['/api/conversations/{id}/events', 'get'],
      ['/api/conversations/{id}/messages', 'get'], ['/api/conversations/{id}/messages', 'post'], ['/api/conversations/{id}/notes', 'post'],
      ['/api/conversations/{id}/assignee', 'put'], ['/api/conversations/{id}/team', 'put'], ['/api/conversations/{id}/status', 'put'],
      ['/api/conversations/{id}/snooze', 'post'], ['/api/conversations/{id}/archived', 'put'], ['/api/conversations/{id}/priority', 'put'],
      ['/api/conversations/{id}/tags', 'post'], ['/api/conversations/{id}/tags/{tagId}', 'delete'], ['/api/conversations/{id}/read', 'post'],
      ['/api/tags', 'get'], ['/api/tags', 'post'], ['/api/tags/{id}', 'patch'], ['/api/tags/{id}', 'delete'],
      ['/api/quick-replies', 'get'], ['/api/quick-replies', 'post'], ['/api/quick-replies/search', 'get'],
      ['/api/quick-replies/{id}', 'patch'], ['/api/quick-replies/{id}', 'delete'], ['/api/quick-replies/{id}/render', 'post'],
      ['/api/search', 'get'], ['/api/health', 'get'],
      ['/api/webhooks/{channel}/{inboxId}', 'get'], ['/api/webhooks/{channel}/{inboxId}', 'post'],
    ];
    for (const [path, method] of expected) {
      expect({ path, method, listed: paths.includes(path) && method in res.body.paths[path] }).toEqual({ path, method, listed: true });
    }
    await api.http.get('/api/docs').redirects(1).expect(200).expect('Content-Type', /html/);
  });
});
