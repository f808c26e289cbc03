import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApi, userSession, type Session, type TestApi } from '../support/api.js';
import { snapshot } from '../support/db.js';
import { createInbox, receive, type TestInbox } from '../support/webhooks.js';

const GHOST = '00000000-0000-4000-8000-000000000000';
const future = () => new Date(Date.now() + 3600_000).toISOString();
type Method = 'get' | 'post' | 'put' | 'delete';
type Route = [Method, string, Record<string, unknown>?];

/** Every route that acts on one conversation, with a body that would succeed for someone allowed to. */
const conversationRoutes = (id: string, tagId: string, userId: string): Route[] => [
  ['get', `/api/conversations/${id}`],
  ['get', `/api/conversations/${id}/events`],
  ['get', `/api/conversations/${id}/messages`],
  ['post', `/api/conversations/${id}/messages`, { text: 'hello' }],
  ['post', `/api/conversations/${id}/notes`, { text: 'note' }],
  ['put', `/api/conversations/${id}/assignee`, { assigneeId: userId }],
  ['put', `/api/conversations/${id}/team`, { teamId: null }],
  ['put', `/api/conversations/${id}/status`, { status: 'resolved' }],
  ['post', `/api/conversations/${id}/snooze`, { until: future() }],
  ['put', `/api/conversations/${id}/archived`, { archived: true }],
  ['put', `/api/conversations/${id}/priority`, { priority: 'high' }],
  ['post', `/api/conversations/${id}/tags`, { tagIds: [tagId] }],
  ['delete', `/api/conversations/${id}/tags/${tagId}`],
  ['post', `/api/conversations/${id}/read`],
];

describe('conversations: who may see and do what', () => {
  let api: TestApi;
  let admin: Session;
  let manager: Session;
  let member: Session;
  let outsider: Session;
  let inboxA: TestInbox;
  let inboxB: TestInbox;
  let convA: string;
  let convB: string;
  let tagId: string;

  const call = (s: Session | null, [method, path, body]: Route) => {
    const req = api.http[method](path);
    if (s) req.set(s.auth);
    return body ? req.send(body) : req;
  };

  beforeAll(async () => {
    api = await startApi();
    admin = await userSession(api, 'admin');
    manager = await userSession(api, 'manager');
    member = await userSession(api, 'agent', 'Mia Member');
    outsider = await userSession(api, 'agent', 'Otto Outside');
    inboxA = await createInbox(api, admin, { name: 'A', members: [member.user.id] });
    inboxB = await createInbox(api, admin, { name: 'B', members: [outsider.user.id] });
    convA = await receive(api, inboxA, { contactId: 'a-1', name: 'Alma', text: 'Where is my order?' });
    convB = await receive(api, inboxB, { contactId: 'b-1', name: 'Bruno', text: 'Hello B' });
    tagId = (await api.http.post('/api/tags').set(admin.auth).send({ name: 'Urgent', color: '#ff0000' }).expect(201)).body.id;
  });
  afterAll(() => api.close());

  it('answers 401 on every conversation route without a token, and stores nothing', async () => {
    const before = await snapshot(api);
    const routes: Route[] = [
      ['get', '/api/conversations'], ['get', '/api/conversations/counts'],
      ['post', '/api/conversations/bulk', { ids: [convA], action: { type: 'read' } }],
      ['delete', `/api/conversations/${convA}`],
      ...conversationRoutes(convA, tagId, member.user.id),
    ];
    for (const route of routes) {
      const res = await call(null, route);
      expect({ route: route.slice(0, 2), status: res.status, message: res.body.message })
        .toEqual({ route: route.slice(0, 2), status: 401, message: 'Log in first' });
    }
    expect(await snapshot(api)).toEqual(before);
  });

  it('answers 404 to an agent for another inbox\'s conversation on every route, and changes nothing', async () => {
    const before = await snapshot(api);
    for (const route of [...conversationRoutes(convA, tagId, outsider.user.id), ['delete', `/api/conversations/${convA}/tags/${GHOST}`] as Route]) {
      const res = await call(outsider, route);
      expect({ route: route.slice(0, 2), status: res.status, message: res.body.message })
        .toEqual({ route: route.slice(0, 2), status: 404, message: 'Conversation not found' });
    }
    const bulk = await api.http.post('/api/conversations/bulk').set(outsider.auth)
      .send({ ids: [convA], action: { type: 'status', status: 'resolved' } }).expect(200);
    expect(bulk.body).toEqual({ updated: [], failed: [{ id: convA, reason: 'Conversation not found' }] });
    const qr = await api.http.post('/api/quick-replies').set(outsider.auth)
      .send({ shortcut: 'hi', title: 'Hi', body: 'Hi {{contact.name}}', scope: 'personal' }).expect(201);
    const before2 = await snapshot(api);
    const render = await api.http.post(`/api/quick-replies/${qr.body.id}/render`).set(outsider.auth).send({ conversationId: convA }).expect(404);
    expect(render.body.message).toBe('Conversation not found');
    expect(await snapshot(api)).toEqual(before2);
    await api.http.delete(`/api/quick-replies/${qr.body.id}`).set(outsider.auth).expect(204);
    expect(await snapshot(api)).toEqual(before);

    // Lists, counts and search do not leak it either.
    const list = await api.http.get('/api/conversations?status=any').set(outsider.auth).expect(200);
    expect(list.body.items.map((c: { id: string }) => c.id)).toEqual([convB]);
    const filtered = await api.http.get(`/api/conversations?inboxId=${inboxA.id}`).set(outsider.auth).expect(200);
    expect(filtered.body.items).toEqual([]);
    expect((await api.http.get('/api/conversations/counts').set(outsider.auth).expect(200)).body).toEqual({ mine: 0, unassigned: 1, all: 1, archived: 0, unanswered: 1 });
    expect((await api.http.get('/api/search?q=order').set(outsider.auth).expect(200)).body).toEqual([]);
  });

  it('answers 404 for a conversation id that does not exist, to everyone', async () => {
    for (const route of conversationRoutes(GHOST, tagId, member.user.id)) {
      const res = await call(admin, route);
      expect({ route: route.slice(0, 2), status: res.status }).toEqual({ route: route.slice(0, 2), status: 404 });
    }
    await api.http.delete(`/api/conversations/${GHOST}`).set(admin.auth).expect(404);
  });

  it('lets the member agent, a manager and an admin work the conversation', async () => {
    for (const s of [member, manager, admin]) {
      await api.http.get(`/api/conversations/${convA}`).set(s.auth).expect(200);
      await api.http.put(`/api/conversations/${convA}/priority`).set(s.auth).send({ priority: 'low' }).expect(200);
      await api.http.put(`/api/conversations/${convA}/priority`).set(s.auth).send({ priority: 'none' }).expect(200);
    }
    // Managers and admins see every inbox.
    const all = await api.http.get('/api/conversations').set(manager.auth).expect(200);
    expect(all.body.items.map((c: { id: string }) => c.id).sort()).toEqual([convA, convB].sort());
  });

  it('lets only admins delete a conversation: 403 with a message for agents and managers, nothing removed', async () => {
    const before = await snapshot(api);
    for (const s of [member, manager]) {
      const res = await api.http.delete(`/api/conversations/${convA}`).set(s.auth).expect(403);
      expect(res.body.message).toBe('Only admin users can delete conversations');
    }
    expect(await snapshot(api)).toEqual(before);
  });

  it('refuses every kind of bad input with a 400 that names the problem, and stores nothing', async () => {
    const before = await snapshot(api);
    const c = `/api/conversations/${convA}`;
    const cases: [Route, string][] = [
      // ids and query strings
      [['get', '/api/conversations/not-a-uuid'], 'Validation failed (uuid is expected)'],
      [['put', '/api/conversations/123/status', { status: 'open' }], 'Validation failed (uuid is expected)'],
      [['delete', `${c}/tags/not-a-tag`], 'Validation failed (uuid is expected)'],
      [['get', '/api/conversations?view=starred'], 'view must be one of mine, unassigned, all, archived'],
      [['get', '/api/conversations?status=closed'], 'status must be one of open, pending, snoozed, resolved, any'],
      [['get', '/api/conversations?sort=oldest'], 'sort must be one of latest, waiting, newest, priority'],
      [['get', '/api/conversations?priority=critical'], 'priority must be one of none, low, medium, high, urgent'],
      [['get', '/api/conversations?inboxId=inbox-a'], 'inboxId must be an inbox id'],
      [['get', '/api/conversations?teamId=1'], 'teamId must be a team id'],
      [['get', '/api/conversations?assigneeId=me'], 'assigneeId must be a user id'],
      [['get', '/api/conversations?tagId=vip'], 'tagId must be a tag id'],
      [['get', '/api/conversations?unanswered=maybe'], 'unanswered must be true or false'],
      [['get', '/api/conversations?limit=101'], 'limit must not be greater than 100'],
      [['get', '/api/conversations?limit=0'], 'limit must not be less than 1'],
      [['get', '/api/conversations?limit=ten'], 'limit must be an integer number'],
      [['get', '/api/conversations?cursor=garbage'], 'cursor is invalid: pass back the nextCursor of a previous page unchanged'],
      [['get', `/api/conversations?cursor=${Buffer.from('["x","y"]').toString('base64url')}`], 'cursor is invalid: pass back the nextCursor of a previous page unchanged'],
      [['get', `/api/conversations?sort=priority&cursor=${Buffer.from('["a","b","c"]').toString('base64url')}`], 'cursor is invalid: pass back the nextCursor of a previous page unchanged'],
      [['get', '/api/conversations?page=2'], 'property page should not exist'],
      [['get', `${c}/messages?cursor=garbage`], 'cursor is invalid: pass back the nextCursor of a previous page unchanged'],
      [['get', `${c}/messages?cursor=${Buffer.from('["yesterday","x"]').toString('base64url')}`], 'cursor is invalid: pass back the nextCursor of a previous page unchanged'],
      [['get', `${c}/messages?direction=up`], 'direction must be one of older, newer'],
      [['get', `${c}/messages?limit=201`], 'limit must not be greater than 200'],
      // bodies
      [['post', `${c}/messages`, {}], 'A reply needs text or at least one attachment'],
      [['post', `${c}/messages`, { text: '   ' }], 'A reply needs text or at least one attachment'],
      [['post', `${c}/messages`, { text: 'x'.repeat(4001) }], 'text must be at most 4000 characters (the platforms cut longer messages)'],
      [['post', `${c}/messages`, { text: 'hi', sendAt: 'now' }], 'property sendAt should not exist'],
      [['post', `${c}/messages`, { attachments: [{ type: 'gif', url: 'https://x.test/a.gif' }] }], 'attachments.type must be one of'],
      [['post', `${c}/messages`, { attachments: [{ type: 'image', url: 'ftp://x.test/a.png' }] }], 'attachments.url must be an http(s) URL'],
      [['post', `${c}/messages`, { text: 'hi', quickReplyId: 'greeting' }], 'quickReplyId must be a quick reply id'],
      [['post', `${c}/messages`, { text: 'hi', replyToId: GHOST }], 'replyToId is not a message of this conversation'],
      [['post', `${c}/notes`, { text: '  ' }], 'text must not be empty'],
      [['post', `${c}/notes`, {}], 'text must be a string'],
      [['put', `${c}/status`, { status: 'snoozed' }], 'status must be one of open, pending, resolved (use /snooze to snooze)'],
      [['put', `${c}/status`, { status: 'closed' }], 'status must be one of open, pending, resolved (use /snooze to snooze)'],
      [['put', `${c}/status`, { status: 'open', reason: 'x' }], 'property reason should not exist'],
      [['post', `${c}/snooze`, { until: '2020-01-01T00:00:00Z' }], 'until must be in the future'],
      [['post', `${c}/snooze`, { until: 'tomorrow' }], 'until must be an ISO 8601 date-time'],
      [['post', `${c}/snooze`, {}], 'until must be an ISO 8601 date-time'],
      [['put', `${c}/archived`, { archived: 'yes' }], 'archived must be true or false'],
      [['put', `${c}/priority`, { priority: 'p1' }], 'priority must be one of none, low, medium, high, urgent'],
      [['put', `${c}/assignee`, { assigneeId: 'bob' }], 'assigneeId must be a user id or null'],
      [['put', `${c}/assignee`, { assigneeId: GHOST }], 'assigneeId does not name an active user'],
      [['put', `${c}/assignee`, { assigneeId: outsider.user.id }], 'Otto Outside is not a member of this conversation\'s inbox'],
      [['put', `${c}/team`, { teamId: 'support' }], 'teamId must be a team id or null'],
      [['put', `${c}/team`, { teamId: GHOST }], 'teamId does not name a team'],
      [['post', `${c}/tags`, { tagIds: [] }], 'tagIds must contain at least 1 elements'],
      [['post', `${c}/tags`, { tagIds: ['urgent'] }], 'tagIds must contain tag ids'],
      [['post', `${c}/tags`, { tagIds: [GHOST] }], 'tagIds contains an id that is not a tag'],
      [['delete', `${c}?deleteContact=perhaps`], 'deleteContact must be true or false'],
      [['post', '/api/conversations/bulk', { ids: [], action: { type: 'read' } }], 'ids must contain at least 1 elements'],
      [['post', '/api/conversations/bulk', { ids: ['x'], action: { type: 'read' } }], 'ids must contain conversation ids'],
      [['post', '/api/conversations/bulk', { ids: [convA], action: { type: 'explode' } }], 'action.type must be one of assign, team, status, snooze, archive, priority, tag, read'],
      [['post', '/api/conversations/bulk', { ids: [convA], action: { type: 'status' } }], 'action.status is required for action.type status'],
      [['post', '/api/conversations/bulk', { ids: [convA], action: { type: 'status', status: 'done' } }], 'action.status must be one of open, pending, resolved'],
      [['post', '/api/conversations/bulk', { ids: [convA] }], 'action is required'],
      [['post', '/api/conversations/bulk', { ids: [convA], action: 'read' }], 'action is required'],
      [['post', '/api/conversations/bulk', { ids: [convA], action: { type: 'read', force: true } }], 'action.property force should not exist'],
    ];
    const wrong: unknown[] = [];
    for (const [route, message] of cases) {
      const res = await call(route[0] === 'delete' && route[1].includes('deleteContact') ? admin : member, route);
      const text = [res.body.message].flat().join(' | ');
      if (res.status !== 400 || !text.includes(message)) wrong.push({ route: route.slice(0, 2), status: res.status, expected: message, got: text });
    }
    expect(wrong).toEqual([]);
    expect(await snapshot(api)).toEqual(before);
  });
});
