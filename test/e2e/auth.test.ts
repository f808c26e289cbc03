import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApi, userSession, type Session, type TestApi } from '../support/api.js';


// A low login limit for this file only; its own Redis key prefix so other files' logins never count here.
process.env.LOGIN_RATE_LIMIT = '3';
process.env.LOGIN_ACCOUNT_LIMIT = '5';
process.env.LOGIN_LOCKOUT_SECONDS = '600';
// The test client is the proxy: X-Forwarded-For from loopback is believed (and from nowhere else).
process.env.TRUST_PROXY = 'loopback';
process.env.PARLEY_QUEUE_PREFIX = `parley-test-auth-${process.pid}-${Date.now()}`;

const PASSWORD = 'correct horse battery';
const cookieOf = (res: { headers: Record<string, unknown> }): string => {
  const raw = res.headers['set-cookie'] as string[] | undefined;
  const session = raw?.find((c) => c.startsWith('parley_session='));
  if (!session) throw new Error('no session cookie set');
  return session.split(';')[0];
};

describe('auth: login, cookie, logout, rate limit, deactivation', () => {
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

  it('answers 401 without a token and with an unknown one, with a message that says what to do', async () => {
    const none = await api.http.get('/api/auth/me').expect(401);
    expect(none.body.message).toBe('Log in first');
    const bad = await api.http.get('/api/auth/me').set('Authorization', 'Bearer not-a-real-token').expect(401);
    expect(bad.body.message).toBe('Your session has expired; log in again');
    for (const [method, path] of [['get', '/api/users'], ['get', '/api/teams'], ['get', '/api/inboxes'], ['get', '/api/tags'],
      ['get', '/api/conversations'], ['get', '/api/conversations/counts'], ['get', '/api/quick-replies'], ['get', '/api/search?q=x'],
      ['post', '/api/users'], ['post', '/api/auth/logout'], ['put', '/api/auth/me/availability']] as const) {
      await api.http[method](path).expect(401);
    }
  });

  it('refuses a wrong password and an unknown email with the same 401', async () => {
    const wrong = await api.http.post('/api/auth/login').send({ email: manager.user.email, password: 'wrong password!' }).expect(401);
    expect(wrong.body.message).toBe('Wrong email or password');
    const unknown = await api.http.post('/api/auth/login').send({ email: 'nobody@parley.test', password: PASSWORD }).expect(401);
    expect(unknown.body.message).toBe('Wrong email or password');
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('rejects malformed login bodies with 400', async () => {
    const res = await api.http.post('/api/auth/login').send({ email: 'not-an-email', password: PASSWORD }).expect(400);
    expect(res.body.message).toContain('email must be an email address');
    const extra = await api.http.post('/api/auth/login').send({ email: admin.user.email, password: PASSWORD, remember: true }).expect(400);
    expect(extra.body.message).toContain('property remember should not exist');
  });

  it('logs in case-insensitively, sets an http-only cookie that works alone for /api/auth/me; logout ends that session', async () => {
    const login = await api.http.post('/api/auth/login').send({ email: manager.user.email.toUpperCase(), password: PASSWORD }).expect(200);
    expect(login.body.token).toEqual(expect.any(String));
    expect(login.body.user).toMatchObject({ id: manager.user.id, email: manager.user.email, name: 'Max Manager', role: 'manager' });
    expect(JSON.stringify(login.body)).not.toMatch(/password|hash/i);
    const raw = (login.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('parley_session='))!;
    expect(raw).toMatch(/HttpOnly/i);
    expect(raw).toMatch(/SameSite=Lax/i);
    const cookie = cookieOf(login);
    const me = await api.http.get('/api/auth/me').set('Cookie', cookie).expect(200);
    expect(me.body).toMatchObject({ id: manager.user.id, role: 'manager' });

    const out = await api.http.post('/api/auth/logout').set('Cookie', cookie).expect(204);
    expect((out.headers['set-cookie'] as unknown as string[]).join(';')).toMatch(/parley_session=;/);
    await api.http.get('/api/auth/me').set('Cookie', cookie).expect(401);
    await api.http.get('/api/auth/me').set('Authorization', `Bearer ${login.body.token}`).expect(401);
    // The manager's other session is untouched.
    await api.http.get('/api/auth/me').set(manager.auth).expect(200);
  });

  it('logout with a bearer token kills that token', async () => {
    const login = await api.http.post('/api/auth/login').send({ email: agent.user.email, password: PASSWORD }).expect(200);
    const auth = { Authorization: `Bearer ${login.body.token}` };
    await api.http.get('/api/auth/me').set(auth).expect(200);
    await api.http.post('/api/auth/logout').set(auth).expect(204);
    const after = await api.http.get('/api/auth/me').set(auth).expect(401);
    expect(after.body.message).toBe('Your session has expired; log in again');
  });

  it('sets and validates availability', async () => {
    const res = await api.http.put('/api/auth/me/availability').set(agent.auth).send({ availability: 'online' }).expect(200);
    expect(res.body.availability).toBe('online');
    const bad = await api.http.put('/api/auth/me/availability').set(agent.auth).send({ availability: 'busy' }).expect(400);
    expect(bad.body.message).toContain('availability must be one of online, away, offline');
    expect((await api.http.get('/api/auth/me').set(agent.auth).expect(200)).body.availability).toBe('online');
  });

  it('rate limits login attempts per account with a 429 that says when to retry, even for the right password', async () => {
    const victim = await api.http.post('/api/users').set(admin.auth)
      .send({ email: 'victim@parley.test', name: 'Vic Tim', password: PASSWORD, role: 'agent' }).expect(201);
    for (let i = 0; i < 3; i++) {
      await api.http.post('/api/auth/login').send({ email: victim.body.email, password: `guess-${i}-wrong` }).expect(401);
    }
    const limited = await api.http.post('/api/auth/login').send({ email: victim.body.email, password: 'guess-4-wrong' }).expect(429);
    expect(limited.body.message).toMatch(/^Too many login attempts; try again in \d+ s$/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    await api.http.post('/api/auth/login').send({ email: victim.body.email, password: PASSWORD }).expect(429);
  });

  it('ends the sessions of a deactivated user and refuses their login', async () => {
    const created = await api.http.post('/api/users').set(admin.auth)
      .send({ email: 'Leaver@Parley.test', name: 'Lee Leaver', password: PASSWORD, role: 'agent' }).expect(201);
    expect(created.body.email).toBe('leaver@parley.test');
    const login = await api.http.post('/api/auth/login').send({ email: 'leaver@parley.test', password: PASSWORD }).expect(200);
    const auth = { Authorization: `Bearer ${login.body.token}` };

    await api.http.patch(`/api/users/${created.body.id}`).set(admin.auth).send({ deactivated: true }).expect(200);
    await api.http.get('/api/auth/me').set(auth).expect(401);
    const refused = await api.http.post('/api/auth/login').send({ email: 'leaver@parley.test', password: PASSWORD }).expect(401);
    expect(refused.body.message).toBe('Wrong email or password');
    const users = (await api.http.get('/api/users').set(admin.auth).expect(200)).body as { id: string }[];
    expect(users.map((u) => u.id)).not.toContain(created.body.id);
  });

  it('locks an account after guesses spread over many addresses, with Retry-After, and leaves other accounts alone', async () => {
    const target = await api.http.post('/api/users').set(admin.auth)
      .send({ email: 'target@parley.test', name: 'Tara Get', password: PASSWORD, role: 'agent' }).expect(201);
    // One guess from each of five addresses: no per-address limit is reached, the per-account one is.
    for (let i = 1; i <= 5; i++) {
      await api.http.post('/api/auth/login').set('X-Forwarded-For', `198.51.100.${i}`).send({ email: target.body.email, password: `guess-${i}-wrong` }).expect(401);
    }
    const locked = await api.http.post('/api/auth/login').set('X-Forwarded-For', '198.51.100.99').send({ email: target.body.email, password: PASSWORD }).expect(429);
    expect(locked.body.message).toMatch(/^This account is locked for a while after too many failed logins; try again in \d+ s$/);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(60); // the lockout, not the one-minute window
    await api.http.post('/api/auth/login').set('X-Forwarded-For', '198.51.100.99').send({ email: agent.user.email, password: PASSWORD }).expect(200);
  });
});

describe('auth: X-Forwarded-For from a client that is not a configured proxy', () => {
  let api: TestApi;
  beforeAll(async () => {
    process.env.TRUST_PROXY = '10.0.0.0/8'; // nginx somewhere else; the test client is not it
    process.env.LOGIN_ACCOUNT_LIMIT = '1000';
    process.env.PARLEY_QUEUE_PREFIX = `parley-test-auth-xff-${process.pid}-${Date.now()}`; // fresh counters
    api = await startApi({ reset: false });
  });
  afterAll(async () => {
    await api.close();
    delete process.env.TRUST_PROXY;
  });

  it('is ignored: rotating the header does not escape the per-address limit', async () => {
    const email = `rotator-${Date.now()}@parley.test`;
    for (let i = 1; i <= 3; i++) {
      await api.http.post('/api/auth/login').set('X-Forwarded-For', `203.0.113.${i}`).send({ email, password: 'wrong guess' }).expect(401);
    }
    const res = await api.http.post('/api/auth/login').set('X-Forwarded-For', '203.0.113.200').send({ email, password: 'wrong guess' }).expect(429);
    expect(res.body.message).toMatch(/^Too many login attempts/);
  });
});
