import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AuditEntryDto } from '@parley/contracts';
import { startApi, userSession, type Session, type TestApi } from '../support/api.js';
import { sql } from '../support/db.js';

const SECRET = 'the-app-secret-value-0123456789';
const TOKEN = 'EAAB-the-access-token-value';

describe('audit log: admin actions are recorded with who, when, what and where; only admins read it; nobody edits it', () => {
  let api: TestApi;
  let admin: Session;
  let manager: Session;
  let agent: Session;
  let inboxId: string;

  beforeAll(async () => {
    api = await startApi();
    admin = await userSession(api, 'admin', 'Ada Admin');
    manager = await userSession(api, 'manager', 'Max Manager');
    agent = await userSession(api, 'agent', 'Ana Agent');
    inboxId = (await api.http.post('/api/inboxes').set(admin.auth)
      .send({ name: 'Shop', channel: 'messenger', platformAccountId: 'page-1', appSecret: SECRET }).expect(201)).body.id;
    await api.http.patch(`/api/inboxes/${inboxId}`).set(admin.auth).send({ accessToken: TOKEN, name: 'Shop EU' }).expect(200);
    await api.http.patch(`/api/users/${agent.user.id}`).set(admin.auth).send({ role: 'manager' }).expect(200);
    await api.http.put(`/api/inboxes/${inboxId}/members`).set(admin.auth).send({ userIds: [agent.user.id] }).expect(200);
  });
  afterAll(() => api.close());

  const list = async (query = ''): Promise<{ items: AuditEntryDto[]; nextCursor: string | null }> =>
    (await api.http.get(`/api/audit-log${query}`).set(admin.auth).expect(200)).body;

  it('records role changes, inbox secrets and membership with the admin, the address and no secret values', async () => {
    const { items } = await list();
    const actions = items.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['inbox.created', 'inbox.secrets_changed', 'inbox.updated', 'user.role_changed', 'inbox.members_changed']));
    const role = items.find((e) => e.action === 'user.role_changed')!;
    expect(role).toMatchObject({
      targetType: 'user', targetId: agent.user.id, data: { from: 'agent', to: 'manager' },
      actor: { id: admin.user.id, name: 'Ada Admin', email: admin.user.email },
    });
    expect(role.ip).toMatch(/127\.0\.0\.1/);
    expect(Date.now() - Date.parse(role.createdAt)).toBeLessThan(60_000);
    expect(items.find((e) => e.action === 'inbox.secrets_changed')).toMatchObject({ targetId: inboxId, data: { fields: ['accessToken'] } });
    expect(items.find((e) => e.action === 'inbox.members_changed')).toMatchObject({ data: { added: [agent.user.id], removed: [] } });
    const stored = JSON.stringify(await sql(api, 'SELECT * FROM audit_log'));
    expect(stored).not.toContain(SECRET);
    expect(stored).not.toContain(TOKEN);
  });

  it('filters by action, actor and target, and pages newest first', async () => {
    expect((await list('?action=user.role_changed')).items.map((e) => e.targetId)).toEqual([agent.user.id]);
    expect((await list(`?targetType=inbox&targetId=${inboxId}`)).items.every((e) => e.targetId === inboxId)).toBe(true);
    expect((await list(`?actorId=${manager.user.id}`)).items).toEqual([]);
    const all = (await list()).items;
    const first = await list('?limit=2');
    expect(first.items).toEqual(all.slice(0, 2));
    const second = await list(`?limit=2&cursor=${first.nextCursor}`);
    expect(second.items).toEqual(all.slice(2, 4));
    expect((await list(`?from=${new Date(Date.now() + 60_000).toISOString()}`)).items).toEqual([]);
  });

  it('answers 400 with the reason for a bad filter', async () => {
    const res = await api.http.get('/api/audit-log?action=user.hacked').set(admin.auth).expect(400);
    expect(res.body.message.join(' ')).toContain('action must be one of');
    const cursor = await api.http.get('/api/audit-log?cursor=abc').set(admin.auth).expect(400);
    expect(cursor.body.message).toBe('cursor must be the nextCursor of a previous page');
  });

  it('is readable by admins only', async () => {
    await api.http.get('/api/audit-log').expect(401);
    for (const s of [manager, agent]) {
      const res = await api.http.get('/api/audit-log').set(s.auth).expect(403);
      expect(res.body.message).toBe('Only admin users can read the audit log');
    }
  });

  it('cannot be edited: the app has no such route and the database refuses changes', async () => {
    const [{ id }] = await sql<{ id: string }>(api, 'SELECT id::text FROM audit_log LIMIT 1');
    await api.http.patch(`/api/audit-log/${id}`).set(admin.auth).send({ action: 'x' }).expect(404);
    await api.http.delete(`/api/audit-log/${id}`).set(admin.auth).expect(404);
    await expect(sql(api, "UPDATE audit_log SET action = 'x' WHERE id = $1", [id])).rejects.toThrow('audit_log entries cannot be changed or deleted');
    await expect(sql(api, 'DELETE FROM audit_log WHERE id = $1', [id])).rejects.toThrow('audit_log entries cannot be changed or deleted');
  });
});
