import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { startApi, userSession, type Session, type TestApi } from '../support/api.js';
import { snapshot, sql } from '../support/db.js';
import { apiMessage, createInbox, sign, type TestInbox } from '../support/webhooks.js';

const DASHBOARD = 'http://dashboard.parley.test:8080';
const ELSEWHERE = 'http://localhost:9999'; // another port of the same site: SameSite=Lax cookies still go there

const cookieOf = (res: { headers: Record<string, unknown> }): string =>
  (res.headers['set-cookie'] as string[]).find((c) => c.startsWith('parley_session='))!.split(';')[0];

describe('CSRF: state-changing requests come as JSON from the dashboard\'s origin only', () => {
  let api: TestApi;
  let admin: Session;
  let cookie: string;
  let inbox: TestInbox;
  const newUser = (email: string) => ({ email, name: 'Eve Injected', password: 'long enough pass', role: 'admin' });

  beforeAll(async () => {
    process.env.WEB_ORIGIN = DASHBOARD;
    api = await startApi();
    admin = await userSession(api, 'admin');
    cookie = cookieOf(await api.http.post('/api/auth/login').send({ email: admin.user.email, password: 'correct horse battery' }).expect(200));
    inbox = await createInbox(api, admin, { channel: 'api' });
  }, 90_000); // slow on a loaded machine
  afterAll(async () => {
    await api.close();
    delete process.env.WEB_ORIGIN;
  });

  it('refuses form-encoded and text bodies with 415, whatever the origin, and creates nothing', async () => {
    const before = await snapshot(api);
    const form = await api.http.post('/api/users').set('Cookie', cookie).type('form').send(newUser('form@parley.test')).expect(415);
    expect(form.body.message).toBe('Send the body as JSON with Content-Type: application/json (got application/x-www-form-urlencoded)');
    await api.http.post('/api/users').set('Cookie', cookie).set('Origin', DASHBOARD).set('Content-Type', 'text/plain')
      .send(JSON.stringify(newUser('text@parley.test'))).expect(415);
    await api.http.post('/api/auth/logout').set('Cookie', cookie).set('Content-Type', 'multipart/form-data; boundary=x').send('--x--').expect(415);
    expect(await snapshot(api)).toEqual(before);
    await api.http.get('/api/auth/me').set('Cookie', cookie).expect(200);
  });

  it('refuses a page of another origin (403 naming it) and cross-site fetch metadata, and accepts the dashboard', async () => {
    const before = await snapshot(api);
    const foreign = await api.http.post('/api/users').set('Cookie', cookie).set('Origin', ELSEWHERE).send(newUser('csrf@parley.test')).expect(403);
    expect(foreign.body.message).toBe(`Requests from ${ELSEWHERE} are not accepted; open Parley from ${DASHBOARD}`);
    await api.http.post('/api/users').set('Cookie', cookie).set('Origin', 'null').send(newUser('sandboxed@parley.test')).expect(403);
    const fetchMeta = await api.http.post('/api/users').set('Cookie', cookie).set('Sec-Fetch-Site', 'same-site').send(newUser('meta@parley.test')).expect(403);
    expect(fetchMeta.body.message).toMatch(/^Cross-site requests \(same-site\) are not accepted/);
    await api.http.delete(`/api/inboxes/${inbox.id}`).set('Cookie', cookie).set('Origin', ELSEWHERE).expect(403);
    expect(await snapshot(api)).toEqual(before);

    await api.http.post('/api/users').set('Cookie', cookie).set('Origin', DASHBOARD).set('Sec-Fetch-Site', 'same-origin').send(newUser('ok1@parley.test')).expect(201);
    await api.http.post('/api/users').set('Cookie', cookie).set('Origin', api.url).send(newUser('ok2@parley.test')).expect(201); // the api's own origin
    await api.http.post('/api/users').set(admin.auth).send(newUser('ok3@parley.test')).expect(201); // not a browser: no Origin
    await api.http.get('/api/users').set('Cookie', cookie).set('Origin', ELSEWHERE).expect(200); // reads are not state changes
  });

  it('verifies a signed webhook over its raw bytes whatever its content-type or origin', async () => {
    const raw = JSON.stringify(apiMessage({ contactId: 'csrf-c1', name: 'Tess', id: 'csrf-m1', text: 'sent as text/plain' }));
    await api.http.post(`/api/webhooks/api/${inbox.id}`).set('Content-Type', 'text/plain').set('Origin', ELSEWHERE)
      .set('X-Hub-Signature-256', sign(raw, inbox.secret)).send(raw).expect(200);
    await api.http.post(`/api/webhooks/api/${inbox.id}`).set('Content-Type', 'application/x-www-form-urlencoded')
      .set('X-Hub-Signature-256', sign('{"forged":true}', inbox.secret)).send('a=1').expect(401);
    const [row] = await sql<{ count: string }>(api, "SELECT count(*) FROM messages WHERE text = 'sent as text/plain'");
    expect(Number(row.count)).toBe(1);
  });

  it('refuses a socket.io handshake from another origin, with the session cookie', async () => {
    const connect = (origin: string) => new Promise<void>((resolve, reject) => {
      const socket = io(api.url, { path: '/socket.io', transports: ['websocket'], reconnection: false, extraHeaders: { Origin: origin, Cookie: cookie } });
      socket.once('connect', () => { socket.close(); resolve(); });
      socket.once('connect_error', (error) => { socket.close(); reject(error); });
    });
    await expect(connect(ELSEWHERE)).rejects.toThrow(`forbidden: Requests from ${ELSEWHERE} are not accepted`);
    await connect(DASHBOARD);
  });
});

describe('security headers on the api and the dashboard', () => {
  let webDist: string;
  beforeAll(() => {
    webDist = mkdtempSync(join(tmpdir(), 'parley-web-'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Parley</title><script type="module" src="/assets/app.js"></script>');
  });
  afterAll(() => rmSync(webDist, { recursive: true, force: true }));

  const expectHardened = (headers: Record<string, string>) => {
    const csp = Object.fromEntries(headers['content-security-policy'].split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(csp['script-src']).toEqual(["'self'"]); // no inline scripts, no eval
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['x-powered-by']).toBeUndefined();
  };

  it('sends CSP, nosniff, no-referrer and no X-Powered-By; no HSTS while cookies are not https-only', async () => {
    const api = await startApi({ webDist });
    try {
      for (const res of [await api.http.get('/api/health'), await api.http.get('/conversations/some-id'), await api.http.get('/api/auth/me')]) {
        expectHardened(res.headers as Record<string, string>);
        expect(res.headers['strict-transport-security']).toBeUndefined();
      }
      expect((await api.http.get('/conversations/some-id').expect(200)).text).toContain('<title>Parley</title>');
    } finally {
      await api.close();
    }
  }, 90_000); // starts an api: slow on a loaded machine

  it('adds HSTS when the session cookie is https-only', async () => {
    process.env.COOKIE_SECURE = 'true';
    const api = await startApi({ webDist, reset: false });
    try {
      const res = await api.http.get('/api/health');
      expectHardened(res.headers as Record<string, string>);
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    } finally {
      await api.close();
      delete process.env.COOKIE_SECURE;
    }
  }, 90_000);
});
