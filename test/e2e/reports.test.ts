import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import type { ReportOverviewDto } from '@parley/contracts';
import { startApi, userSession, type Session, type TestApi } from '../support/api.js';
import { createInbox, receive, type TestInbox } from '../support/webhooks.js';

const MINUTE = 60_000;

describe('the manager reports read the aggregates the writes keep', () => {
  let api: TestApi;
  let db: pg.Client;
  let admin: Session;
  let manager: Session;
  let ana: Session;
  let bo: Session;
  let shop: TestInbox;
  let other: TestInbox;
  const conv: Record<string, string> = {};
  let t0 = 0;
  let range = { from: '', to: '' };

  const reply = (who: Session, id: string, text = 'On it') =>
    api.http.post(`/api/conversations/${id}/messages`).set(who.auth).send({ text }).expect(201);
  const overview = async (who: Session, query: Record<string, string> = {}) =>
    (await api.http.get('/api/reports/overview').query({ ...range, ...query }).set(who.auth).expect(200)).body as ReportOverviewDto;
  const listIds = async (query: Record<string, string>) =>
    ((await api.http.get('/api/conversations').query({ view: 'all', status: 'any', ...query }).set(admin.auth).expect(200)).body.items as { id: string }[])
      .map((c) => c.id).sort();

  beforeAll(async () => {
    api = await startApi();
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    admin = await userSession(api, 'admin');
    manager = await userSession(api, 'manager', 'Mia Manager');
    ana = await userSession(api, 'agent', 'Ana García');
    bo = await userSession(api, 'agent', 'Bo Berg');
    shop = await createInbox(api, admin, { name: 'Shop', members: [ana.user.id, bo.user.id] });
    other = await createInbox(api, admin, { name: 'Other', members: [bo.user.id] });
    t0 = Date.now();
    range = { from: new Date(t0 - 24 * 60 * MINUTE).toISOString(), to: new Date(t0 + 60 * MINUTE).toISOString() };

    // Three customers answered after 10, 20 and 30 minutes; one waits 5 minutes; one (other inbox) 40.
    conv.c10 = await receive(api, shop, { contactId: 'c10', name: 'Ten', timestamp: t0 - 10 * MINUTE });
    conv.c20 = await receive(api, shop, { contactId: 'c20', name: 'Twenty', timestamp: t0 - 20 * MINUTE });
    conv.c30 = await receive(api, shop, { contactId: 'c30', name: 'Thirty', timestamp: t0 - 30 * MINUTE });
    conv.c5 = await receive(api, shop, { contactId: 'c5', name: 'Five', timestamp: t0 - 5 * MINUTE });
    conv.c40 = await receive(api, other, { contactId: 'c40', name: 'Forty', timestamp: t0 - 40 * MINUTE });
    await api.http.put(`/api/conversations/${conv.c10}/assignee`).set(ana.auth).send({ assigneeId: ana.user.id }).expect(200);
    await api.http.put(`/api/conversations/${conv.c30}/assignee`).set(bo.auth).send({ assigneeId: bo.user.id }).expect(200);
    await reply(ana, conv.c10);
    await reply(ana, conv.c20);
    await reply(bo, conv.c30);
    await reply(ana, conv.c20, 'And one more thing'); // not an answer: nobody was waiting
    // The customer of c10 writes again and Ana answers at once: a next response of well under a minute.
    await receive(api, shop, { contactId: 'c10', timestamp: Date.now() });
    await reply(ana, conv.c10, 'Sure');
    await api.http.put(`/api/conversations/${conv.c20}/status`).set(ana.auth).send({ status: 'resolved' }).expect(200);
    // The SLA processor's outcomes, as the automation writes them.
    await db.query(`INSERT INTO conversation_events (conversation_id, inbox_id, type, data) VALUES
      ($1, $3, 'sla_hit', '{"target":"firstResponse","wallMs":600000,"businessMs":300000}'),
      ($2, $3, 'sla_missed', '{"target":"firstResponse","wallMs":1800000,"businessMs":900000}')`, [conv.c10, conv.c30, shop.id]);
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  it('counts the queue, the volume, the replies and resolutions', async () => {
    const r = await overview(manager);
    expect(r.waiting.unanswered).toBe(2);
    expect(r.waiting.longest.map((w) => w.id)).toEqual([conv.c40, conv.c5]);
    expect(Date.parse(r.waiting.longestWaitingSince!)).toBe(t0 - 40 * MINUTE);
    expect(r.totals).toEqual({ incoming: 6, created: 5, replies: 5, resolved: 1, slaHit: 1, slaMissed: 1 });
    expect(r.volume.byDay.reduce((s, d) => s + d.incoming, 0)).toBe(6);
    expect(r.volume.byHour.reduce((s, d) => s + d.created, 0)).toBe(5);
    expect(r.volume.byHour.length).toBeGreaterThanOrEqual(25); // whole hours around [now - 24 h, now + 1 h)
  });

  it('gives response and resolution times as median and p90', async () => {
    const { durations } = await overview(admin);
    const first = durations.firstResponse.wall;
    expect(first.count).toBe(3);
    expect(Math.abs(first.median! - 20 * MINUTE)).toBeLessThan(30_000);
    expect(Math.abs(first.p90! - 30 * MINUTE)).toBeLessThan(30_000);
    expect(durations.nextResponse.wall.count).toBe(1);
    expect(durations.nextResponse.wall.median!).toBeLessThan(30_000);
    expect(durations.resolution.wall.count).toBe(1);
    expect(durations.resolution.wall.median!).toBeLessThan(60_000); // created (now) to resolved (now)
    // Business hours come from the SLA events: 300 000 and 900 000 ms.
    expect(durations.firstResponse.business).toEqual({ count: 2, median: 300_000, p90: 900_000 });
  });

  it('reports SLA hit rates for the range, today, 7 and 30 days', async () => {
    const { sla } = await overview(manager, { tz: 'Europe/Madrid' });
    for (const w of [sla.range, sla.today, sla.last7Days, sla.last30Days]) expect(w).toMatchObject({ hit: 1, missed: 1, hitRate: 0.5 });
    const quiet = await overview(manager, { from: new Date(t0 - 50 * 24 * 60 * MINUTE).toISOString(), to: new Date(t0 - 40 * 24 * 60 * MINUTE).toISOString() });
    expect(quiet.sla.range).toMatchObject({ hit: 0, missed: 0, hitRate: null });
    expect(quiet.totals.incoming).toBe(0);
    expect(quiet.durations.firstResponse.wall).toEqual({ count: 0, median: null, p90: null });
  });

  it('has a row per agent: open load, answered, median response, breaches', async () => {
    const { agents } = await overview(manager);
    const row = (s: Session) => agents.find((a) => a.agent.id === s.user.id)!;
    expect(row(ana)).toMatchObject({ openLoad: 1, answered: 3, replies: 4, slaMissed: 0, resolved: 0 });
    expect(Math.abs(row(ana).medianResponseMs! - 10 * MINUTE)).toBeLessThan(30_000);
    expect(row(bo)).toMatchObject({ openLoad: 1, answered: 1, replies: 1, slaMissed: 1 });
    expect(Math.abs(row(bo).medianResponseMs! - 30 * MINUTE)).toBeLessThan(30_000);
  });

  it('narrows to one inbox', async () => {
    const r = await overview(admin, { inboxId: other.id });
    expect(r.waiting.unanswered).toBe(1);
    expect(r.totals).toMatchObject({ incoming: 1, created: 1, replies: 0 });
    expect(r.agents.map((a) => a.agent.id)).toEqual([bo.user.id]);
  });

  it('links each figure to the matching conversations through the list filters', async () => {
    const window = { activityFrom: range.from, activityTo: range.to };
    expect(await listIds({ activity: 'replied', activityBy: ana.user.id, ...window })).toEqual([conv.c10, conv.c20].sort());
    expect(await listIds({ activity: 'sla_missed', ...window })).toEqual([conv.c30]);
    expect(await listIds({ activity: 'resolved', ...window })).toEqual([conv.c20]);
    expect(await listIds({ activity: 'created', inboxId: shop.id, ...window })).toEqual([conv.c10, conv.c20, conv.c30, conv.c5].sort());
    const unanswered = await api.http.get('/api/conversations').query({ view: 'all', status: 'open', unanswered: 'true', sort: 'waiting' }).set(admin.auth).expect(200);
    expect(unanswered.body.items.map((c: { id: string }) => c.id)).toEqual([conv.c40, conv.c5]);
    const missing = await api.http.get('/api/conversations').query({ activity: 'replied' }).set(admin.auth).expect(400);
    expect(JSON.stringify(missing.body.message)).toContain('activityFrom');
  });

  it('exports the same figures as CSV', async () => {
    const res = await api.http.get('/api/reports/overview.csv').query(range).set(manager.auth).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.text).toContain('waiting,unanswered,2');
    expect(res.text).toContain('totals,incoming,6');
    expect(res.text).toMatch(/firstResponse,wall,3,120\d,180\d/);
    expect(res.text).toContain('Ana García');
  });

  it('is for managers and admins only, and refuses bad ranges with what to fix', async () => {
    await api.http.get('/api/reports/overview').query(range).set(ana.auth).expect(403);
    await api.http.get('/api/reports/overview.csv').query(range).set(ana.auth).expect(403);
    await api.http.get('/api/reports/overview').query(range).expect(401);
    const bad = async (query: Record<string, string>, text: string) => {
      const res = await api.http.get('/api/reports/overview').query(query).set(manager.auth).expect(400);
      expect(JSON.stringify(res.body.message)).toContain(text);
    };
    await bad({ from: range.to, to: range.from }, 'from must be before to');
    await bad({ from: '2025-01-01T00:00:00Z', to: '2025-06-01T00:00:00Z' }, 'at most 92 days');
    await bad({ from: 'yesterday', to: range.to }, 'from must be an ISO 8601');
    await bad({ to: range.to }, 'from must be');
    await bad({ ...range, tz: 'Mars/Olympus' }, 'tz must be an IANA time zone');
    await bad({ ...range, inboxId: 'nope' }, 'inboxId must be an inbox id');
    await api.http.get('/api/reports/overview').query({ ...range, inboxId: '6b1d6e5e-0000-4000-8000-000000000000' }).set(manager.auth).expect(200);
  });

  it('the backfill rebuilds exactly what the triggers kept', async () => {
    const live = await overview(admin);
    await db.query('SELECT report_rebuild()');
    const rebuilt = await overview(admin);
    const strip = (r: ReportOverviewDto) => ({ ...r, generatedAt: null, sla: { ...r.sla, today: null, last7Days: null, last30Days: null } });
    expect(strip(rebuilt)).toEqual(strip(live));
  });
});
