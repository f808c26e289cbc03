import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { InboundEchoEvent, InboundMessageEvent } from '@parley/contracts';
import { IngestionService } from '../../libs/inbox/src/ingestion/ingestion.service.js';
import { startApi, userSession, type Session, type TestApi } from '../support/api.js';
import { counts, sql } from '../support/db.js';
import { apiMessage, createInbox, postSigned, type TestInbox } from '../support/webhooks.js';

const MIN = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe('ingestion against the real database', () => {
  let api: TestApi;
  let ingestion: IngestionService;
  let admin: Session;
  let agent: Session;
  let inbox: TestInbox;
  let keepArchived: TestInbox;
  let n = 0;

  const target = (i: TestInbox = inbox) => ({ id: i.id, unarchiveOnIncoming: i !== keepArchived });
  const message = (o: Partial<Omit<InboundMessageEvent, 'contact'>> & { contact: string; name?: string }): InboundMessageEvent => ({
    type: 'message', channel: 'api', timestamp: Date.now(), platformMessageId: `pm-${++n}`, text: 'Hi', attachments: [],
    ...o, contact: { platformId: o.contact, ...(o.name ? { name: o.name } : {}) },
  });
  const echo = (o: Partial<Omit<InboundEchoEvent, 'contact'>> & { contact: string }): InboundEchoEvent => ({
    type: 'echo', channel: 'api', timestamp: Date.now(), platformMessageId: `echo-${++n}`, text: 'From the phone app', attachments: [],
    ...o, contact: { platformId: o.contact },
  });
  const conversationOf = async (contact: string, i: TestInbox = inbox) => {
    const [row] = await sql<{ id: string }>(api,
      'SELECT c.id FROM conversations c JOIN contacts ct ON ct.id = c.contact_id WHERE ct.inbox_id = $1 AND ct.platform_id = $2', [i.id, contact]);
    return row?.id;
  };
  const detail = async (id: string) => (await api.http.get(`/api/conversations/${id}`).set(agent.auth).expect(200)).body;
  const thread = async (id: string) => (await api.http.get(`/api/conversations/${id}/messages?limit=200`).set(agent.auth).expect(200)).body.items as
    { text: string; sentAt: string; kind: string; direction: string }[];
  const history = async (id: string) => ((await api.http.get(`/api/conversations/${id}/events`).set(agent.auth).expect(200)).body as { type: string }[]).map((e) => e.type);

  beforeAll(async () => {
    api = await startApi();
    ingestion = api.app.get(IngestionService);
    admin = await userSession(api, 'admin');
    agent = await userSession(api, 'agent', 'Ana Agent');
    inbox = await createInbox(api, admin, { members: [agent.user.id] });
    keepArchived = await createInbox(api, admin, { members: [agent.user.id], unarchiveOnIncoming: false });
  });
  afterAll(() => api.close());

  it('stores one message, one conversation and unread 1 under 20 concurrent deliveries of the same id', async () => {
    const before = await counts(api);
    const event = message({ contact: 'dup-1', name: 'Dana Dup', platformMessageId: 'same-id', text: 'Only once please' });
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => ingestion.ingest(target(), event)));
    expect(outcomes.filter((o) => o.result === 'stored')).toHaveLength(1);
    expect(outcomes.filter((o) => o.result === 'duplicate')).toHaveLength(19);
    const after = await counts(api);
    expect({ contacts: after.contacts - before.contacts, conversations: after.conversations - before.conversations, messages: after.messages - before.messages })
      .toEqual({ contacts: 1, conversations: 1, messages: 1 });
    const id = await conversationOf('dup-1');
    expect(await detail(id)).toMatchObject({ unreadCount: 1, snippet: 'Only once please', contact: { name: 'Dana Dup' } });
    expect(await history(id)).toEqual(['created']);

    // The same through the signed webhook, concurrently: still one row.
    const body = apiMessage({ contactId: 'dup-1', id: 'same-id-2', text: 'Second' });
    const answers = await Promise.all(Array.from({ length: 20 }, () => postSigned(api, inbox, body)));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    expect(answers.reduce((sum, a) => sum + a.body.stored, 0)).toBe(1);
    expect(await sql(api, "SELECT id FROM messages WHERE platform_message_id = 'same-id-2'")).toHaveLength(1);
    expect((await detail(id)).unreadCount).toBe(2);
  });

  it('creates exactly one conversation when a new contact\'s different messages arrive concurrently', async () => {
    const base = Date.now() - 10 * MIN;
    const events = Array.from({ length: 12 }, (_, i) => message({ contact: 'burst', name: 'Burst', text: `part ${i}`, timestamp: base + i * 1000 }));
    const outcomes = await Promise.all(events.map((e) => ingestion.ingest(target(), e)));
    expect(outcomes.every((o) => o.result === 'stored')).toBe(true);
    expect(await sql(api, "SELECT id FROM contacts WHERE platform_id = 'burst'")).toHaveLength(1);
    const conversations = await sql(api, "SELECT c.id FROM conversations c JOIN contacts ct ON ct.id = c.contact_id WHERE ct.platform_id = 'burst'");
    expect(conversations).toHaveLength(1);
    const id = await conversationOf('burst');
    // Whatever the arrival order, the conversation reflects the message times.
    expect(await detail(id)).toMatchObject({ unreadCount: 12, snippet: 'part 11', waitingSince: iso(base), lastMessageAt: iso(base + 11_000) });
    expect((await thread(id)).map((m) => m.text)).toEqual(events.map((e) => e.text));
    expect(await history(id)).toEqual(['created']);
  });

  it('reopens a resolved conversation, wakes a snoozed one and opens a pending one', async () => {
    await ingestion.ingest(target(), message({ contact: 'life', text: 'one' }));
    const id = await conversationOf('life');
    const steps: [() => Promise<unknown>, string, string][] = [
      [() => api.http.put(`/api/conversations/${id}/status`).set(agent.auth).send({ status: 'resolved' }).expect(200), 'resolved', 'reopened'],
      [() => api.http.post(`/api/conversations/${id}/snooze`).set(agent.auth).send({ until: iso(Date.now() + 3600_000) }).expect(200), 'snoozed', 'woken'],
      [() => api.http.put(`/api/conversations/${id}/status`).set(agent.auth).send({ status: 'pending' }).expect(200), 'pending', 'status_changed'],
    ];
    for (const [act, from, event] of steps) {
      await act();
      expect((await detail(id)).status).toBe(from);
      await ingestion.ingest(target(), message({ contact: 'life', text: `after ${from}` }));
      expect(await detail(id)).toMatchObject({ status: 'open', snoozedUntil: null, unanswered: true, snippet: `after ${from}` });
      const [last] = await sql<{ type: string; data: Record<string, string> }>(api,
        'SELECT type, data FROM conversation_events WHERE conversation_id = $1 ORDER BY id DESC LIMIT 1', [id]);
      expect(last).toEqual({ type: event, data: { from, to: 'open', by: 'customer_message' } });
    }
    expect(await sql(api, 'SELECT id FROM conversations c WHERE c.id = $1 AND resolved_at IS NULL', [id])).toHaveLength(1);
  });

  it('un-archives on a customer message only when the inbox says so', async () => {
    for (const [i, unarchives] of [[inbox, true], [keepArchived, false]] as const) {
      await ingestion.ingest(target(i), message({ contact: 'arch', text: 'first' }));
      const id = await conversationOf('arch', i);
      await api.http.put(`/api/conversations/${id}/archived`).set(agent.auth).send({ archived: true }).expect(200);
      await ingestion.ingest(target(i), message({ contact: 'arch', text: 'second' }));
      expect(await detail(id)).toMatchObject({ archived: !unarchives, snippet: 'second', unreadCount: 2 });
      expect((await history(id)).at(-1)).toBe(unarchives ? 'unarchived' : 'archived');
    }
  });

  it('keeps waiting_since as the oldest customer message since our last reply, through a realistic exchange', async () => {
    const t0 = Date.now() - 60 * MIN;
    const c = 'talk';
    const waiting = async () => { const d = await detail(await conversationOf(c)); return [d.waitingSince, d.unanswered]; };

    await ingestion.ingest(target(), message({ contact: c, text: 'Hi', timestamp: t0 }));
    expect(await waiting()).toEqual([iso(t0), true]);
    await ingestion.ingest(target(), message({ contact: c, text: 'Anyone?', timestamp: t0 + MIN }));
    expect(await waiting()).toEqual([iso(t0), true]); // still the oldest one

    const id = await conversationOf(c);
    await api.http.post(`/api/conversations/${id}/messages`).set(agent.auth).send({ text: 'Hello! How can I help?' }).expect(201);
    expect(await waiting()).toEqual([null, false]);
    await api.http.post(`/api/conversations/${id}/notes`).set(agent.auth).send({ text: 'VIP customer' }).expect(201);
    expect(await waiting()).toEqual([null, false]); // a note does not un-answer

    // The next customer message comes just after our reply and just before the next note (a few ms apart).
    const tick = () => new Promise((r) => setTimeout(r, 3));
    await tick();
    const t3 = Date.now();
    await tick();
    await ingestion.ingest(target(), message({ contact: c, text: 'My order #123', timestamp: t3 }));
    expect(await waiting()).toEqual([iso(t3), true]);
    await api.http.post(`/api/conversations/${id}/notes`).set(agent.auth).send({ text: 'Looking it up' }).expect(201);
    expect(await waiting()).toEqual([iso(t3), true]); // a note is not a reply
    await ingestion.ingest(target(), message({ contact: c, text: 'It never arrived', timestamp: t3 + 2000 }));
    expect(await waiting()).toEqual([iso(t3), true]);

    // A reply typed in the platform's own app (an echo that is not ours) answers too.
    await ingestion.ingest(target(), echo({ contact: c, text: 'Resending today', timestamp: t3 + 4000 }));
    expect(await waiting()).toEqual([null, false]);
    await ingestion.ingest(target(), message({ contact: c, text: 'Thanks!', timestamp: t3 + 6000 }));
    expect(await waiting()).toEqual([iso(t3 + 6000), true]);
    expect((await thread(id)).map((m) => [m.direction, m.kind, m.text])).toEqual([
      ['incoming', 'text', 'Hi'], ['incoming', 'text', 'Anyone?'], ['outgoing', 'text', 'Hello! How can I help?'],
      ['outgoing', 'note', 'VIP customer'], ['incoming', 'text', 'My order #123'], ['outgoing', 'note', 'Looking it up'],
      ['incoming', 'text', 'It never arrived'], ['outgoing', 'text', 'Resending today'], ['incoming', 'text', 'Thanks!'],
    ]);
  });

  it('places late-arriving older messages by their timestamp, without changing the snippet', async () => {
    const t0 = Date.now() - 30 * MIN;
    const c = 'late';
    await ingestion.ingest(target(), message({ contact: c, text: 'third, sent last', timestamp: t0 + 20 * MIN }));
    const id = await conversationOf(c);
    await ingestion.ingest(target(), message({ contact: c, text: 'first, sent first', timestamp: t0 }));
    expect(await detail(id)).toMatchObject({ snippet: 'third, sent last', waitingSince: iso(t0), lastMessageAt: iso(t0 + 20 * MIN), unreadCount: 2 });
    await ingestion.ingest(target(), message({ contact: c, text: 'second', timestamp: t0 + 10 * MIN }));
    expect((await thread(id)).map((m) => m.text)).toEqual(['first, sent first', 'second', 'third, sent last']);
    expect(await detail(id)).toMatchObject({ snippet: 'third, sent last', waitingSince: iso(t0) });

    // Our reply in the platform app at t0+15 answers the first two; the third still waits.
    await ingestion.ingest(target(), echo({ contact: c, text: 'reply at 15', timestamp: t0 + 15 * MIN }));
    expect(await detail(id)).toMatchObject({ snippet: 'third, sent last', waitingSince: iso(t0 + 20 * MIN), unanswered: true });
    // A customer message older than that reply arriving late is already answered: waiting does not move back.
    await ingestion.ingest(target(), message({ contact: c, text: 'late, before the reply', timestamp: t0 + 12 * MIN }));
    expect(await detail(id)).toMatchObject({ snippet: 'third, sent last', waitingSince: iso(t0 + 20 * MIN), lastMessageAt: iso(t0 + 20 * MIN) });
    expect((await thread(id)).map((m) => m.text)).toEqual(
      ['first, sent first', 'second', 'late, before the reply', 'reply at 15', 'third, sent last']);
  });

  it('keeps unicode, emoji, RTL and CJK text and names exactly, and cuts long snippets between characters', async () => {
    const cases = [
      { contactId: 'u-ar', name: 'محمد عبد الله', text: 'مرحبا، أين طلبي؟ رقم ١٢٣' },
      { contactId: 'u-he', name: 'שרה כהן', text: 'שלום! ההזמנה שלי לא הגיעה' },
      { contactId: 'u-zh', name: '王小明', text: '你好，我的订单什么时候到？' },
      { contactId: 'u-ja', name: '山田 太郎', text: 'がぎぐげご・パピプペポ　全角スペース' },
      { contactId: 'u-emoji', name: 'Zoë 👩🏽‍💻', text: 'Family: 👨‍👩‍👧‍👦 flag: 🇦🇷 skin: 👍🏿 zwj: 🏳️‍🌈' },
      { contactId: 'u-comb', name: 'Ame\u0301lie', text: 'e\u0301 vs \u00e9, null-ish \u200b zero-width, tab\tand\nnewline' },
    ];
    for (const c of cases) {
      const res = await postSigned(api, inbox, apiMessage({ ...c, id: `uni-${c.contactId}` })).expect(200);
      const id = res.body.results[0].conversationId;
      const d = await detail(id);
      expect({ name: d.contact.name, snippet: d.snippet }).toEqual({ name: c.name, snippet: c.text });
      expect((await thread(id))[0].text).toBe(c.text);
    }
    const [row] = await sql<{ text: string }>(api, "SELECT text FROM messages WHERE platform_message_id = 'uni-u-emoji'");
    expect(row.text).toBe(cases[4].text);
    expect((await api.http.get('/api/search').query({ q: '王小明' }).set(agent.auth).expect(200)).body[0].conversation.contact.name).toBe('王小明');
    expect((await api.http.get('/api/search').query({ q: 'طلبي' }).set(agent.auth).expect(200)).body).toHaveLength(1);

    const long = '😀'.repeat(200);
    const res = await postSigned(api, inbox, apiMessage({ contactId: 'u-long', id: 'uni-long', text: long })).expect(200);
    const { snippet } = await detail(res.body.results[0].conversationId);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).not.toMatch(/\uFFFD/);
    expect(long.startsWith(snippet.slice(0, -1))).toBe(true);
    expect([...snippet]).toHaveLength(140);
  });

  it('commits the messages that arrive together in one transaction (group commit), each counted once', async () => {
    const base = Date.now() - 5 * MIN;
    const events = Array.from({ length: 8 }, (_, i) => message({ contact: 'grouped', name: 'Greta Group', text: `line ${i}`, timestamp: base + i * 1000 }));
    const outcomes = await Promise.all(events.map((e) => ingestion.ingest(target(), e)));
    expect(outcomes.map((o) => o.result)).toEqual(Array(8).fill('stored'));
    const id = await conversationOf('grouped');
    // The first finds its lane idle and commits alone; the seven that queued behind it share the next commit.
    const [tx] = await sql<{ n: number }>(api, 'SELECT count(DISTINCT xmin::text)::int AS n FROM messages WHERE conversation_id = $1', [id]);
    expect(tx.n).toBe(2);
    expect(await detail(id)).toMatchObject({ unreadCount: 8, snippet: 'line 7', waitingSince: iso(base) });
    expect(await history(id)).toEqual(['created']);
    expect((await thread(id)).map((m) => m.text)).toEqual(events.map((e) => e.text));
  });

  it('rejects only the message PostgreSQL refuses when it shares a transaction, and keeps the others', async () => {
    const base = Date.now() - 5 * MIN;
    const events = ['fine 1', 'fine 2', 'bad \u0000 byte', 'fine 3', 'fine 4'].map((text, i) => message({ contact: 'mixed', text, timestamp: base + i * 1000 }));
    const outcomes = await Promise.all(events.map((e) => ingestion.ingest(target(), e)));
    // Refused for its content (SQLSTATE class 22, data exception): rejected on its own, never retried, the batch goes on.
    expect(outcomes.map((o) => o.result)).toEqual(['stored', 'stored', 'rejected', 'stored', 'stored']);
    expect(outcomes[2]).toMatchObject({ reason: expect.stringMatching(/^22/) });
    const id = await conversationOf('mixed');
    expect((await thread(id)).map((m) => m.text)).toEqual(['fine 1', 'fine 2', 'fine 3', 'fine 4']);
    expect(await detail(id)).toMatchObject({ unreadCount: 4, snippet: 'fine 4' });
  });

  it('ingests many customers\' messages side by side in shared transactions, each conversation exactly right', async () => {
    const base = Date.now() - 3 * MIN;
    // 3 messages for each of 12 new customers, all at once: transactions carry several customers, whose
    // statements travel to PostgreSQL together; one customer's messages still apply in order.
    const events = Array.from({ length: 36 }, (_, i) => message({ contact: `crowd-${i % 12}`, name: `Crowd ${i % 12}`, text: `c${i % 12} m${Math.floor(i / 12)}`, timestamp: base + i * 1000 }));
    const outcomes = await Promise.all(events.map((e) => ingestion.ingest(target(), e)));
    expect(outcomes.map((o) => o.result)).toEqual(Array(36).fill('stored'));
    const [shared] = await sql<{ n: number }>(api, `SELECT count(*)::int AS n FROM (
      SELECT m.xmin::text FROM messages m JOIN contacts ct ON ct.inbox_id = m.inbox_id JOIN conversations c ON c.id = m.conversation_id AND c.contact_id = ct.id
      WHERE ct.platform_id LIKE 'crowd-%' GROUP BY m.xmin::text HAVING count(DISTINCT m.conversation_id) > 1) t`);
    expect(shared.n).toBeGreaterThan(0);
    for (let k = 0; k < 12; k++) {
      const id = await conversationOf(`crowd-${k}`);
      expect(await detail(id)).toMatchObject({ unreadCount: 3, snippet: `c${k} m2`, waitingSince: iso(base + k * 1000), contact: { name: `Crowd ${k}` } });
      expect((await thread(id)).map((m) => m.text)).toEqual([`c${k} m0`, `c${k} m1`, `c${k} m2`]);
      expect(await history(id)).toEqual(['created']);
    }
  });

  it('keeps every other customer\'s message when one in a shared transaction is refused', async () => {
    const events = Array.from({ length: 10 }, (_, i) => message({ contact: `mixed-crowd-${i}`, text: i === 6 ? 'bad \u0000' : `ok ${i}` }));
    const outcomes = await Promise.all(events.map((e) => ingestion.ingest(target(), e)));
    expect(outcomes.map((o) => o.result)).toEqual(events.map((_, i) => (i === 6 ? 'rejected' : 'stored')));
    const rows = await sql<{ platform_id: string; text: string; unread_count: number }>(api, `SELECT ct.platform_id, m.text, c.unread_count FROM messages m
      JOIN conversations c ON c.id = m.conversation_id JOIN contacts ct ON ct.id = c.contact_id WHERE ct.platform_id LIKE 'mixed-crowd-%' ORDER BY m.text`);
    expect(rows.map((r) => r.text)).toEqual(['ok 0', 'ok 1', 'ok 2', 'ok 3', 'ok 4', 'ok 5', 'ok 7', 'ok 8', 'ok 9']);
    expect(rows.every((r) => r.unread_count === 1)).toBe(true);
  });

  it('answers a webhook whose text holds a NUL byte with a 400 that says so, and stores nothing of it', async () => {
    const before = await counts(api);
    const res = await postSigned(api, inbox, apiMessage({ contactId: 'nul-sender', id: 'nul-1', text: 'before \u0000 after' })).expect(400);
    expect(res.body.message).toEqual(['message.text must not contain NUL characters (\\u0000)']);
    expect(await counts(api)).toEqual(before);
  });

  it('stores nothing for a wrong or missing signature, or a body tampered after signing', async () => {
    const before = await counts(api);
    const body = apiMessage({ contactId: 'intruder', id: 'forged', text: 'Click this link' });
    const wrong = await postSigned(api, inbox, body, { secret: 'some-other-secret-value' }).expect(401);
    expect(wrong.body.message).toBe('X-Hub-Signature-256 does not match the body');
    const missing = await postSigned(api, inbox, body, { signature: null }).expect(401);
    expect(missing.body.message).toBe('X-Hub-Signature-256 header is missing');
    const { sign } = await import('../support/webhooks.js');
    const signed = sign(JSON.stringify(body), inbox.secret);
    await postSigned(api, inbox, JSON.stringify({ ...body, message: { ...body.message, text: 'Tampered' } }), { signature: signed }).expect(401);
    // Signed with another inbox's secret.
    await postSigned(api, inbox, body, { secret: keepArchived.secret }).expect(401);
    expect(await counts(api)).toEqual(before);
    expect(await sql(api, "SELECT id FROM contacts WHERE platform_id = 'intruder'")).toEqual([]);
  });
});
