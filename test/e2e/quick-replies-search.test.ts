import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApi, userSession, type Session, type TestApi } from '../support/api.js';
import { snapshot } from '../support/db.js';
import { createInbox, receive, type TestInbox } from '../support/webhooks.js';

describe('quick replies: scopes, permissions, ranked search, rendering, usage', () => {
  let api: TestApi;
  let admin: Session;
  let manager: Session;
  let agent: Session;
  let other: Session;
  let inbox: TestInbox;
  let conversation: string;
  let teamId: string;
  const qr = (s: Session, body: Record<string, unknown>, status = 201) => api.http.post('/api/quick-replies').set(s.auth).send(body).expect(status);
  const shortcuts = (items: { shortcut: string }[]) => items.map((q) => q.shortcut);

  beforeAll(async () => {
    api = await startApi();
    admin = await userSession(api, 'admin');
    manager = await userSession(api, 'manager', 'Mona Manager');
    agent = await userSession(api, 'agent', 'Lucía Fernández');
    other = await userSession(api, 'agent', 'Otto Other');
    inbox = await createInbox(api, admin, { name: 'Tienda Online', members: [agent.user.id] });
    conversation = await receive(api, inbox, { contactId: 'c-1', name: 'José Ángel Núñez', text: '¿Dónde está mi pedido?' });
    teamId = (await api.http.post('/api/teams').set(admin.auth).send({ name: 'Returns' }).expect(201)).body.id;
    await api.http.put(`/api/teams/${teamId}/members`).set(admin.auth).send({ userIds: [agent.user.id] }).expect(200);
  });
  afterAll(() => api.close());

  it('lets an agent manage personal replies only; managers keep the global and team ones', async () => {
    const mine = await qr(agent, { shortcut: 'thanks', title: 'Thanks', body: 'Thanks {{contact.first_name}}!', scope: 'personal' });
    expect(mine.body).toMatchObject({ scope: 'personal', ownerId: agent.user.id, teamId: null, usageCount: 0 });
    const before = await snapshot(api);
    expect((await qr(agent, { shortcut: 'hello', title: 'Hello', body: 'Hi', scope: 'global' }, 403)).body.message)
      .toBe('Only admin or manager users can manage global quick replies');
    expect((await qr(agent, { shortcut: 'hello', title: 'Hello', body: 'Hi', scope: 'team', teamId }, 403)).body.message)
      .toBe('Only admin or manager users can manage team quick replies');
    expect(await snapshot(api)).toEqual(before);

    const global = await qr(manager, { shortcut: 'shipping', title: 'Shipping times', body: 'We ship in 24 h from {{inbox.name}}.', scope: 'global' });
    expect(global.body).toMatchObject({ scope: 'global', ownerId: null });
    const team = await qr(manager, { shortcut: 'return-label', title: 'Return label', body: 'Here is your label', scope: 'team', teamId });
    expect(team.body).toMatchObject({ scope: 'team', teamId });
    expect((await qr(manager, { shortcut: 'x', title: 'X', body: 'X', scope: 'team' }, 400)).body.message).toBe('teamId is required for a team quick reply');

    // The agent cannot edit or delete the global one; another agent cannot see this agent's personal one.
    const edit = await api.http.patch(`/api/quick-replies/${global.body.id}`).set(agent.auth).send({ body: 'hacked' }).expect(403);
    expect(edit.body.message).toBe('Only admin or manager users can manage global quick replies');
    await api.http.delete(`/api/quick-replies/${team.body.id}`).set(agent.auth).expect(403);
    const hidden = await api.http.patch(`/api/quick-replies/${mine.body.id}`).set(other.auth).send({ body: 'mine now' }).expect(404);
    expect(hidden.body.message).toBe('Quick reply not found');
    await api.http.delete(`/api/quick-replies/${mine.body.id}`).set(manager.auth).expect(404);

    const upd = await api.http.patch(`/api/quick-replies/${mine.body.id}`).set(agent.auth).send({ title: 'Thank you' }).expect(200);
    expect(upd.body.title).toBe('Thank you');
    expect(shortcuts((await api.http.get('/api/quick-replies').set(agent.auth).expect(200)).body)).toEqual(['return-label', 'shipping', 'thanks']);
    expect(shortcuts((await api.http.get('/api/quick-replies').set(other.auth).expect(200)).body)).toEqual(['shipping']);
    expect(shortcuts((await api.http.get('/api/quick-replies').set(manager.auth).expect(200)).body)).toEqual(['return-label', 'shipping']);
  });

  it('validates quick replies: shortcut shape, scope, duplicates in a scope (409), unknown fields', async () => {
    const before = await snapshot(api);
    const cases: [Record<string, unknown>, string][] = [
      [{ shortcut: 'has space', title: 'T', body: 'B', scope: 'personal' }, 'shortcut must be 1-40 letters, digits, "-" or "_"'],
      [{ shortcut: 'ok', title: 'T', body: 'B', scope: 'private' }, 'scope must be one of global, team, personal'],
      [{ shortcut: 'ok', title: 'T', body: '', scope: 'personal' }, 'body must be longer than or equal to 1 characters'],
      [{ shortcut: 'ok', title: 'T', body: 'B', scope: 'personal', teamId: 'returns' }, 'teamId must be a team id'],
      [{ shortcut: 'ok', title: 'T', body: 'B', scope: 'personal', usageCount: 99 }, 'property usageCount should not exist'],
    ];
    for (const [body, message] of cases) expect((await qr(agent, body, 400)).body.message.join(' ')).toContain(message);
    const dup = await qr(agent, { shortcut: 'THANKS', title: 'T', body: 'B', scope: 'personal' }, 409);
    expect(dup.body.message).toBe('The shortcut "THANKS" is already used in this scope');
    await api.http.patch('/api/quick-replies/nope').set(agent.auth).send({ title: 'x' }).expect(400);
    expect(await snapshot(api)).toEqual(before);
    // Another agent may use the same shortcut for their own reply.
    await qr(other, { shortcut: 'thanks', title: 'T', body: 'B', scope: 'personal' });
  });

  it('ranks search results as an agent expects: shortcut prefix, then shortcut substring, then text', async () => {
    await qr(manager, { shortcut: 'reship', title: 'Send again', body: 'We will send it again', scope: 'global' });
    await qr(manager, { shortcut: 'delay', title: 'Delayed order', body: 'Sorry, shipping is slow this week', scope: 'global' });
    await qr(manager, { shortcut: 'ship-intl', title: 'International', body: 'Abroad takes longer', scope: 'global' });
    const search = async (q: string) => shortcuts((await api.http.get('/api/quick-replies/search').query({ q }).set(agent.auth).expect(200)).body);
    expect(await search('ship')).toEqual(['ship-intl', 'shipping', 'reship', 'delay']);
    expect(await search('/ship')).toEqual(['ship-intl', 'shipping', 'reship', 'delay']);
    expect(await search('SHIPPING')).toEqual(['shipping', 'delay']); // shortcut first, then the body that mentions it
    expect(await search('delayed')).toEqual(['delay']);
    expect(await search('zzz')).toEqual([]);
    expect(await search('')).toHaveLength(6);
    expect((await api.http.get('/api/quick-replies/search').query({ q: 'x'.repeat(101) }).set(agent.auth).expect(400)).body.message)
      .toContain('q must be shorter than or equal to 100 characters');
  });

  it('renders variables for a conversation and reports the ones it cannot fill', async () => {
    const reply = await qr(agent, {
      shortcut: 'order', title: 'Order', scope: 'personal',
      body: 'Hola {{contact.first_name}} ({{ contact.name }}), soy {{agent.first_name}} de {{inbox.name}}. Pedido {{order.number}}, {{order.number}}. {{customer.vip | default: "—"}}',
    });
    const res = await api.http.post(`/api/quick-replies/${reply.body.id}/render`).set(agent.auth).send({ conversationId: conversation }).expect(200);
    expect(res.body).toEqual({
      text: 'Hola José (José Ángel Núñez), soy Lucía de Tienda Online. Pedido {{order.number}}, {{order.number}}. —',
      missing: ['order.number'],
    });
    const bad = await api.http.post(`/api/quick-replies/${reply.body.id}/render`).set(agent.auth).send({ conversationId: 'c-1' }).expect(400);
    expect(bad.body.message).toContain('conversationId must be a conversation id');
    await api.http.post(`/api/quick-replies/${reply.body.id}/render`).set(agent.auth).send({ conversationId: '00000000-0000-4000-8000-000000000000' }).expect(404);
    // Another agent's personal reply cannot be rendered by someone else.
    await api.http.post(`/api/quick-replies/${reply.body.id}/render`).set(manager.auth).send({ conversationId: conversation }).expect(404);
  });

  it('counts a use when a reply made from it is sent', async () => {
    const [shipping] = (await api.http.get('/api/quick-replies/search?q=shipping').set(agent.auth).expect(200)).body;
    const rendered = (await api.http.post(`/api/quick-replies/${shipping.id}/render`).set(agent.auth).send({ conversationId: conversation }).expect(200)).body;
    expect(rendered.text).toBe('We ship in 24 h from Tienda Online.');
    expect((await api.http.get('/api/quick-replies/search?q=shipping').set(agent.auth).expect(200)).body[0].usageCount).toBe(0);
    await api.http.post(`/api/conversations/${conversation}/messages`).set(agent.auth).send({ text: rendered.text, quickReplyId: shipping.id }).expect(201);
    await api.http.post(`/api/conversations/${conversation}/messages`).set(agent.auth).send({ text: rendered.text, quickReplyId: shipping.id }).expect(201);
    expect((await api.http.get('/api/quick-replies/search?q=shipping').set(agent.auth).expect(200)).body[0].usageCount).toBe(2);
    // The most used reply comes first among equals.
    expect(shortcuts((await api.http.get('/api/quick-replies/search').query({ q: '' }).set(agent.auth).expect(200)).body)[0]).toBe('shipping');
  });

  it('refuses a quickReplyId the sender may not use (another agent\'s personal one, another team\'s, a random id) and counts nothing', async () => {
    const theirs = (await qr(other, { shortcut: 'mine-only', title: 'Mine', body: 'Mine', scope: 'personal' })).body;
    const otherTeam = (await api.http.post('/api/teams').set(admin.auth).send({ name: 'Billing' }).expect(201)).body.id;
    const billing = (await qr(manager, { shortcut: 'invoice', title: 'Invoice', body: 'Invoice', scope: 'team', teamId: otherTeam })).body;
    const before = await snapshot(api);
    for (const id of [theirs.id, billing.id, '00000000-0000-4000-8000-000000000000']) {
      const res = await api.http.post(`/api/conversations/${conversation}/messages`).set(agent.auth).send({ text: 'Hello', quickReplyId: id }).expect(400);
      expect(res.body.message).toBe('quickReplyId is not a quick reply you can use (a shared one or one of your own)');
    }
    expect(await snapshot(api)).toEqual(before);
    expect((await api.http.get('/api/quick-replies').set(other.auth).expect(200)).body.find((q: { id: string }) => q.id === theirs.id).usageCount).toBe(0);
  });
});

describe('search: full text over messages and names, within the user\'s inboxes', () => {
  let api: TestApi;
  let admin: Session;
  let manager: Session;
  let agent: Session;
  let inboxA: TestInbox;
  let inboxB: TestInbox;
  let convA: string;
  let convB: string;

  beforeAll(async () => {
    api = await startApi();
    admin = await userSession(api, 'admin');
    manager = await userSession(api, 'manager');
    agent = await userSession(api, 'agent');
    inboxA = await createInbox(api, admin, { members: [agent.user.id] });
    inboxB = await createInbox(api, admin);
    convA = await receive(api, inboxA, { contactId: 'a', name: 'Renata Oliveira', text: 'Meu pedido chegou quebrado, quero reembolso' });
    convB = await receive(api, inboxB, { contactId: 'b', name: 'Renata Silva', text: 'Quero reembolso também' });
  });
  afterAll(() => api.close());

  const search = async (s: Session, q: string) => (await api.http.get('/api/search').query({ q }).set(s.auth).expect(200)).body as
    { conversation: { id: string; contact: { name: string } }; message: { text: string } | null; headline: string }[];

  it('finds by message words and word prefixes, only in the agent\'s inboxes', async () => {
    const hits = await search(agent, 'reembolso');
    expect(hits.map((h) => h.conversation.id)).toEqual([convA]);
    expect(hits[0].message!.text).toBe('Meu pedido chegou quebrado, quero reembolso');
    expect(hits[0].headline).toContain('reembolso');
    expect((await search(agent, 'quebr')).map((h) => h.conversation.id)).toEqual([convA]);
    expect((await search(manager, 'reembolso')).map((h) => h.conversation.id).sort()).toEqual([convA, convB].sort());
    expect((await search(admin, 'REEMBOLSO também')).map((h) => h.conversation.id)).toEqual([convB]);
  });

  it('finds by contact name, scoped the same way', async () => {
    const byName = await search(agent, 'Renata');
    expect(byName.map((h) => h.conversation.contact.name)).toEqual(['Renata Oliveira']);
    expect(byName[0].message).toBeNull();
    expect((await search(manager, 'renata')).length).toBe(2);
    expect(await search(agent, 'Silva')).toEqual([]);
  });

  it('refuses an empty or punctuation-only query with a 400 that says why', async () => {
    expect((await api.http.get('/api/search').set(agent.auth).expect(400)).body.message).toContain('q is required');
    expect((await api.http.get('/api/search?q=%20!!%20').set(agent.auth).expect(400)).body.message).toBe('q must contain at least one letter or digit');
    expect((await api.http.get('/api/search?q=a&limit=51').set(agent.auth).expect(400)).body.message).toContain('limit must not be greater than 50');
    expect((await api.http.get('/api/search?q=a&scope=all').set(agent.auth).expect(400)).body.message).toContain('property scope should not exist');
  });
});
