import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import type { ContactExportDto } from '@parley/contracts';
import { startApi, userSession, type Session, type TestApi } from '../support/api.js';
import { snapshot, sql } from '../support/db.js';
import { createInbox, postSigned, receive, type TestInbox } from '../support/webhooks.js';
import { eventually, startWorker } from '../support/worker.js';

const PAGE = '800100200300';

/** One signed Messenger webhook: two customer messages (text and an image) and an echo of a reply from the page's app. */
const messengerBatch = (psid: string, tag: string) => {
  const at = Date.now();
  const from = (offset: number, extra: object) => ({ sender: { id: psid }, recipient: { id: PAGE }, timestamp: at + offset, ...extra });
  return {
    object: 'page',
    entry: [{ id: PAGE, time: at, messaging: [
      from(0, { message: { mid: `m_${tag}_1`, text: `My address is 12 Calle Mayor (${tag})` } }),
      from(1, { message: { mid: `m_${tag}_2`, attachments: [{ type: 'image', payload: { url: `https://cdn.example/${tag}.jpg` } }] } }),
      { sender: { id: PAGE }, recipient: { id: psid }, timestamp: at + 2, message: { mid: `m_${tag}_echo`, is_echo: true, app_id: 1, text: 'Thanks, noted' } },
    ] }],
  };
};

describe('the customer\'s data: export, erasure that stays final, retention, all audited and for admins only', () => {
  let api: TestApi;
  let admin: Session;
  let manager: Session;
  let agent: Session;
  let messenger: TestInbox;

  const count = async (table: string, where = 'true', params: unknown[] = []) =>
    (await sql<{ n: number }>(api, `SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params))[0].n;
  const contactOf = async (psid: string) =>
    (await sql<{ id: string; conversation_id: string }>(api,
      'SELECT ct.id, c.id AS conversation_id FROM contacts ct JOIN conversations c ON c.contact_id = ct.id WHERE ct.platform_id = $1', [psid]))[0];

  beforeAll(async () => {
    api = await startApi();
    admin = await userSession(api, 'admin', 'Ada Admin');
    manager = await userSession(api, 'manager');
    agent = await userSession(api, 'agent');
    messenger = await createInbox(api, admin, { channel: 'messenger', platformAccountId: PAGE, members: [agent.user.id] });
  });
  afterAll(() => api.close());

  describe('erasure then a replay of the same signed webhook', () => {
    it('erasing a contact removes everything and a replay stores nothing; a new message is a new contact', async () => {
      const batch = JSON.stringify(messengerBatch('psid-erase', 'erase'));
      const first = await postSigned(api, messenger, batch).expect(200);
      expect(first.body).toMatchObject({ stored: 3 });
      const { id: contactId, conversation_id: conversationId } = await contactOf('psid-erase');
      await api.http.post(`/api/conversations/${conversationId}/notes`).set(agent.auth).send({ text: 'VIP, lives in Madrid' }).expect(201);

      const erased = await api.http.delete(`/api/contacts/${contactId}`).set(admin.auth).expect(200);
      expect(erased.body).toEqual({ conversations: 1, messages: 4 });
      expect(await count('contacts', 'platform_id = $1', ['psid-erase'])).toBe(0);
      expect(await count('messages', "text LIKE '%Calle Mayor%' OR text LIKE 'VIP%'")).toBe(0);
      // Search finds nothing of it any more.
      expect((await api.http.get('/api/search?q=Calle').set(admin.auth).expect(200)).body).toEqual([]);
      // The tombstones hold hashes of the three platform ids (not the note, which has none), and no content.
      const tombstones = await sql<{ h: string }>(api, "SELECT encode(platform_message_hash, 'hex') AS h FROM erased_messages");
      expect(tombstones).toHaveLength(3);
      expect(JSON.stringify(await sql(api, 'SELECT * FROM erased_messages'))).not.toMatch(/m_erase|Calle|psid-erase/);

      const before = await snapshot(api);
      const replay = await postSigned(api, messenger, batch).expect(200);
      expect(replay.body).toMatchObject({ received: 3, stored: 0, ignored: 3 });
      const after = await snapshot(api);
      expect({ ...after, audit_log: '' }).toEqual({ ...before, audit_log: '' });

      // The same person writing again later is a new conversation: erasure covers the past, not the future.
      await postSigned(api, messenger, {
        object: 'page', entry: [{ id: PAGE, time: Date.now(), messaging: [{ sender: { id: 'psid-erase' }, recipient: { id: PAGE }, timestamp: Date.now(), message: { mid: 'm_erase_new', text: 'Hello again' } }] }],
      }).expect(200);
      expect(await count('messages m JOIN contacts ct ON ct.inbox_id = m.inbox_id', "ct.platform_id = 'psid-erase'")).toBe(1);

      const [audit] = await sql<{ actor_id: string; action: string; data: Record<string, unknown> }>(api,
        "SELECT actor_id, action, data FROM audit_log WHERE action = 'contact.erased' AND target_id = $1", [contactId]);
      expect(audit).toEqual({ actor_id: admin.user.id, action: 'contact.erased', data: { inboxId: messenger.id, conversations: 1, messages: 4 } });
    });

    it('erasing a conversation (DELETE /conversations/:id) also keeps its messages from coming back', async () => {
      const batch = JSON.stringify(messengerBatch('psid-conv', 'conv'));
      await postSigned(api, messenger, batch).expect(200);
      const { conversation_id: conversationId } = await contactOf('psid-conv');
      await api.http.delete(`/api/conversations/${conversationId}`).set(admin.auth).expect(204);
      const replay = await postSigned(api, messenger, batch).expect(200);
      expect(replay.body).toMatchObject({ stored: 0, ignored: 3 });
      expect(await count('messages', "text LIKE '%(conv)%'")).toBe(0);
      expect(await count('conversations c JOIN contacts ct ON ct.id = c.contact_id', "ct.platform_id = 'psid-conv'")).toBe(0);
    });

    it('an API-channel bridge replaying an erased message gets it reported as ignored', async () => {
      const api1 = await createInbox(api, admin, { channel: 'api' });
      const conversationId = await receive(api, api1, { contactId: 'bridge-1', id: 'bridge-msg-1', text: 'secret plans' });
      await api.http.delete(`/api/conversations/${conversationId}?deleteContact=true`).set(admin.auth).expect(204);
      const replay = await postSigned(api, api1, { contact: { id: 'bridge-1' }, message: { id: 'bridge-msg-1', text: 'secret plans' } }).expect(200);
      expect(replay.body.results).toEqual([{ result: 'ignored', reason: 'the message was erased' }]);
      expect(await count('contacts', "platform_id = 'bridge-1'")).toBe(0);
    });

    it('only admins erase; others get 403 and nothing changes', async () => {
      await postSigned(api, messenger, JSON.stringify(messengerBatch('psid-keep', 'keep'))).expect(200);
      const { id } = await contactOf('psid-keep');
      const before = await snapshot(api);
      for (const s of [manager, agent]) {
        expect((await api.http.delete(`/api/contacts/${id}`).set(s.auth).expect(403)).body.message).toBe('Only admin users can erase contacts');
      }
      await api.http.delete('/api/contacts/00000000-0000-4000-8000-000000000000').set(admin.auth).expect(404);
      await api.http.delete('/api/contacts/nope').set(admin.auth).expect(400);
      expect(await snapshot(api)).toEqual(before);
    });
  });

  describe('export', () => {
    it('gives an admin the contact, conversations, messages and notes as a JSON download, and audits it', async () => {
      await postSigned(api, messenger, JSON.stringify(messengerBatch('psid-export', 'export'))).expect(200);
      const { id, conversation_id: conversationId } = await contactOf('psid-export');
      await api.http.post(`/api/conversations/${conversationId}/notes`).set(agent.auth).send({ text: 'Asked for a refund' }).expect(201);
      const res = await api.http.get(`/api/contacts/${id}/export`).set(admin.auth).expect(200);
      expect(res.headers['content-disposition']).toBe(`attachment; filename=contact-${id}.json`);
      const data = res.body as ContactExportDto;
      expect(data.contact).toMatchObject({ id, inboxId: messenger.id, platformId: 'psid-export' });
      expect(data.conversations).toHaveLength(1);
      expect(data.conversations[0]).toMatchObject({ id: conversationId, inbox: { id: messenger.id, channel: 'messenger' }, status: 'open' });
      expect(data.conversations[0].messages.map((m) => [m.kind, m.senderType, m.text])).toEqual([
        ['text', 'contact', 'My address is 12 Calle Mayor (export)'],
        ['attachment', 'contact', null],
        ['text', 'page', 'Thanks, noted'],
        ['note', 'user', 'Asked for a refund'],
      ]);
      expect(data.conversations[0].messages[1].attachments).toEqual([{ type: 'image', url: 'https://cdn.example/export.jpg' }]);
      const [audit] = await sql<{ actor_id: string; ip: string }>(api, "SELECT actor_id, ip FROM audit_log WHERE action = 'contact.exported' AND target_id = $1", [id]);
      expect(audit.actor_id).toBe(admin.user.id);
      expect(audit.ip).toMatch(/127\.0\.0\.1/);
      for (const s of [manager, agent]) await api.http.get(`/api/contacts/${id}/export`).set(s.auth).expect(403);
    });
  });

  describe('retention', () => {
    let worker: INestApplicationContext;
    let shop: TestInbox;
    let other: TestInbox;
    afterAll(() => worker?.close());

    /** A conversation in `inbox`, resolved `daysAgo` days ago (or left open when null). */
    const conversation = async (inbox: TestInbox, key: string, daysAgo: number | null) => {
      const id = await receive(api, inbox, { contactId: key, id: `msg-${key}`, text: `hello from ${key}` });
      if (daysAgo !== null) {
        await api.http.put(`/api/conversations/${id}/status`).set(admin.auth).send({ status: 'resolved' }).expect(200);
        await sql(api, 'UPDATE conversations SET resolved_at = now() - make_interval(days => $2) WHERE id = $1', [id, daysAgo]);
      }
      return id;
    };

    it('previews and then deletes exactly the conversations resolved more than N days ago, nightly through the worker', async () => {
      shop = await createInbox(api, admin, { channel: 'api', name: 'Shop' });
      other = await createInbox(api, admin, { channel: 'api', name: 'Other' });
      const old1 = await conversation(shop, 'old-1', 40);
      const old2 = await conversation(shop, 'old-2', 31);
      const recent = await conversation(shop, 'recent', 29);
      const open = await conversation(shop, 'open', null);
      await sql(api, "UPDATE conversations SET created_at = now() - interval '90 days' WHERE id = $1", [open]);
      const elsewhere = await conversation(other, 'elsewhere', 400);

      expect((await api.http.get(`/api/inboxes/${shop.id}/retention`).set(admin.auth).expect(200)).body).toEqual({ inboxId: shop.id, days: null });
      const preview = await api.http.get(`/api/inboxes/${shop.id}/retention/preview?days=30`).set(admin.auth).expect(200);
      expect(preview.body).toMatchObject({ inboxId: shop.id, days: 30, conversations: 2 });
      expect((await api.http.put(`/api/inboxes/${shop.id}/retention`).set(admin.auth).send({ days: 30 }).expect(200)).body).toEqual({ inboxId: shop.id, days: 30 });
      expect((await api.http.get(`/api/inboxes/${shop.id}/retention/preview`).set(admin.auth).expect(200)).body.conversations).toBe(2);

      worker = await startWorker();
      const { JobDispatcher } = await import('../../libs/core/src/queue/job-dispatcher.js');
      const jobs = worker.get(JobDispatcher);
      const schedulers = await jobs.queue('maintenance')!.getJobSchedulers();
      expect(schedulers).toEqual([expect.objectContaining({ key: 'retention-nightly', pattern: '0 3 * * *', name: 'retention.purge' })]);
      await jobs.add('retention.purge', { inboxId: null }, { jobId: `retention-test-${Date.now()}` });
      await eventually(async () => (await count('conversations', 'id = ANY($1)', [[old1, old2]])) === 0, 15_000, 'the retention job');

      expect(await count('conversations', 'id = ANY($1)', [[recent, open, elsewhere]])).toBe(3);
      expect(await count('contacts', "platform_id IN ('old-1', 'old-2')")).toBe(0);
      expect(await count('erased_messages', 'inbox_id = $1', [shop.id])).toBe(2);
      const [audit] = await sql<{ actor_id: string | null; data: Record<string, unknown> }>(api,
        "SELECT actor_id, data FROM audit_log WHERE action = 'retention.purged' AND target_id = $1", [shop.id]);
      expect(audit).toMatchObject({ actor_id: null, data: { days: 30, conversations: 2, messages: 2 } });
      expect((await api.http.get(`/api/inboxes/${shop.id}/retention/preview`).set(admin.auth).expect(200)).body.conversations).toBe(0);
      // A replay of a purged message stores nothing either.
      const replay = await postSigned(api, shop, { contact: { id: 'old-1' }, message: { id: 'msg-old-1', text: 'hello from old-1' } }).expect(200);
      expect(replay.body).toMatchObject({ stored: 0, ignored: 1 });
      expect(await count('contacts', "platform_id = 'old-1'")).toBe(0);
    });

    it('is for admins only and validates days with a clear 400', async () => {
      for (const s of [manager, agent]) {
        expect((await api.http.put(`/api/inboxes/${shop.id}/retention`).set(s.auth).send({ days: 1 }).expect(403)).body.message)
          .toBe('Only admin users can manage data retention');
        await api.http.get(`/api/inboxes/${shop.id}/retention/preview?days=1`).set(s.auth).expect(403);
      }
      for (const days of [0, 3651, 1.5, 'ten']) {
        const res = await api.http.put(`/api/inboxes/${shop.id}/retention`).set(admin.auth).send({ days }).expect(400);
        expect(res.body.message).toContain('days must be a whole number from 1 to 3650, or null to keep conversations for ever');
      }
      expect((await api.http.get(`/api/inboxes/${other.id}/retention/preview`).set(admin.auth).expect(400)).body.message)
        .toBe('This inbox keeps conversations for ever: pass days to preview a retention');
      await api.http.put(`/api/inboxes/${shop.id}/retention`).set(admin.auth).send({ days: null }).expect(200);
      const changes = await sql<{ data: Record<string, unknown> }>(api, "SELECT data FROM audit_log WHERE action = 'inbox.retention_changed' ORDER BY id");
      expect(changes.map((c) => c.data)).toEqual([{ from: null, to: 30 }, { from: 30, to: null }]);
    });
  });
});
