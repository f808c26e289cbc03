import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ConversationListItemDto, MessageDto } from '@parley/contracts';
import { PRIORITIES } from '@parley/contracts';
import { startApi, userSession, type Session, type TestApi } from '../support/api.js';
import { createInbox, receive, type TestInbox } from '../support/webhooks.js';

type Row = ConversationListItemDto;
const MIN = 60_000;
const BASE = Date.now() - 3 * 3600_000;
const at = (minutes: number) => BASE + minutes * MIN;

const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
const t = (iso: string | null) => (iso ? Date.parse(iso) : Infinity);
/** The order each sort promises, written from the rows' own fields. */
const ORDER: Record<string, (a: Row, b: Row) => number> = {
  latest: (a, b) => cmp(t(b.lastMessageAt), t(a.lastMessageAt)) || cmp(b.id, a.id),
  newest: (a, b) => cmp(t(b.createdAt), t(a.createdAt)) || cmp(b.id, a.id),
  waiting: (a, b) => cmp(t(a.waitingSince), t(b.waitingSince)) || cmp(a.id, b.id),
  priority: (a, b) => cmp(PRIORITIES.indexOf(b.priority), PRIORITIES.indexOf(a.priority)) || ORDER.latest(a, b),
};

describe('conversation lists: views, filters, sorts, keyset pages and counts', () => {
  let api: TestApi;
  let admin: Session;
  let manager: Session;
  let agent: Session;
  let inboxA: TestInbox;
  let inboxB: TestInbox;
  let teamId: string;
  let tagId: string;
  const c: string[] = []; // inbox A's conversations, c[0]..c[29]
  const b: string[] = []; // inbox B's

  const list = async (s: Session, query: string): Promise<Row[]> =>
    (await api.http.get(`/api/conversations?limit=100&${query}`).set(s.auth).expect(200)).body.items;
  const ids = (rows: Row[]) => rows.map((r) => r.id);
  const sorted = (xs: string[]) => [...xs].sort();
  const pick = (...idx: number[]) => idx.map((i) => c[i]);
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => c[from + i]);

  beforeAll(async () => {
    api = await startApi();
    admin = await userSession(api, 'admin');
    manager = await userSession(api, 'manager', 'Mona Manager');
    agent = await userSession(api, 'agent', 'Aldo Agent');
    inboxA = await createInbox(api, admin, { name: 'A', members: [agent.user.id] });
    inboxB = await createInbox(api, admin, { name: 'B' });
    // Thirty customers with distinct times, except 10-12 who write at the same instant (ties break on id).
    for (let i = 0; i < 30; i++) {
      const minute = i >= 10 && i <= 12 ? 10 : i;
      c.push(await receive(api, inboxA, { contactId: `a-${i}`, name: `Customer ${i}`, id: `a-msg-${i}`, text: `First words of ${i}`, timestamp: at(minute) }));
    }
    for (let i = 0; i < 5; i++) b.push(await receive(api, inboxB, { contactId: `b-${i}`, name: `B ${i}`, id: `b-msg-${i}`, timestamp: at(100 + i) }));
    // c[23] writes again: its waiting time stays at the first message, its activity moves on.
    await receive(api, inboxA, { contactId: 'a-23', id: 'a-msg-23b', text: 'Anyone there?', timestamp: at(40) });

    teamId = (await api.http.post('/api/teams').set(admin.auth).send({ name: 'Tier 2' }).expect(201)).body.id;
    tagId = (await api.http.post('/api/tags').set(admin.auth).send({ name: 'VIP', color: '#aa00ff' }).expect(201)).body.id;
    const act = (id: string, method: 'put' | 'post', path: string, body?: object) =>
      api.http[method](`/api/conversations/${id}${path}`).set(manager.auth).send(body ?? {}).expect(200);
    for (const i of [0, 1, 2, 3, 4]) await act(c[i], 'put', '/assignee', { assigneeId: agent.user.id });
    for (const i of [5, 6]) await act(c[i], 'put', '/assignee', { assigneeId: manager.user.id });
    for (const i of [7, 8]) await act(c[i], 'put', '/team', { teamId });
    for (const i of [9, 10, 11]) await act(c[i], 'post', '/tags', { tagIds: [tagId] });
    await act(c[12], 'put', '/priority', { priority: 'urgent' });
    for (const i of [13, 14]) await act(c[i], 'put', '/priority', { priority: 'high' });
    await act(c[15], 'put', '/priority', { priority: 'low' });
    await act(c[16], 'put', '/status', { status: 'pending' });
    await act(c[17], 'put', '/status', { status: 'resolved' });
    await act(c[18], 'post', '/snooze', { until: new Date(Date.now() + 3600_000).toISOString() });
    await act(c[19], 'put', '/archived', { archived: true });
    await act(c[20], 'put', '/status', { status: 'resolved' });
    await act(c[20], 'put', '/archived', { archived: true });
    for (const i of [21, 22]) await api.http.post(`/api/conversations/${c[i]}/messages`).set(manager.auth).send({ text: `Answer ${i}` }).expect(201);
  });
  afterAll(() => api.close());

  const openA = () => c.filter((_, i) => ![16, 17, 18, 19, 20].includes(i));

  it('shows each view with the right conversations', async () => {
    expect(sorted(ids(await list(manager, 'view=all')))).toEqual(sorted([...openA(), ...b]));
    expect(sorted(ids(await list(manager, '')))).toEqual(sorted([...openA(), ...b])); // all is the default view
    expect(sorted(ids(await list(manager, 'view=unassigned')))).toEqual(sorted([...openA(), ...b].filter((id) => !pick(0, 1, 2, 3, 4, 5, 6).includes(id))));
    expect(sorted(ids(await list(agent, 'view=mine')))).toEqual(sorted(range(0, 4)));
    expect(sorted(ids(await list(manager, 'view=mine')))).toEqual(sorted(pick(5, 6)));
    expect(sorted(ids(await list(manager, 'view=archived')))).toEqual(sorted(pick(19, 20)));
    // An agent sees only the inboxes they belong to.
    expect(sorted(ids(await list(agent, 'view=all')))).toEqual(sorted(openA()));
    expect(sorted(ids(await list(agent, 'view=archived')))).toEqual(sorted(pick(19, 20)));
  });

  it('filters by status, inbox, team, assignee, tag, priority and unanswered, alone and combined', async () => {
    const cases: [string, string[]][] = [
      ['status=pending', pick(16)],
      ['status=resolved', pick(17)],
      ['status=snoozed', pick(18)],
      ['status=open', [...openA(), ...b]],
      ['status=any', [...c.filter((_, i) => i !== 19 && i !== 20), ...b]],
      ['view=archived&status=resolved', pick(20)],
      [`inboxId=${inboxB.id}`, b],
      [`inboxId=${inboxA.id}&status=any`, c.filter((_, i) => i !== 19 && i !== 20)],
      [`teamId=${teamId}`, pick(7, 8)],
      [`assigneeId=${agent.user.id}`, range(0, 4)],
      [`tagId=${tagId}`, pick(9, 10, 11)],
      ['priority=high', pick(13, 14)],
      ['priority=urgent', pick(12)],
      ['unanswered=false', pick(21, 22)],
      ['unanswered=true', [...openA(), ...b].filter((id) => !pick(21, 22).includes(id))],
      ['view=unassigned&priority=high&unanswered=true', pick(13, 14)],
      [`view=unassigned&assigneeId=${agent.user.id}`, []],
      [`tagId=${tagId}&inboxId=${inboxB.id}`, []],
    ];
    for (const [query, expected] of cases) {
      expect({ query, ids: sorted(ids(await list(manager, query))) }).toEqual({ query, ids: sorted(expected) });
    }
  });

  it('carries what an agent needs to triage in each row', async () => {
    const [row] = (await list(agent, `tagId=${tagId}&sort=latest`)).filter((r) => r.id === c[9]);
    expect(row).toMatchObject({
      id: c[9], inboxId: inboxA.id, channel: 'api', status: 'open', archived: false, priority: 'none',
      contact: { name: 'Customer 9' }, snippet: 'First words of 9', unanswered: true, unreadCount: 1, assignee: null,
      tags: [{ id: tagId, name: 'VIP', color: '#aa00ff' }], waitingSince: new Date(at(9)).toISOString(), lastMessageAt: new Date(at(9)).toISOString(),
    });
    const [mine] = (await list(agent, 'view=mine')).filter((r) => r.id === c[0]);
    expect(mine.assignee).toEqual({ id: agent.user.id, name: 'Aldo Agent' });
    const [twice] = (await list(agent, '')).filter((r) => r.id === c[23]);
    expect(twice).toMatchObject({ snippet: 'Anyone there?', unreadCount: 2, waitingSince: new Date(at(23)).toISOString(), lastMessageAt: new Date(at(40)).toISOString() });
    const [answered] = (await list(agent, '')).filter((r) => r.id === c[21]);
    expect(answered).toMatchObject({ snippet: 'Answer 21', unanswered: false, waitingSince: null, unreadCount: 0 });
  });

  it('orders every sort as promised', async () => {
    for (const sort of Object.keys(ORDER)) {
      const rows = await list(manager, `sort=${sort}&status=any`);
      expect(rows).toHaveLength(33);
      expect({ sort, ids: ids(rows) }).toEqual({ sort, ids: ids([...rows].sort(ORDER[sort])) });
    }
    // Spot checks a manager would make.
    const waiting = ids(await list(manager, 'sort=waiting'));
    expect(waiting.slice(0, 2)).toEqual([c[0], c[1]]);
    expect(waiting.slice(-2).sort()).toEqual(sorted(pick(21, 22))); // answered ones last
    expect(ids(await list(manager, 'sort=priority')).slice(0, 4)).toEqual([c[12], c[14], c[13], c[15]]);
    expect(ids(await list(manager, 'sort=latest')).slice(0, 2)).toEqual([c[22], c[21]]); // the latest replies, newest first
  });

  it('walks every sort page by page with no duplicates and no gaps, ties included', async () => {
    for (const query of ['sort=latest', 'sort=newest', 'sort=waiting', 'sort=priority', 'sort=latest&status=any', `view=unassigned&sort=waiting&inboxId=${inboxA.id}`, 'view=archived']) {
      const full = ids(await list(manager, query));
      const walked: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res: { body: { items: Row[]; nextCursor: string | null } } = await api.http.get(`/api/conversations?${query}&limit=4${cursor ? `&cursor=${cursor}` : ''}`).set(manager.auth).expect(200);
        expect(res.body.items.length).toBeLessThanOrEqual(4);
        walked.push(...ids(res.body.items));
        cursor = res.body.nextCursor;
        pages++;
      } while (cursor && pages < 50);
      expect({ query, walked }).toEqual({ query, walked: full });
      expect(new Set(walked).size).toBe(walked.length);
      expect(pages).toBe(Math.max(1, Math.ceil(full.length / 4)));
    }
  });

  it('counts every view in one request, matching the lists', async () => {
    for (const s of [manager, agent, admin]) {
      const counts = (await api.http.get('/api/conversations/counts').set(s.auth).expect(200)).body;
      expect(counts).toEqual({
        mine: (await list(s, 'view=mine')).length,
        unassigned: (await list(s, 'view=unassigned')).length,
        all: (await list(s, 'view=all')).length,
        archived: (await list(s, 'view=archived')).length,
        unanswered: (await list(s, 'view=all&unanswered=true')).length,
      });
    }
    expect((await api.http.get('/api/conversations/counts').set(agent.auth).expect(200)).body)
      .toEqual({ mine: 5, unassigned: 18, all: 25, archived: 2, unanswered: 23 });
  });

  it('pages a thread oldest to newest in both directions', async () => {
    for (let i = 1; i <= 10; i++) await receive(api, inboxA, { contactId: 'a-24', id: `thread-${i}`, text: `line ${i}`, timestamp: at(24) + i * 1000 });
    const full: MessageDto[] = (await api.http.get(`/api/conversations/${c[24]}/messages?limit=200`).set(agent.auth).expect(200)).body.items;
    expect(full.map((m) => m.text)).toEqual(['First words of 24', ...Array.from({ length: 10 }, (_, i) => `line ${i + 1}`)]);

    const back: MessageDto[][] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: MessageDto[]; nextCursor: string | null } } = await api.http.get(`/api/conversations/${c[24]}/messages`).query({ limit: 4, ...(cursor ? { cursor } : {}) }).set(agent.auth).expect(200);
      back.push(res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(back[0].map((m) => m.text)).toEqual(['line 7', 'line 8', 'line 9', 'line 10']); // newest page first, in reading order
    expect(back.reverse().flat().map((m) => m.id)).toEqual(full.map((m) => m.id));

    const forward: MessageDto[] = [];
    cursor = null;
    do {
      const res: { body: { items: MessageDto[]; nextCursor: string | null } } = await api.http.get(`/api/conversations/${c[24]}/messages`).query({ direction: 'newer', limit: 3, ...(cursor ? { cursor } : {}) }).set(agent.auth).expect(200);
      forward.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(forward.map((m) => m.id)).toEqual(full.map((m) => m.id));
  });
});
