import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApi, userSession, type Session, type TestApi } from '../support/api.js';
import { snapshot, sql } from '../support/db.js';
import { createInbox, receive, type TestInbox } from '../support/webhooks.js';

const GHOST = '00000000-0000-4000-8000-000000000000';
const minutesAgo = (m: number) => Date.now() - m * 60_000;

describe('conversation actions', () => {
  let api: TestApi;
  let admin: Session;
  let manager: Session;
  let agent: Session;
  let stranger: Session;
  let inbox: TestInbox;
  let keepArchived: TestInbox;

  const get = async (id: string) => (await api.http.get(`/api/conversations/${id}`).set(agent.auth).expect(200)).body;
  const events = async (id: string) => (await api.http.get(`/api/conversations/${id}/events`).set(agent.auth).expect(200)).body as { type: string; data: Record<string, unknown>; actor: { id: string } | null }[];
  const listIds = async (query: string) => ((await api.http.get(`/api/conversations?${query}`).set(agent.auth).expect(200)).body.items as { id: string }[]).map((r) => r.id);
  let n = 0;
  const fresh = (target: TestInbox = inbox, text = 'Hello') => receive(api, target, { contactId: `cust-${++n}`, name: `Cliente ${n}`, text, timestamp: minutesAgo(30) });

  beforeAll(async () => {
    api = await startApi();
    admin = await userSession(api, 'admin');
    manager = await userSession(api, 'manager', 'Mona Manager');
    agent = await userSession(api, 'agent', 'Aldo Agent');
    stranger = await userSession(api, 'agent', 'Sam Stranger');
    inbox = await createInbox(api, admin, { name: 'Support', members: [agent.user.id] });
    keepArchived = await createInbox(api, admin, { name: 'Spam-prone', members: [agent.user.id], unarchiveOnIncoming: false });
  });
  afterAll(() => api.close());

  it('assigns to a member agent and a manager, refuses a non-member agent, and unassigns', async () => {
    const id = await fresh();
    const assigned = await api.http.put(`/api/conversations/${id}/assignee`).set(agent.auth).send({ assigneeId: agent.user.id }).expect(200);
    expect(assigned.body.assignee).toEqual({ id: agent.user.id, name: 'Aldo Agent' });
    expect(await listIds('view=mine')).toContain(id);

    const before = await snapshot(api);
    const refused = await api.http.put(`/api/conversations/${id}/assignee`).set(manager.auth).send({ assigneeId: stranger.user.id }).expect(400);
    expect(refused.body.message).toBe("Sam Stranger is not a member of this conversation's inbox");
    expect(await snapshot(api)).toEqual(before);

    await api.http.put(`/api/conversations/${id}/assignee`).set(agent.auth).send({ assigneeId: manager.user.id }).expect(200);
    const none = await api.http.put(`/api/conversations/${id}/assignee`).set(agent.auth).send({ assigneeId: null }).expect(200);
    expect(none.body.assignee).toBeNull();
    expect(await listIds('view=unassigned')).toContain(id);
    const history = (await events(id)).map((e) => [e.type, e.data.to ?? null, e.actor?.id]);
    expect(history).toEqual([
      ['created', null, undefined], ['assigned', agent.user.id, agent.user.id], ['assigned', manager.user.id, agent.user.id],
      ['unassigned', null, agent.user.id],
    ]);
    // Assigning the same person again changes nothing and records nothing.
    const version = (await get(id)).version;
    await api.http.put(`/api/conversations/${id}/assignee`).set(agent.auth).send({ assigneeId: null }).expect(200);
    expect((await get(id)).version).toBe(version);
    expect(await events(id)).toHaveLength(4);
  });

  it('does not let a deactivated user be assigned', async () => {
    const id = await fresh();
    const leaver = await userSession(api, 'manager', 'Lea Leaver');
    await api.http.patch(`/api/users/${leaver.user.id}`).set(admin.auth).send({ deactivated: true }).expect(200);
    const res = await api.http.put(`/api/conversations/${id}/assignee`).set(agent.auth).send({ assigneeId: leaver.user.id }).expect(400);
    expect(res.body.message).toBe('assigneeId does not name an active user');
  });

  it('sets and clears the team', async () => {
    const id = await fresh();
    const team = (await api.http.post('/api/teams').set(admin.auth).send({ name: 'Returns' }).expect(201)).body;
    expect((await api.http.put(`/api/conversations/${id}/team`).set(agent.auth).send({ teamId: team.id }).expect(200)).body.teamId).toBe(team.id);
    expect(await listIds(`teamId=${team.id}`)).toEqual([id]);
    expect((await api.http.put(`/api/conversations/${id}/team`).set(agent.auth).send({ teamId: null }).expect(200)).body.teamId).toBeNull();
    expect((await events(id)).slice(1).map((e) => [e.type, e.data.to])).toEqual([['team_changed', team.id], ['team_changed', null]]);
  });

  it('changes status: pending and resolved leave the open views, open brings it back', async () => {
    const id = await fresh();
    expect((await api.http.put(`/api/conversations/${id}/status`).set(agent.auth).send({ status: 'pending' }).expect(200)).body.status).toBe('pending');
    expect(await listIds('')).not.toContain(id);
    expect(await listIds('status=pending')).toContain(id);
    await api.http.put(`/api/conversations/${id}/status`).set(agent.auth).send({ status: 'resolved' }).expect(200);
    expect(await listIds('status=resolved')).toContain(id);
    await api.http.put(`/api/conversations/${id}/status`).set(agent.auth).send({ status: 'open' }).expect(200);
    expect(await listIds('')).toContain(id);
    expect((await events(id)).slice(1).map((e) => [e.type, e.data.from, e.data.to]))
      .toEqual([['status_changed', 'open', 'pending'], ['status_changed', 'pending', 'resolved'], ['status_changed', 'resolved', 'open']]);
  });

  it('snoozes until a time, and a new customer message wakes it', async () => {
    const id = await fresh();
    const until = new Date(Date.now() + 2 * 3600_000).toISOString();
    const snoozed = await api.http.post(`/api/conversations/${id}/snooze`).set(agent.auth).send({ until }).expect(200);
    expect(snoozed.body).toMatchObject({ status: 'snoozed', snoozedUntil: until });
    expect(await listIds('')).not.toContain(id);
    expect(await listIds('status=snoozed')).toContain(id);
    const [job] = await sql<{ name: string; payload: { conversationId: string } }>(api,
      "SELECT name, payload FROM outbox WHERE name = 'conversation.wake' AND payload->>'conversationId' = $1", [id]);
    if (job) expect(job.payload.conversationId).toBe(id); // the relay may already have handed it to BullMQ

    await receive(api, inbox, { contactId: `cust-${n}`, text: 'Actually, one more thing' });
    expect(await get(id)).toMatchObject({ status: 'open', snoozedUntil: null, unanswered: true, snippet: 'Actually, one more thing' });
    expect((await events(id)).at(-1)).toMatchObject({ type: 'woken', data: { from: 'snoozed', to: 'open' } });
  });

  it('archives and unarchives; a customer message un-archives only where the inbox says so', async () => {
    const id = await fresh();
    await api.http.put(`/api/conversations/${id}/archived`).set(agent.auth).send({ archived: true }).expect(200);
    expect(await listIds('')).not.toContain(id);
    expect(await listIds('view=archived')).toContain(id);
    await api.http.put(`/api/conversations/${id}/archived`).set(agent.auth).send({ archived: false }).expect(200);
    expect(await listIds('')).toContain(id);
    expect((await events(id)).slice(1).map((e) => e.type)).toEqual(['archived', 'unarchived']);

    await api.http.put(`/api/conversations/${id}/archived`).set(agent.auth).send({ archived: true }).expect(200);
    await receive(api, inbox, { contactId: `cust-${n}`, text: 'Back again' });
    expect(await get(id)).toMatchObject({ archived: false, status: 'open' });
    expect(await listIds('')).toContain(id);

    const spam = await fresh(keepArchived, 'Buy cheap followers');
    await api.http.put(`/api/conversations/${spam}/status`).set(agent.auth).send({ status: 'resolved' }).expect(200);
    await api.http.put(`/api/conversations/${spam}/archived`).set(agent.auth).send({ archived: true }).expect(200);
    await receive(api, keepArchived, { contactId: `cust-${n}`, text: 'Buy more followers' });
    expect(await get(spam)).toMatchObject({ archived: true, status: 'open', snippet: 'Buy more followers', unreadCount: 2 });
    expect(await listIds('')).not.toContain(spam);
    expect(await listIds('view=archived')).toContain(spam);
  });

  it('sets priority, adds and removes tags, marks read', async () => {
    const id = await fresh();
    const tag = (await api.http.post('/api/tags').set(manager.auth).send({ name: 'Refund', color: '#00aa00' }).expect(201)).body;
    const tag2 = (await api.http.post('/api/tags').set(manager.auth).send({ name: 'Angry' }).expect(201)).body;
    expect((await api.http.put(`/api/conversations/${id}/priority`).set(agent.auth).send({ priority: 'urgent' }).expect(200)).body.priority).toBe('urgent');
    expect(await listIds('priority=urgent')).toEqual([id]);
    const tagged = await api.http.post(`/api/conversations/${id}/tags`).set(agent.auth).send({ tagIds: [tag.id, tag2.id, tag.id] }).expect(200);
    expect(tagged.body.tags).toEqual([{ id: tag2.id, name: 'Angry', color: null }, { id: tag.id, name: 'Refund', color: '#00aa00' }]);
    await api.http.post(`/api/conversations/${id}/tags`).set(agent.auth).send({ tagIds: [tag.id] }).expect(200); // already there: no-op
    const removed = await api.http.delete(`/api/conversations/${id}/tags/${tag2.id}`).set(agent.auth).expect(200);
    expect(removed.body.tags).toEqual([{ id: tag.id, name: 'Refund', color: '#00aa00' }]);
    const unknown = await api.http.delete(`/api/conversations/${id}/tags/${GHOST}`).set(agent.auth).expect(404);
    expect(unknown.body.message).toBe('Tag not found');

    expect((await get(id)).unreadCount).toBe(1);
    expect((await api.http.post(`/api/conversations/${id}/read`).set(agent.auth).expect(200)).body.unreadCount).toBe(0);
    expect((await events(id)).slice(1).map((e) => e.type)).toEqual(['priority_changed', 'tag_added', 'tag_added', 'tag_removed', 'marked_read']);
  });

  it('keeps a conversation waiting after a private note, and stops waiting after a reply', async () => {
    const id = await fresh();
    const waiting = (await get(id)).waitingSince;
    expect(waiting).not.toBeNull();
    const note = await api.http.post(`/api/conversations/${id}/notes`).set(agent.auth).send({ text: 'Checking with the warehouse' }).expect(201);
    expect(note.body.message).toMatchObject({ kind: 'note', direction: 'outgoing', deliveryStatus: null, sender: { id: agent.user.id, name: 'Aldo Agent' } });
    expect(note.body.conversation).toMatchObject({ unanswered: true, waitingSince: waiting, snippet: 'Hello' });
    expect(await listIds('unanswered=true')).toContain(id);
    const [job] = await sql(api, "SELECT 1 FROM outbox WHERE name = 'message.deliver' AND payload->>'messageId' = $1", [note.body.message.id]);
    expect(job).toBeUndefined(); // a note is never sent to the customer

    const reply = await api.http.post(`/api/conversations/${id}/messages`).set(agent.auth).send({ text: 'It ships tomorrow.' }).expect(201);
    expect(reply.body.conversation).toMatchObject({ unanswered: false, waitingSince: null, snippet: 'It ships tomorrow.', unreadCount: 0 });
    const thread = (await api.http.get(`/api/conversations/${id}/messages`).set(agent.auth).expect(200)).body.items;
    expect(thread.map((m: { kind: string; text: string }) => [m.kind, m.text])).toEqual([
      ['text', 'Hello'], ['note', 'Checking with the warehouse'], ['text', 'It ships tomorrow.']]);
    expect((await events(id)).slice(1).map((e) => e.type)).toEqual(['note_added', 'replied']);
  });

  it('applies bulk actions and reports the one bad id in failed[]', async () => {
    const ids = [await fresh(), await fresh(), await fresh()];
    const res = await api.http.post('/api/conversations/bulk').set(agent.auth)
      .send({ ids: [...ids, GHOST], action: { type: 'status', status: 'resolved' } }).expect(200);
    expect(res.body.updated.map((r: { id: string; status: string }) => [r.id, r.status])).toEqual(ids.map((id) => [id, 'resolved']));
    expect(res.body.failed).toEqual([{ id: GHOST, reason: 'Conversation not found' }]);

    const tag = (await api.http.post('/api/tags').set(manager.auth).send({ name: 'Bulk' }).expect(201)).body;
    const actions: [Record<string, unknown>, (r: Record<string, unknown>) => void][] = [
      [{ type: 'assign', assigneeId: agent.user.id }, (r) => expect(r.assignee).toEqual({ id: agent.user.id, name: 'Aldo Agent' })],
      [{ type: 'priority', priority: 'high' }, (r) => expect(r.priority).toBe('high')],
      [{ type: 'tag', tagIds: [tag.id] }, (r) => expect(r.tags).toEqual([{ id: tag.id, name: 'Bulk', color: null }])],
      [{ type: 'archive', archived: true }, (r) => expect(r.archived).toBe(true)],
      [{ type: 'read' }, (r) => expect(r.unreadCount).toBe(0)],
      [{ type: 'snooze', until: new Date(Date.now() + 3600_000).toISOString() }, (r) => expect(r.status).toBe('snoozed')],
    ];
    for (const [action, check] of actions) {
      const r = await api.http.post('/api/conversations/bulk').set(agent.auth).send({ ids, action }).expect(200);
      expect({ action, failed: r.body.failed, n: r.body.updated.length }).toEqual({ action, failed: [], n: 3 });
      r.body.updated.forEach(check);
    }
    const outside = await fresh();
    const partial = await api.http.post('/api/conversations/bulk').set(agent.auth)
      .send({ ids: [outside, ids[0]], action: { type: 'assign', assigneeId: stranger.user.id } }).expect(200);
    expect(partial.body.updated).toEqual([]);
    expect(partial.body.failed.map((f: { reason: string }) => f.reason)).toEqual([
      "Sam Stranger is not a member of this conversation's inbox", "Sam Stranger is not a member of this conversation's inbox"]);
  });

  it('lets only an admin delete a conversation, leaving an audit record; deleteContact erases the contact too', async () => {
    const id = await fresh(inbox, 'Please delete my data');
    await api.http.post(`/api/conversations/${id}/messages`).set(agent.auth).send({ text: 'Sure' }).expect(201);
    const { contact } = await get(id);
    await api.http.delete(`/api/conversations/${id}`).set(manager.auth).expect(403);

    await api.http.delete(`/api/conversations/${id}`).set(admin.auth).expect(204);
    await api.http.get(`/api/conversations/${id}`).set(admin.auth).expect(404);
    expect(await sql(api, 'SELECT id FROM messages WHERE conversation_id = $1', [id])).toEqual([]);
    // The history stays for the reports (no FK on purpose) but carries no message text.
    const history = await sql<{ data: object }>(api, 'SELECT data FROM conversation_events WHERE conversation_id = $1', [id]);
    expect(JSON.stringify(history)).not.toMatch(/delete my data|Sure/);
    expect(await sql(api, 'SELECT id FROM contacts WHERE id = $1', [contact.id])).toHaveLength(1);
    const [audit] = await sql<{ actor_id: string; action: string; target_type: string; data: Record<string, unknown> }>(api,
      'SELECT actor_id, action, target_type, data FROM audit_log WHERE target_id = $1', [id]);
    expect(audit).toEqual({ actor_id: admin.user.id, action: 'conversation.deleted', target_type: 'conversation', data: { inboxId: inbox.id, contactId: contact.id, messages: 2 } });

    const id2 = await fresh(inbox, 'Erase me (GDPR)');
    const c2 = (await get(id2)).contact;
    await api.http.delete(`/api/conversations/${id2}?deleteContact=true`).set(admin.auth).expect(204);
    expect(await sql(api, 'SELECT id FROM contacts WHERE id = $1', [c2.id])).toEqual([]);
    const [audit2] = await sql<{ action: string; actor_id: string }>(api, 'SELECT action, actor_id FROM audit_log WHERE target_id = $1', [id2]);
    expect(audit2).toEqual({ action: 'conversation.deleted_with_contact', actor_id: admin.user.id });
    expect((await api.http.get('/api/search?q=GDPR').set(admin.auth).expect(200)).body).toEqual([]);

    // The same customer writing again starts from scratch.
    const again = await receive(api, inbox, { contactId: `cust-${n}`, text: 'Hello again' });
    expect(again).not.toBe(id2);
    expect(await get(again)).toMatchObject({ unreadCount: 1, snippet: 'Hello again', contact: { name: null } });
  });
});
