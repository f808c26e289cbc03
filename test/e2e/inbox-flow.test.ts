import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApi, userSession, type Session, type TestApi } from '../support/api.js';
import { apiMessage, createInbox, postSigned, type TestInbox } from '../support/webhooks.js';

describe('an API-channel DM becomes a conversation agents work', () => {
  let api: TestApi;
  let admin: Session;
  let agent: Session;
  let outsider: Session;
  let inbox: TestInbox;

  beforeAll(async () => {
    api = await startApi();
    admin = await userSession(api, 'admin');
    agent = await userSession(api, 'agent', 'Ana García');
    outsider = await userSession(api, 'agent', 'Otto Outside');
    inbox = await createInbox(api, admin, { members: [agent.user.id] });
  });
  afterAll(() => api.close());

  it('stores a signed DM and shows it in the unassigned view', async () => {
    const res = await postSigned(api, inbox, apiMessage({ contactId: 'c-42', name: 'José Núñez', id: 'm-1', text: 'Hola, ¿tienen envío a Córdoba? 📦' })).expect(200);
    expect(res.body).toMatchObject({ received: 1, stored: 1, duplicates: 0 });

    const list = await api.http.get('/api/conversations?view=unassigned').set(agent.auth).expect(200);
    expect(list.body.items).toHaveLength(1);
    const row = list.body.items[0];
    expect(row).toMatchObject({
      channel: 'api', status: 'open', unanswered: true, unreadCount: 1,
      contact: { name: 'José Núñez' }, snippet: 'Hola, ¿tienen envío a Córdoba? 📦', assignee: null, tags: [],
    });
    expect(row.waitingSince).toBeTruthy();
    const counts = await api.http.get('/api/conversations/counts').set(agent.auth).expect(200);
    expect(counts.body).toEqual({ mine: 0, unassigned: 1, all: 1, archived: 0, unanswered: 1 });
  });

  it('refuses a wrong or missing signature and stores nothing', async () => {
    await postSigned(api, inbox, apiMessage({ id: 'm-bad' }), { secret: 'not-the-secret-at-all' }).expect(401);
    await postSigned(api, inbox, apiMessage({ id: 'm-bad2' }), { signature: null }).expect(401);
    const list = await api.http.get('/api/conversations?view=all&status=any').set(admin.auth).expect(200);
    expect(list.body.items).toHaveLength(1);
  });

  it('lets the agent assign, tag, answer, and the conversation stops waiting', async () => {
    const [row] = (await api.http.get('/api/conversations').set(agent.auth).expect(200)).body.items;
    await api.http.put(`/api/conversations/${row.id}/assignee`).set(agent.auth).send({ assigneeId: agent.user.id }).expect(200);
    const tag = await api.http.post('/api/tags').set(admin.auth).send({ name: 'Shipping', color: '#1e88e5' }).expect(201);
    await api.http.post(`/api/conversations/${row.id}/tags`).set(agent.auth).send({ tagIds: [tag.body.id] }).expect(200);
    const reply = await api.http.post(`/api/conversations/${row.id}/messages`).set(agent.auth).send({ text: 'Sí, enviamos a Córdoba.' }).expect(201);
    expect(reply.body.message).toMatchObject({ direction: 'outgoing', kind: 'text', deliveryStatus: 'pending', sender: { id: agent.user.id } });
    expect(reply.body.conversation).toMatchObject({ unanswered: false, waitingSince: null, assignee: { id: agent.user.id, name: 'Ana García' } });

    const mine = await api.http.get('/api/conversations?view=mine').set(agent.auth).expect(200);
    expect(mine.body.items.map((c: { id: string }) => c.id)).toEqual([row.id]);
    expect(mine.body.items[0].tags).toEqual([{ id: tag.body.id, name: 'Shipping', color: '#1e88e5' }]);

    const thread = await api.http.get(`/api/conversations/${row.id}/messages`).set(agent.auth).expect(200);
    expect(thread.body.items.map((m: { text: string }) => m.text)).toEqual(['Hola, ¿tienen envío a Córdoba? 📦', 'Sí, enviamos a Córdoba.']);
    const events = await api.http.get(`/api/conversations/${row.id}/events`).set(agent.auth).expect(200);
    expect(events.body.map((e: { type: string }) => e.type)).toEqual(['created', 'assigned', 'tag_added', 'replied']);
  });

  it('hides the conversation from an agent outside the inbox, on every route', async () => {
    const [row] = (await api.http.get('/api/conversations').set(admin.auth).expect(200)).body.items;
    expect((await api.http.get('/api/conversations').set(outsider.auth).expect(200)).body.items).toEqual([]);
    await api.http.get(`/api/conversations/${row.id}`).set(outsider.auth).expect(404);
    await api.http.get(`/api/conversations/${row.id}/messages`).set(outsider.auth).expect(404);
    await api.http.post(`/api/conversations/${row.id}/messages`).set(outsider.auth).send({ text: 'hi' }).expect(404);
    await api.http.put(`/api/conversations/${row.id}/status`).set(outsider.auth).send({ status: 'resolved' }).expect(404);
    expect((await api.http.get('/api/search?q=Córdoba').set(outsider.auth).expect(200)).body).toEqual([]);
    expect((await api.http.get('/api/conversations/counts').set(outsider.auth).expect(200)).body.all).toBe(0);
  });

  it('finds the conversation again by message text and by contact name', async () => {
    const byText = await api.http.get('/api/search').query({ q: 'córdoba' }).set(agent.auth).expect(200);
    expect(byText.body.length).toBe(1);
    expect(byText.body[0].message.text).toContain('Córdoba');
    const byName = await api.http.get('/api/search').query({ q: 'José' }).set(agent.auth).expect(200);
    expect(byName.body[0].conversation.contact.name).toBe('José Núñez');
  });

  it('reopens a resolved conversation on a new customer message', async () => {
    const [row] = (await api.http.get('/api/conversations').set(agent.auth).expect(200)).body.items;
    await api.http.put(`/api/conversations/${row.id}/status`).set(agent.auth).send({ status: 'resolved' }).expect(200);
    expect((await api.http.get('/api/conversations').set(agent.auth).expect(200)).body.items).toEqual([]);
    await postSigned(api, inbox, apiMessage({ contactId: 'c-42', id: 'm-2', text: '¿Y cuánto tarda?' })).expect(200);
    const detail = await api.http.get(`/api/conversations/${row.id}`).set(agent.auth).expect(200);
    expect(detail.body).toMatchObject({ status: 'open', unanswered: true, snippet: '¿Y cuánto tarda?' });
    const events = (await api.http.get(`/api/conversations/${row.id}/events`).set(agent.auth).expect(200)).body;
    expect(events.at(-1)).toMatchObject({ type: 'reopened', data: { from: 'resolved', to: 'open' } });
  });
});
