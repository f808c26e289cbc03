import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApi, userSession, type Session, type TestApi } from '../support/api.js';
import { bodyMutations, queryMutations, type Mutation } from '../support/fuzz.js';
import { exampleOf, fillPath, jsonBodySchema, routesOf, type OpenApiDocument, type Route } from '../support/openapi.js';
import { sql } from '../support/db.js';
import { createInbox, receive, sign, type TestInbox } from '../support/webhooks.js';

/**
 * Generated from the api's own OpenAPI document: every route × anonymous / an agent of another inbox /
 * the inbox's agent / a manager / an admin, with inbox A's ids; then a fuzz pass over every route that
 * takes JSON or a query. A new route fails here until it is classified in WHO_MAY.
 */
type Minimum = 'public' | 'agent' | 'manager' | 'admin';
/** Who may call a route, and whether it acts on inbox A (an agent of inbox B must then get 403/404). */
const WHO_MAY: Record<string, [Minimum, ('inbox A' | '')?]> = {
  'POST /api/auth/login': ['public'], 'POST /api/auth/logout': ['agent'], 'GET /api/auth/me': ['agent'], 'PUT /api/auth/me/availability': ['agent'],
  'GET /api/users': ['agent'], 'POST /api/users': ['admin'], 'PATCH /api/users/{id}': ['admin'],
  'GET /api/teams': ['agent'], 'POST /api/teams': ['admin'], 'PATCH /api/teams/{id}': ['admin'], 'DELETE /api/teams/{id}': ['admin'],
  'PUT /api/teams/{id}/members': ['admin'],
  'GET /api/inboxes': ['agent'], 'POST /api/inboxes': ['admin'], 'GET /api/inboxes/{id}': ['agent', 'inbox A'], 'PATCH /api/inboxes/{id}': ['admin', 'inbox A'],
  'DELETE /api/inboxes/{id}': ['admin', 'inbox A'], 'PUT /api/inboxes/{id}/members': ['admin', 'inbox A'],
  'GET /api/inboxes/{id}/unknown-accounts': ['admin', 'inbox A'],
  'GET /api/conversations': ['agent'], 'GET /api/conversations/changes': ['agent'], 'GET /api/conversations/counts': ['agent'],
  // Bulk answers 200 and lists another inbox's conversations under `failed` (conversation-access.test.ts checks that).
  'POST /api/conversations/bulk': ['agent'],
  'GET /api/conversations/{id}': ['agent', 'inbox A'], 'DELETE /api/conversations/{id}': ['admin', 'inbox A'],
  'GET /api/conversations/{id}/events': ['agent', 'inbox A'], 'GET /api/conversations/{id}/messages': ['agent', 'inbox A'],
  'POST /api/conversations/{id}/messages': ['agent', 'inbox A'], 'POST /api/conversations/{id}/notes': ['agent', 'inbox A'],
  'PUT /api/conversations/{id}/assignee': ['agent', 'inbox A'], 'PUT /api/conversations/{id}/team': ['agent', 'inbox A'],
  'PUT /api/conversations/{id}/status': ['agent', 'inbox A'], 'POST /api/conversations/{id}/snooze': ['agent', 'inbox A'],
  'PUT /api/conversations/{id}/archived': ['agent', 'inbox A'], 'PUT /api/conversations/{id}/priority': ['agent', 'inbox A'],
  'POST /api/conversations/{id}/tags': ['agent', 'inbox A'], 'DELETE /api/conversations/{id}/tags/{tagId}': ['agent', 'inbox A'],
  'POST /api/conversations/{id}/read': ['agent', 'inbox A'],
  'GET /api/tags': ['agent'], 'POST /api/tags': ['manager'], 'PATCH /api/tags/{id}': ['manager'], 'DELETE /api/tags/{id}': ['manager'],
  // The documented example is a team reply (managers); agents create personal ones (quick-replies-search.test.ts).
  'GET /api/quick-replies': ['agent'], 'POST /api/quick-replies': ['manager'], 'GET /api/quick-replies/search': ['agent'],
  // {id} is inbox A's agent's personal reply: nobody else may change or use it.
  'PATCH /api/quick-replies/{id}': ['agent', 'inbox A'], 'DELETE /api/quick-replies/{id}': ['agent', 'inbox A'],
  'POST /api/quick-replies/{id}/render': ['agent', 'inbox A'],
  'GET /api/search': ['agent'], 'GET /api/health': ['public'], 'GET /api/health/live': ['public'], 'GET /api/health/ready': ['public'],
  'GET /api/webhooks/{channel}/{inboxId}': ['public'], 'POST /api/webhooks/{channel}/{inboxId}': ['public'],
  'GET /api/webhooks/{channel}': ['public'], 'POST /api/webhooks/{channel}': ['public'],
  'GET /api/reports/overview': ['manager'], 'GET /api/reports/overview.csv': ['manager'],
  'GET /api/inboxes/{inboxId}/automation': ['agent', 'inbox A'], 'PATCH /api/inboxes/{inboxId}/automation': ['manager', 'inbox A'],
  'GET /api/inboxes/{inboxId}/business-hours': ['agent', 'inbox A'], 'PUT /api/inboxes/{inboxId}/business-hours': ['manager', 'inbox A'],
  'GET /api/inboxes/{inboxId}/auto-replies': ['agent', 'inbox A'], 'POST /api/inboxes/{inboxId}/auto-replies': ['manager', 'inbox A'],
  'PATCH /api/inboxes/{inboxId}/auto-replies/{id}': ['manager', 'inbox A'], 'DELETE /api/inboxes/{inboxId}/auto-replies/{id}': ['manager', 'inbox A'],
  'GET /api/sla-policies': ['agent'], 'POST /api/sla-policies': ['manager', 'inbox A'], 'PATCH /api/sla-policies/{id}': ['manager', 'inbox A'],
  'DELETE /api/sla-policies/{id}': ['manager', 'inbox A'],
  // {id} is a notification of inbox A's agent: a notification is its user's only.
  'GET /api/notifications': ['agent'], 'POST /api/notifications/read-all': ['agent'], 'POST /api/notifications/{id}/read': ['agent', 'inbox A'],
  'POST /api/auth/me/password': ['agent'], 'GET /api/notifications/preferences': ['agent'], 'PUT /api/notifications/preferences': ['agent'],
  'GET /api/channel-health': ['manager'],
  'GET /api/contacts/{id}/export': ['admin', 'inbox A'], 'DELETE /api/contacts/{id}': ['admin', 'inbox A'],
  'GET /api/inboxes/{inboxId}/retention': ['admin', 'inbox A'], 'PUT /api/inboxes/{inboxId}/retention': ['admin', 'inbox A'],
  'GET /api/inboxes/{inboxId}/retention/preview': ['admin', 'inbox A'],
  'GET /api/presence': ['agent'], 'GET /api/audit-log': ['admin'], 'GET /api/metrics': ['admin'],
};

// About 300 calls in the matrix and 1,500 in the fuzz: seconds on an idle machine, minutes on a crowded one.
const LOADED_MACHINE_MS = 300_000;
const RANK: Record<Minimum, number> = { public: 0, agent: 1, manager: 2, admin: 3 };
type Caller = 'anonymous' | 'agent of inbox B' | 'agent of inbox A' | 'manager' | 'admin';
const CALLERS: Caller[] = ['anonymous', 'agent of inbox B', 'agent of inbox A', 'manager', 'admin'];
const rankOf = (c: Caller) => (c === 'anonymous' ? 0 : c === 'manager' ? 2 : c === 'admin' ? 3 : 1);
const key = (r: Route) => `${r.method.toUpperCase()} ${r.path}`;

describe('security: every route of the OpenAPI document, by role, and fuzzed', () => {
  let api: TestApi;
  let doc: OpenApiDocument;
  let sessions: Record<Exclude<Caller, 'anonymous'>, Session>;
  let inboxA: TestInbox;
  let ids: Record<string, string>;

  beforeAll(async () => {
    api = await startApi();
    doc = (await api.http.get('/api/docs-json').expect(200)).body;
    const admin = await userSession(api, 'admin');
    const manager = await userSession(api, 'manager');
    const agentA = await userSession(api, 'agent', 'Ana of inbox A');
    const agentB = await userSession(api, 'agent', 'Bea of inbox B');
    sessions = { admin, manager, 'agent of inbox A': agentA, 'agent of inbox B': agentB };
    inboxA = await createInbox(api, admin, { name: 'A', members: [agentA.user.id] });
    await createInbox(api, admin, { name: 'B', members: [agentB.user.id] });
    const conversation = await receive(api, inboxA, { contactId: 'alma', name: 'Alma', text: 'Where is my order?' });
    const post = async (s: Session, path: string, body: object) => (await api.http.post(path).set(s.auth).send(body).expect(201)).body;
    const team = await post(admin, '/api/teams', { name: 'Returns' });
    const tag = await post(admin, '/api/tags', { name: 'refund' });
    const reply = await post(agentA, '/api/quick-replies', { shortcut: 'mine', title: 'Mine', body: 'Hi', scope: 'personal' });
    const rule = await post(admin, `/api/inboxes/${inboxA.id}/auto-replies`, { trigger: 'keyword', keywords: ['hours'], body: 'We open at 9' });
    const policy = await post(admin, '/api/sla-policies', { name: 'Fast', inboxId: inboxA.id, firstResponseMinutes: 60 });
    const extraUser = await post(admin, '/api/users', { email: 'extra@parley.test', name: 'Extra', password: 'correct horse battery', role: 'agent' });
    // Notifications come from the worker's jobs (none runs here): one stored as a job would store it.
    const [notification] = await sql<{ id: string }>(api,
      "INSERT INTO notifications (user_id, type, title, conversation_id, data) VALUES ($1, 'assigned', 'Alma was assigned to you', $2, '{}') RETURNING id",
      [agentA.user.id, conversation]);
    const messages = (await api.http.get(`/api/conversations/${conversation}/messages`).set(agentA.auth).expect(200)).body.items;
    const contact = (await api.http.get(`/api/conversations/${conversation}`).set(agentA.auth).expect(200)).body.contact.id;
    ids = {
      inbox: inboxA.id, conversation, contact, team: team.id, tag: tag.id, quickReply: reply.id, rule: rule.id, policy: policy.id,
      user: extraUser.id, agent: agentA.user.id, notification: notification.id, message: messages[0].id,
    };
  });
  afterAll(() => api.close());

  /** Path parameters: inbox A's things, by the path they appear in. */
  const pathValues = (path: string): Record<string, string> => {
    const id = path.startsWith('/api/users') ? ids.user : path.startsWith('/api/teams') ? ids.team : path.startsWith('/api/tags') ? ids.tag
      : path.startsWith('/api/quick-replies') ? ids.quickReply : path.startsWith('/api/sla-policies') ? ids.policy
        : path.startsWith('/api/notifications') ? ids.notification : path.includes('auto-replies') ? ids.rule
          : path.startsWith('/api/contacts') ? ids.contact
          : path.startsWith('/api/conversations') ? ids.conversation : ids.inbox;
    return { id, inboxId: ids.inbox, tagId: ids.tag, channel: 'api' };
  };

  /** The documented example, with its ids pointed at inbox A's things so an allowed caller gets past the lookups. */
  const BODY_IDS: Record<string, () => string> = {
    inboxId: () => ids.inbox, conversationId: () => ids.conversation, teamId: () => ids.team, escalateTeamId: () => ids.team, tagId: () => ids.tag,
    tagIds: () => ids.tag, userIds: () => ids.agent, assigneeId: () => ids.agent, ids: () => ids.conversation, quickReplyId: () => ids.quickReply,
    replyToId: () => ids.message,
  };
  const withIds = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(withIds);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => {
      const id = BODY_IDS[k]?.();
      if (id && typeof v === 'string') return [k, id];
      if (id && Array.isArray(v)) return [k, [id]];
      return [k, withIds(v)];
    }));
  };
  const validBody = (r: Route) => withIds(exampleOf(doc, jsonBodySchema(doc, r.op))) as Record<string, unknown> | undefined;
  const requiredQuery = (r: Route) => Object.fromEntries((r.op.parameters ?? [])
    .filter((p) => p.in === 'query' && p.required).map((p) => [p.name, String(p.schema?.example ?? p.example ?? '')]));

  const send = (r: Route, caller: Caller, o: { body?: unknown; raw?: string; query?: Record<string, unknown>; path?: string } = {}) => {
    const url = o.path ?? fillPath(r.path, pathValues(r.path));
    const req = (api.http as unknown as Record<string, (u: string) => import('supertest').Test>)[r.method](url).query(o.query ?? requiredQuery(r));
    if (caller !== 'anonymous') req.set(sessions[caller].auth);
    if (o.raw !== undefined) return req.set('Content-Type', 'application/json').send(o.raw);
    return o.body === undefined ? req : req.set('Content-Type', 'application/json').send(JSON.stringify(o.body));
  };

  // Logout ends the caller's session and deletions remove inbox A's things: both go last.
  const ordered = () => routesOf(doc).sort((a, b) => order(a) - order(b));
  const order = (r: Route) => (key(r) === 'POST /api/auth/logout' ? 3 : r.method === 'delete' ? (r.path === '/api/inboxes/{id}' ? 2 : 1) : 0);

  it('classifies every documented route (a new route must say who may call it)', () => {
    expect(routesOf(doc).map(key).filter((k) => !(k in WHO_MAY))).toEqual([]);
    expect(Object.keys(WHO_MAY).filter((k) => !routesOf(doc).some((r) => key(r) === k))).toEqual([]);
  });

  it('keeps what a PATCH leaves out, reads ?unread=false as false, and answers a forged cursor or deep JSON with 400', async () => {
    // Before the matrix and the fuzz change these things with the documented examples.
    const { admin } = sessions;
    const rule = await api.http.patch(`/api/inboxes/${ids.inbox}/auto-replies/${ids.rule}`).set(admin.auth).send({ enabled: false }).expect(200);
    expect(rule.body).toMatchObject({ enabled: false, body: 'We open at 9', keywords: ['hours'], trigger: 'keyword' });
    const policy = await api.http.patch(`/api/sla-policies/${ids.policy}`).set(admin.auth).send({ name: 'Faster' }).expect(200);
    expect(policy.body).toMatchObject({ name: 'Faster', firstResponseMinutes: 60 });
    await api.http.patch(`/api/inboxes/${ids.inbox}/auto-replies/${ids.rule}`).set(admin.auth).send({ body: null }).expect(400);

    const agent = sessions['agent of inbox A'];
    await api.http.post(`/api/notifications/${ids.notification}/read`).set(agent.auth).expect(200);
    expect((await api.http.get('/api/notifications?unread=false').set(agent.auth).expect(200)).body.items).toHaveLength(1);
    expect((await api.http.get('/api/notifications?unread=true').set(agent.auth).expect(200)).body.items).toHaveLength(0);

    const forged = Buffer.from(JSON.stringify(['2026-02-30 25:61:00+99', ids.conversation])).toString('base64url');
    const cursor = await api.http.get(`/api/conversations/changes?cursor=${forged}`).set(agent.auth).expect(400);
    expect(cursor.body.message).toContain('cursor is invalid');

    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    const login = await api.http.post('/api/auth/login').set('Content-Type', 'application/json').send(deep).expect(400);
    expect(login.body.message).toBe('The JSON body is nested deeper than 32 levels');
  });

  it('answers each caller as its role allows: 401 anonymous, 403/404 below the role or outside the inbox, never 5xx', async () => {
    const wrong: string[] = [];
    for (const r of ordered().filter((x) => x.method !== 'delete' && key(x) !== 'POST /api/auth/logout')) {
      const [minimum, scope] = WHO_MAY[key(r)];
      for (const caller of CALLERS) {
        const res = await send(r, caller, { body: validBody(r) });
        const refused = caller === 'anonymous' ? minimum !== 'public'
          : rankOf(caller) < RANK[minimum] || (scope === 'inbox A' && caller === 'agent of inbox B');
        // Public routes check their own credentials (a password, a signature): anything but a 5xx is theirs to say.
        const ok = res.status < 500 && (minimum === 'public' ? true : caller === 'anonymous' && refused ? res.status === 401
          : refused ? [403, 404].includes(res.status)
            : ![401, 403].includes(res.status) && (r.method !== 'get' || res.status < 300));
        if (!ok) wrong.push(`${key(r)} as ${caller}: ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`);
      }
    }
    expect(wrong).toEqual([]);
  }, LOADED_MACHINE_MS);

  it('fuzzes every JSON body and query with wrong types, missing fields, huge and NUL strings, deep nesting, bad ids: never a 5xx', async () => {
    const failures: string[] = [];
    const cases: { r: Route; m: Mutation; kind: 'body' | 'query' | 'path' }[] = [];
    // Webhooks are signed: unsigned variants stop at the signature (the next test fuzzes a signed one).
    for (const r of ordered().filter((x) => key(x) !== 'POST /api/auth/logout' && !key(x).startsWith('POST /api/webhooks/'))) {
      const schema = jsonBodySchema(doc, r.op);
      if (schema) for (const m of bodyMutations(doc, schema, validBody(r) ?? {})) cases.push({ r, m, kind: 'body' });
      const query = (r.op.parameters ?? []).filter((p) => p.in === 'query');
      if (query.length) for (const m of queryMutations(query, requiredQuery(r))) cases.push({ r, m, kind: 'query' });
      if (r.path.includes('{')) {
        for (const bad of ['not-an-id', '00000000-0000-4000-8000-000000000000', '%00', 'x'.repeat(5000)]) {
          cases.push({ r, m: { what: `path ${bad.slice(0, 20)}`, value: r.path.replace(/\{\w+\}/g, bad) }, kind: 'path' });
        }
      }
    }
    // Deletions run with bad ids only, so inbox A stays for the rest.
    const runnable = cases.filter((c) => c.r.method !== 'delete' || c.kind !== 'body');
    for (let i = 0; i < runnable.length; i += 12) {
      await Promise.all(runnable.slice(i, i + 12).map(async ({ r, m, kind }) => {
        const body = validBody(r);
        const res = kind === 'body' ? await send(r, 'admin', m.raw !== undefined ? { raw: m.raw } : { body: m.value })
          : kind === 'query' ? await send(r, 'admin', { query: m.value as Record<string, unknown>, ...(body ? { body } : {}) })
            : r.method === 'delete' ? await send(r, 'admin', { path: m.value as string }) : await send(r, 'admin', { path: m.value as string, body });
        if (res.status >= 500) failures.push(`${key(r)} ${m.what}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
      }));
    }
    expect(runnable.length).toBeGreaterThan(900);
    expect(failures).toEqual([]);
  }, LOADED_MACHINE_MS);

  it('fuzzes the signed API channel webhook the same way: every bad body is a 400 naming the problem, never a 5xx', async () => {
    const valid = { contact: { id: 'fuzz', name: 'Fuzz', avatarUrl: 'https://x.test/a.png' }, message: { id: 'm-1', text: 'hi', timestamp: 1749416900123, attachments: [{ type: 'image', url: 'https://x.test/p.jpg', size: 1 }] } };
    const schema = doc.components.schemas.ApiChannelPayloadDoc;
    const failures: string[] = [];
    // The matrix's PATCH gave inbox A the documented example secret: back to the one this test signs with.
    await api.http.patch(`/api/inboxes/${inboxA.id}`).set(sessions.admin.auth).send({ appSecret: inboxA.secret }).expect(200);
    for (const m of bodyMutations(doc, schema, valid)) {
      const raw = m.raw ?? JSON.stringify(m.value);
      const res = await api.http.post(`/api/webhooks/api/${inboxA.id}`).set('Content-Type', 'application/json')
        .set('X-Hub-Signature-256', sign(raw, inboxA.secret)).send(raw);
      if (res.status >= 500 || res.status === 401) failures.push(`${m.what}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
    }
    for (const [what, message] of [
      ['timestamp after 9999', { ...valid.message, id: 'm-2', timestamp: 253_402_300_800_000 }],
      ['NUL in an attachment URL', { ...valid.message, id: 'm-3', attachments: [{ type: 'image', url: 'https://x.test/\u0000.jpg' }] }],
    ] as const) {
      const raw = JSON.stringify({ contact: valid.contact, message });
      const res = await api.http.post(`/api/webhooks/api/${inboxA.id}`).set('Content-Type', 'application/json').set('X-Hub-Signature-256', sign(raw, inboxA.secret)).send(raw);
      if (res.status !== 400) failures.push(`${what}: ${res.status}`);
    }
    expect(failures).toEqual([]);
  });

  it('deletes last: the other inbox\'s agent and lower roles are refused, then the allowed role succeeds', async () => {
    const wrong: string[] = [];
    for (const r of ordered().filter((x) => x.method === 'delete')) {
      const [minimum, scope] = WHO_MAY[key(r)];
      for (const caller of CALLERS) {
        const res = await send(r, caller);
        const refused = caller === 'anonymous' || rankOf(caller) < RANK[minimum] || (scope === 'inbox A' && caller === 'agent of inbox B');
        const ok = res.status < 500 && (caller === 'anonymous' ? res.status === 401 : refused ? [403, 404].includes(res.status) : ![401, 403].includes(res.status));
        if (!ok) wrong.push(`${key(r)} as ${caller}: ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`);
      }
    }
    const logout = routesOf(doc).find((r) => key(r) === 'POST /api/auth/logout')!;
    expect((await send(logout, 'anonymous')).status).toBe(401);
    expect((await send(logout, 'agent of inbox B')).status).toBe(204);
    expect((await api.http.get('/api/auth/me').set(sessions['agent of inbox B'].auth)).status).toBe(401);
    expect(wrong).toEqual([]);
  });
});
