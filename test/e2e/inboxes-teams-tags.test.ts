import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApi, userSession, type Session, type TestApi } from '../support/api.js';
import { snapshot, sql } from '../support/db.js';
import { apiMessage, postSigned } from '../support/webhooks.js';

const SECRET = 'app-secret-0123456789-abcdef';
const TOKEN = 'EAAG-page-access-token-very-secret';

describe('inboxes: admins connect channels; secrets never leave the server', () => {
  let api: TestApi;
  let admin: Session;
  let manager: Session;
  let agent: Session;
  const bodies: string[] = []; // every inbox response, checked for secrets at the end
  const keep = <T extends { body: unknown }>(res: T): T => { bodies.push(JSON.stringify(res.body)); return res; };

  beforeAll(async () => {
    api = await startApi();
    admin = await userSession(api, 'admin');
    manager = await userSession(api, 'manager');
    agent = await userSession(api, 'agent');
  });
  afterAll(() => api.close());

  it('creates an API inbox with its secret stored but only reported as present', async () => {
    const res = keep(await api.http.post('/api/inboxes').set(admin.auth)
      .send({ name: 'Website bridge', channel: 'api', appSecret: SECRET, accessToken: TOKEN }).expect(201));
    expect(res.body).toMatchObject({
      name: 'Website bridge', channel: 'api', hasAppSecret: true, hasAccessToken: true, verifyToken: null,
      webhookPath: `/api/webhooks/api/${res.body.id}`, unarchiveOnIncoming: true, memberIds: [],
    });
    expect(res.body).not.toHaveProperty('appSecret');
    expect(res.body).not.toHaveProperty('accessToken');
    const [row] = await sql<{ app_secret: string; access_token: string }>(api, 'SELECT app_secret, access_token FROM inboxes WHERE id = $1', [res.body.id]);
    expect(row).toEqual({ app_secret: SECRET, access_token: TOKEN });
  });

  it('generates a verify token for Meta channels unless one is chosen, and needs their account id', async () => {
    const messenger = keep(await api.http.post('/api/inboxes').set(admin.auth)
      .send({ name: 'Shop page', channel: 'messenger', platformAccountId: '1234567890', appSecret: SECRET, accessToken: TOKEN }).expect(201));
    expect(messenger.body.verifyToken).toMatch(/^[0-9a-f]{32}$/);
    const wa = keep(await api.http.post('/api/inboxes').set(admin.auth)
      .send({ name: 'WhatsApp', channel: 'whatsapp', platformAccountId: '5551234', appSecret: SECRET, verifyToken: 'my-own-verify-token' }).expect(201));
    expect(wa.body.verifyToken).toBe('my-own-verify-token');
    const ig = keep(await api.http.post('/api/inboxes').set(admin.auth)
      .send({ name: 'Instagram', channel: 'instagram', platformAccountId: '17841400000', appSecret: SECRET }).expect(201));
    expect(ig.body.verifyToken).toMatch(/^[0-9a-f]{32}$/);
    expect(ig.body.verifyToken).not.toBe(messenger.body.verifyToken);

    // The generated token answers Meta's handshake.
    const challenge = await api.http.get(`/api/webhooks/messenger/${messenger.body.id}`)
      .query({ 'hub.mode': 'subscribe', 'hub.verify_token': messenger.body.verifyToken, 'hub.challenge': '4242' }).expect(200);
    expect(challenge.text).toBe('4242');
    await api.http.get(`/api/webhooks/messenger/${messenger.body.id}`)
      .query({ 'hub.mode': 'subscribe', 'hub.verify_token': 'wrong-token', 'hub.challenge': '4242' }).expect(403);

    const missing = await api.http.post('/api/inboxes').set(admin.auth)
      .send({ name: 'No account', channel: 'instagram', appSecret: SECRET }).expect(400);
    expect(missing.body.message).toBe('platformAccountId is required for Messenger, Instagram and WhatsApp inboxes');
  });

  it('refuses bad inbox input with a 400 naming the field, and stores nothing', async () => {
    const before = await snapshot(api);
    const cases: [Record<string, unknown>, string][] = [
      [{ name: 'x', channel: 'telegram', appSecret: SECRET }, 'channel must be one of messenger, instagram, whatsapp, api'],
      [{ name: 'x', channel: 'api', appSecret: 'short' }, 'appSecret must be at least 16 characters long'],
      [{ name: 'x', channel: 'api' }, 'appSecret must be at least 16 characters long'],
      [{ name: 'x', channel: 'api', appSecret: SECRET, color: 'red' }, 'property color should not exist'],
      [{ name: 'x', channel: 'messenger', appSecret: SECRET, platformAccountId: 'page id with spaces' }, 'platformAccountId must be the page, account or phone number id'],
      [{ name: 'x', channel: 'messenger', platformAccountId: '1', appSecret: SECRET, verifyToken: 'short' }, 'verifyToken must be at least 8 characters long'],
      [{ name: 'x', channel: 'api', appSecret: SECRET, unarchiveOnIncoming: 'yes' }, 'unarchiveOnIncoming must be a boolean value'],
    ];
    for (const [body, message] of cases) {
      const res = await api.http.post('/api/inboxes').set(admin.auth).send(body).expect(400);
      expect(res.body.message).toContain(message);
    }
    expect(await snapshot(api)).toEqual(before);
  });

  it('lets only admins create, edit, delete inboxes and set members (403 with a message otherwise)', async () => {
    const [inbox] = (await api.http.get('/api/inboxes').set(admin.auth).expect(200)).body;
    const before = await snapshot(api);
    for (const s of [manager, agent]) {
      const create = await api.http.post('/api/inboxes').set(s.auth).send({ name: 'x', channel: 'api', appSecret: SECRET }).expect(403);
      expect(create.body.message).toBe('Only admin users can create inboxes');
      const edit = await api.http.patch(`/api/inboxes/${inbox.id}`).set(s.auth).send({ name: 'renamed' }).expect(403);
      expect(edit.body.message).toBe('Only admin users can edit inboxes');
      const members = await api.http.put(`/api/inboxes/${inbox.id}/members`).set(s.auth).send({ userIds: [s.user.id] }).expect(403);
      expect(members.body.message).toBe('Only admin users can manage inbox members');
      const del = await api.http.delete(`/api/inboxes/${inbox.id}`).set(s.auth).expect(403);
      expect(del.body.message).toBe('Only admin users can delete inboxes');
    }
    expect(await snapshot(api)).toEqual(before);
  });

  it('shows managers every inbox and agents only those they belong to (404 for the others)', async () => {
    const all = (await api.http.get('/api/inboxes').set(admin.auth).expect(200)).body as { id: string; name: string }[];
    const target = all.find((i) => i.name === 'Shop page')!;
    keep(await api.http.put(`/api/inboxes/${target.id}/members`).set(admin.auth).send({ userIds: [agent.user.id, agent.user.id] }).expect(200));
    expect(keep(await api.http.get('/api/inboxes').set(manager.auth).expect(200)).body).toHaveLength(all.length);
    const mine = keep(await api.http.get('/api/inboxes').set(agent.auth).expect(200)).body;
    expect(mine.map((i: { id: string }) => i.id)).toEqual([target.id]);
    expect(mine[0].memberIds).toEqual([agent.user.id]);
    // The verify token is a shared secret of Meta's handshake: admins see it, managers and agents do not.
    expect(all.find((i) => i.id === target.id)).toMatchObject({ verifyToken: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(mine[0].verifyToken).toBeNull();
    expect(keep(await api.http.get(`/api/inboxes/${target.id}`).set(manager.auth).expect(200)).body.verifyToken).toBeNull();
    keep(await api.http.get(`/api/inboxes/${target.id}`).set(agent.auth).expect(200));
    const other = all.find((i) => i.id !== target.id)!;
    const hidden = await api.http.get(`/api/inboxes/${other.id}`).set(agent.auth).expect(404);
    expect(hidden.body.message).toBe('Inbox not found');
  });

  it('validates members: unknown users 404, non-UUIDs 400', async () => {
    const [inbox] = (await api.http.get('/api/inboxes').set(admin.auth).expect(200)).body;
    const before = await snapshot(api);
    const unknown = await api.http.put(`/api/inboxes/${inbox.id}/members`).set(admin.auth)
      .send({ userIds: ['00000000-0000-4000-8000-000000000000'] }).expect(404);
    expect(unknown.body.message).toBe('One or more users do not exist');
    const bad = await api.http.put(`/api/inboxes/${inbox.id}/members`).set(admin.auth).send({ userIds: ['bob'] }).expect(400);
    expect(bad.body.message).toContain('userIds must contain user ids');
    await api.http.put('/api/inboxes/00000000-0000-4000-8000-000000000000/members').set(admin.auth).send({ userIds: [] }).expect(404);
    await api.http.get('/api/inboxes/not-a-uuid').set(admin.auth).expect(400);
    expect(await snapshot(api)).toEqual(before);
  });

  it('edits an inbox: a new secret replaces the old one for signatures; the channel cannot change', async () => {
    const created = keep(await api.http.post('/api/inboxes').set(admin.auth).send({ name: 'Bridge 2', channel: 'api', appSecret: SECRET }).expect(201));
    const inbox = { id: created.body.id as string, secret: SECRET, channel: 'api' };
    await postSigned(api, inbox, apiMessage({ id: 'before-rotation' })).expect(200);
    const NEW = 'rotated-secret-abcdefghijklmnop';
    const upd = keep(await api.http.patch(`/api/inboxes/${inbox.id}`).set(admin.auth)
      .send({ name: 'Bridge two', appSecret: NEW, accessToken: `${TOKEN}-2`, unarchiveOnIncoming: false }).expect(200));
    expect(upd.body).toMatchObject({ name: 'Bridge two', hasAppSecret: true, hasAccessToken: true, unarchiveOnIncoming: false });
    await postSigned(api, inbox, apiMessage({ id: 'old-secret' })).expect(401);
    await postSigned(api, { ...inbox, secret: NEW }, apiMessage({ id: 'new-secret' })).expect(200);
    const change = await api.http.patch(`/api/inboxes/${inbox.id}`).set(admin.auth).send({ channel: 'messenger' }).expect(400);
    expect(change.body.message).toBe('The channel of an inbox cannot change; create another inbox');
    await api.http.patch('/api/inboxes/00000000-0000-4000-8000-000000000000').set(admin.auth).send({ name: 'x' }).expect(404);
    bodies.push(NEW, `${TOKEN}-2`);
  });

  it('never puts an app secret or access token in any response', async () => {
    keep(await api.http.get('/api/inboxes').set(admin.auth).expect(200));
    const secrets = [SECRET, TOKEN, 'rotated-secret-abcdefghijklmnop', `${TOKEN}-2`];
    const responses = bodies.filter((b) => !secrets.includes(b));
    expect(responses.length).toBeGreaterThan(8);
    for (const body of responses) {
      for (const secret of secrets) expect(body).not.toContain(secret);
      expect(body).not.toMatch(/appSecret"|accessToken"|app_secret|access_token/);
    }
  });

  it('deletes an inbox (admin), after which it is gone', async () => {
    const created = await api.http.post('/api/inboxes').set(admin.auth).send({ name: 'Temp', channel: 'api', appSecret: SECRET }).expect(201);
    await api.http.delete(`/api/inboxes/${created.body.id}`).set(admin.auth).expect(204);
    await api.http.get(`/api/inboxes/${created.body.id}`).set(admin.auth).expect(404);
    await api.http.delete(`/api/inboxes/${created.body.id}`).set(admin.auth).expect(404);
  });
});

describe('teams and tags', () => {
  let api: TestApi;
  let admin: Session;
  let manager: Session;
  let agent: Session;

  beforeAll(async () => {
    api = await startApi();
    admin = await userSession(api, 'admin');
    manager = await userSession(api, 'manager');
    agent = await userSession(api, 'agent');
  });
  afterAll(() => api.close());

  it('lets an admin create, rename, staff and delete a team; everyone can list them', async () => {
    const team = await api.http.post('/api/teams').set(admin.auth).send({ name: ' Billing ' }).expect(201);
    expect(team.body).toMatchObject({ name: 'Billing', memberIds: [] });
    const staffed = await api.http.put(`/api/teams/${team.body.id}/members`).set(admin.auth).send({ userIds: [agent.user.id] }).expect(200);
    expect(staffed.body.memberIds).toEqual([agent.user.id]);
    const renamed = await api.http.patch(`/api/teams/${team.body.id}`).set(admin.auth).send({ name: 'Billing & Refunds' }).expect(200);
    expect(renamed.body).toMatchObject({ name: 'Billing & Refunds', memberIds: [agent.user.id] });
    const list = await api.http.get('/api/teams').set(agent.auth).expect(200);
    expect(list.body).toEqual([{ id: team.body.id, name: 'Billing & Refunds', memberIds: [agent.user.id] }]);
    const dup = await api.http.post('/api/teams').set(admin.auth).send({ name: 'Billing & Refunds' }).expect(409);
    expect(dup.body.message).toBe('A team named "Billing & Refunds" already exists');
    await api.http.delete(`/api/teams/${team.body.id}`).set(admin.auth).expect(204);
    expect((await api.http.get('/api/teams').set(agent.auth).expect(200)).body).toEqual([]);
    await api.http.delete(`/api/teams/${team.body.id}`).set(admin.auth).expect(404);
  });

  it('forbids managers and agents from managing teams and validates input, storing nothing', async () => {
    const team = await api.http.post('/api/teams').set(admin.auth).send({ name: 'Sales' }).expect(201);
    const before = await snapshot(api);
    for (const s of [manager, agent]) {
      const res = await api.http.post('/api/teams').set(s.auth).send({ name: 'Mine' }).expect(403);
      expect(res.body.message).toBe('Only admin users can manage teams');
      await api.http.patch(`/api/teams/${team.body.id}`).set(s.auth).send({ name: 'Mine' }).expect(403);
      await api.http.put(`/api/teams/${team.body.id}/members`).set(s.auth).send({ userIds: [] }).expect(403);
      await api.http.delete(`/api/teams/${team.body.id}`).set(s.auth).expect(403);
    }
    const empty = await api.http.post('/api/teams').set(admin.auth).send({ name: '' }).expect(400);
    expect(empty.body.message).toContain('name must be longer than or equal to 1 characters');
    const extra = await api.http.post('/api/teams').set(admin.auth).send({ name: 'X', lead: agent.user.id }).expect(400);
    expect(extra.body.message).toContain('property lead should not exist');
    const badMembers = await api.http.put(`/api/teams/${team.body.id}/members`).set(admin.auth).send({ userIds: 'everyone' }).expect(400);
    expect(badMembers.body.message).toContain('userIds must be an array');
    await api.http.patch('/api/teams/42').set(admin.auth).send({ name: 'X' }).expect(400);
    expect(await snapshot(api)).toEqual(before);
  });

  it('lets managers and admins curate tags; agents only list them', async () => {
    const tag = await api.http.post('/api/tags').set(manager.auth).send({ name: 'VIP', color: '#FFAA00' }).expect(201);
    expect(tag.body).toEqual({ id: expect.any(String), name: 'VIP', color: '#FFAA00' });
    const noColor = await api.http.post('/api/tags').set(admin.auth).send({ name: 'Bug' }).expect(201);
    expect(noColor.body.color).toBeNull();
    const upd = await api.http.patch(`/api/tags/${tag.body.id}`).set(admin.auth).send({ name: 'V.I.P.', color: null }).expect(200);
    expect(upd.body).toEqual({ id: tag.body.id, name: 'V.I.P.', color: null });
    const list = await api.http.get('/api/tags').set(agent.auth).expect(200);
    expect(list.body.map((t: { name: string }) => t.name)).toEqual(['Bug', 'V.I.P.']);

    const before = await snapshot(api);
    const forbidden = await api.http.post('/api/tags').set(agent.auth).send({ name: 'Mine' }).expect(403);
    expect(forbidden.body.message).toBe('Only admin or manager users can create tags');
    expect((await api.http.patch(`/api/tags/${tag.body.id}`).set(agent.auth).send({ name: 'x' }).expect(403)).body.message)
      .toBe('Only admin or manager users can edit tags');
    expect((await api.http.delete(`/api/tags/${tag.body.id}`).set(agent.auth).expect(403)).body.message)
      .toBe('Only admin or manager users can delete tags');
    expect(await snapshot(api)).toEqual(before);

    await api.http.delete(`/api/tags/${noColor.body.id}`).set(manager.auth).expect(204);
    await api.http.delete(`/api/tags/${noColor.body.id}`).set(manager.auth).expect(404);
  });

  it('refuses bad tag input (hex color, duplicates in any case, unknown fields) and stores nothing', async () => {
    await api.http.post('/api/tags').set(admin.auth).send({ name: 'Refund' }).expect(201);
    const before = await snapshot(api);
    for (const color of ['red', '#12345', '#1234567', '1e88e5', '#GGGGGG']) {
      const res = await api.http.post('/api/tags').set(admin.auth).send({ name: `c ${color}`, color }).expect(400);
      expect(res.body.message).toContain('color must be a hex color like #1e88e5');
    }
    const dup = await api.http.post('/api/tags').set(admin.auth).send({ name: ' refund ' }).expect(409);
    expect(dup.body.message).toBe('A tag named "refund" already exists');
    const [vip] = (await api.http.get('/api/tags').set(admin.auth).expect(200)).body.filter((t: { name: string }) => t.name === 'V.I.P.');
    const rename = await api.http.patch(`/api/tags/${vip.id}`).set(admin.auth).send({ name: 'REFUND' }).expect(409);
    expect(rename.body.message).toBe('A tag named "REFUND" already exists');
    const extra = await api.http.post('/api/tags').set(admin.auth).send({ name: 'X', emoji: '🔥' }).expect(400);
    expect(extra.body.message).toContain('property emoji should not exist');
    const long = await api.http.post('/api/tags').set(admin.auth).send({ name: 'x'.repeat(51) }).expect(400);
    expect(long.body.message).toContain('name must be shorter than or equal to 50 characters');
    await api.http.patch('/api/tags/00000000-0000-4000-8000-000000000000').set(admin.auth).send({ name: 'Ghost' }).expect(404);
    expect(await snapshot(api)).toEqual(before);
  });
});
