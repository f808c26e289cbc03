import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { prepareWorkerDatabase, resetDatabase } from '../support/database.js';
import { startWorker } from '../support/worker.js';

const MIN = 60_000;

interface OutboxRow { kind: string; name: string; payload: Record<string, unknown>; options: Record<string, unknown> }

/**
 * The SLA breach and the auto-reply each write in one guarded statement instead of going through the
 * conversation mutator. These run the steps side by side against the real database, with the outbox relay
 * stopped so the rows they leave can be read: each effect happens once, and the list row, history and
 * outbox rows are what the mutator path writes (compared with a fresh read of the list row).
 */
describe('SLA breach and auto-reply: once, with the mutator path\'s history, list row and outbox rows', () => {
  let worker: INestApplicationContext;
  let db: pg.Client;
  let managerId: string;
  let agentId: string;
  const q = async <T = Record<string, unknown>>(text: string, params: unknown[] = []) => (await db.query(text, params)).rows as T[];
  const one = async <T = Record<string, unknown>>(text: string, params: unknown[] = []) => (await q<T>(text, params))[0];
  // The relay is stopped and each test empties the outbox first: these are the rows its steps wrote.
  const outbox = () => q<OutboxRow>('SELECT kind, name, payload, options FROM outbox ORDER BY id');
  const listItemOf = async (conversationId: string) => {
    const { ConversationsRepository } = await import('../../libs/inbox/src/conversations/conversations.repository.js');
    const { toListItem } = await import('../../libs/inbox/src/conversations/conversation-row.js');
    const [row] = await worker.get(ConversationsRepository).findRows([conversationId]);
    return JSON.parse(JSON.stringify(toListItem(row)));
  };
  const conversation = async (inboxId: string, createdAt: Date) => {
    const contact = await one<{ id: string }>("INSERT INTO contacts (inbox_id, platform_id, name) VALUES ($1, $2, 'Lucía Pérez') RETURNING id",
      [inboxId, `c-${randomBytes(4).toString('hex')}`]);
    return (await one<{ id: string }>(`INSERT INTO conversations (inbox_id, contact_id, created_at, last_message_at, last_incoming_at, waiting_since)
      VALUES ($1, $2, $3, $3, $3, $3) RETURNING id`, [inboxId, contact.id, createdAt])).id;
  };

  beforeAll(async () => {
    const url = await prepareWorkerDatabase();
    await resetDatabase(url);
    process.env.DATABASE_URL = url;
    process.env.AUTOMATION_SWEEP = 'off';
    process.env.PARLEY_QUEUE_PREFIX = `${process.env.PARLEY_QUEUE_PREFIX ?? 'parley-test'}-${randomBytes(4).toString('hex')}`;
    worker = await startWorker();
    const { OutboxRelay } = await import('../../libs/core/src/outbox/outbox.relay.js');
    await worker.get(OutboxRelay).stop(); // keep every outbox row for the assertions
    db = new pg.Client({ connectionString: url });
    await db.connect();
    managerId = (await one<{ id: string }>("INSERT INTO users (email, name, password_hash, role) VALUES ('m@once.test', 'Marta', 'x', 'manager') RETURNING id")).id;
    agentId = (await one<{ id: string }>("INSERT INTO users (email, name, password_hash, role) VALUES ('a@once.test', 'Ana', 'x', 'agent') RETURNING id")).id;
  });
  afterAll(async () => {
    await db.end();
    await worker.close();
    delete process.env.AUTOMATION_SWEEP;
  });

  it('a breach stepped five times at once notifies, records and escalates once, with one list-row event and version bump', async () => {
    const { SlaService } = await import('../../libs/inbox/src/automation/sla/sla.service.js');
    const sla = worker.get(SlaService);
    const inbox = await one<{ id: string }>("INSERT INTO inboxes (name, channel) VALUES ('SLA once', 'api') RETURNING id");
    await q('INSERT INTO inbox_members (inbox_id, user_id) VALUES ($1, $2)', [inbox.id, agentId]);
    const team = await one<{ id: string }>("INSERT INTO teams (name) VALUES ('Escalations') RETURNING id");
    const policy = await one<{ id: string }>(`INSERT INTO sla_policies (name, inbox_id, first_response_minutes, reminder_lead_minutes, escalate_priority, escalate_team_id)
      VALUES ('Once', $1, 15, 0, 'urgent', $2) RETURNING id`, [inbox.id, team.id]);
    // Due in 5 minutes of real time, so the breach timer the first step schedules stays out of the way.
    const created = new Date(Date.now() - 10 * MIN);
    const c = await conversation(inbox.id, created);
    await sla.sync(c, new Date(created.getTime() + MIN)); // the clock starts
    await q('DELETE FROM outbox');
    const before = await one<{ version: string }>('SELECT version FROM conversations WHERE id = $1', [c]);

    const steps = await Promise.all(Array.from({ length: 5 }, () => sla.sync(c, new Date(created.getTime() + 15 * MIN + 1000))));

    expect(steps.filter((s) => s?.breaches.includes('firstResponse'))).toHaveLength(1);
    const events = await q<{ type: string; data: Record<string, unknown> }>(
      "SELECT type, data FROM conversation_events WHERE conversation_id = $1 AND type <> 'sla_hit' ORDER BY id", [c]);
    expect(events.map((e) => e.type)).toEqual(['sla_missed', 'priority_changed', 'team_changed', 'sla_escalated']);
    expect(events[1].data).toEqual({ from: 'none', to: 'urgent', by: 'sla_escalation' });
    expect(events[3].data).toEqual({ targets: ['firstResponse'], policyId: policy.id });
    expect(await q("SELECT user_id FROM notifications WHERE conversation_id = $1 AND type = 'sla_breach'", [c])).toEqual([{ user_id: managerId }]);
    const after = await one<{ version: string; priority: string; team_id: string }>('SELECT version, priority, team_id FROM conversations WHERE id = $1', [c]);
    expect(after).toEqual({ version: String(Number(before.version) + 1), priority: 'urgent', team_id: team.id });

    const rows = await outbox();
    const updated = rows.filter((r) => r.name === 'conversation.updated');
    expect(updated).toHaveLength(1);
    expect(updated[0].payload.conversation).toEqual(await listItemOf(c));
    expect(updated[0].options).toEqual({ audiences: [{ inboxId: inbox.id }] });
    const changed = rows.filter((r) => r.name === 'conversation.changed');
    expect(changed).toEqual([{
      kind: 'job', name: 'conversation.changed',
      payload: { conversationId: c, version: after.version, types: ['priority_changed', 'team_changed', 'sla_escalated'], actorId: null },
      options: { jobId: `changed-${c}-${after.version}` },
    }]);
    expect(rows.filter((r) => r.name === 'notification').map((r) => r.options)).toEqual([{ audiences: [{ userId: managerId }] }]);
  });

  describe('auto-reply', () => {
    let inboxId: string;
    const customerMessage = async (c: string, text: string) => (await one<{ id: string }>(
      `INSERT INTO messages (conversation_id, inbox_id, direction, kind, sender_type, text, platform_message_id, sent_at)
       VALUES ($1, $2, 'incoming', 'text', 'contact', $3, $4, now()) RETURNING id`, [c, inboxId, text, `in-${randomBytes(4).toString('hex')}`])).id;

    beforeAll(async () => {
      inboxId = (await one<{ id: string }>("INSERT INTO inboxes (name, channel) VALUES ('Tienda', 'api') RETURNING id")).id;
      await q(`INSERT INTO auto_reply_rules (inbox_id, position, trigger, keywords, body) VALUES ($1, 0, 'keyword', '["precio"]', 'Hola {{contact.first_name}}, los precios están en la web.')`, [inboxId]);
    });

    it('five evaluations of one message at once send one reply, with the history event, list row and outbox rows in order', async () => {
      const { AutoReplyEvaluator } = await import('../../libs/inbox/src/automation/auto-replies/auto-reply.evaluator.js');
      const { toMessageDto } = await import('../../libs/inbox/src/messages/message.mapper.js');
      const { MessageEntity } = await import('../../libs/core/src/database/entities/index.js');
      const c = await conversation(inboxId, new Date(Date.now() - MIN));
      const m = await customerMessage(c, '¿Cuál es el precio?');
      const before = await one<{ version: string; waiting_since: Date }>('SELECT version, waiting_since FROM conversations WHERE id = $1', [c]);
      await q('DELETE FROM outbox');

      const results = await Promise.all(Array.from({ length: 5 }, () => worker.get(AutoReplyEvaluator).evaluate(c, m)));

      const sent = results.filter((r) => r.sent);
      expect(sent).toHaveLength(1);
      expect(results.filter((r) => !r.sent)).toEqual(Array(4).fill({ sent: false, reason: 'already answered automatically' }));
      const replies = await q<{ id: string; text: string; delivery_status: string }>(
        "SELECT id, text, delivery_status FROM messages WHERE conversation_id = $1 AND sender_type = 'automation'", [c]);
      expect(replies).toEqual([{ id: (sent[0] as { messageId: string }).messageId, text: 'Hola Lucía, los precios están en la web.', delivery_status: 'pending' }]);
      const reply = replies[0];
      expect(await q('SELECT message_id, trigger FROM automation_replies WHERE source_message_id = $1', [m])).toEqual([{ message_id: reply.id, trigger: 'keyword' }]);
      const events = await q<{ type: string; actor_id: string | null; data: Record<string, unknown> }>('SELECT type, actor_id, data FROM conversation_events WHERE conversation_id = $1', [c]);
      expect(events).toEqual([{ type: 'auto_replied', actor_id: null, data: { ruleId: expect.any(String), trigger: 'keyword', messageId: reply.id, sourceMessageId: m } }]);
      const after = await one<{ version: string; snippet: string; first_reply_at: Date | null; waiting_since: Date }>(
        'SELECT version, snippet, first_reply_at, waiting_since FROM conversations WHERE id = $1', [c]);
      expect(after).toEqual({ version: String(Number(before.version) + 1), snippet: reply.text, first_reply_at: null, waiting_since: before.waiting_since });

      const rows = await outbox();
      expect(rows.map((r) => `${r.kind} ${r.name}`)).toEqual(['job message.deliver', 'realtime message.created', 'realtime conversation.updated', 'job conversation.changed']);
      expect(rows[0]).toMatchObject({ payload: { messageId: reply.id }, options: { jobId: `deliver-${reply.id}` } });
      const stored = await worker.get(DataSource).manager.findOneByOrFail(MessageEntity, { id: reply.id });
      expect(rows[1]).toEqual({ kind: 'realtime', name: 'message.created', payload: { message: JSON.parse(JSON.stringify(toMessageDto(stored))), conversationVersion: Number(after.version) }, options: { audiences: [{ conversationId: c }] } });
      expect(rows[2]).toEqual({ kind: 'realtime', name: 'conversation.updated', payload: { conversation: await listItemOf(c) }, options: { audiences: [{ inboxId }] } });
      expect(rows[3]).toMatchObject({ payload: { conversationId: c, version: after.version, types: ['auto_replied'], actorId: null }, options: { jobId: `changed-${c}-${after.version}` } });
      expect(await worker.get(AutoReplyEvaluator).evaluate(c, m)).toEqual({ sent: false, reason: 'already answered automatically' });
    });

    it('decides again when the conversation changed between its read and its write', async () => {
      const { AutoReplyEvaluator } = await import('../../libs/inbox/src/automation/auto-replies/auto-reply.evaluator.js');
      const { AutoReplyRepository } = await import('../../libs/inbox/src/automation/auto-replies/auto-reply.repository.js');
      const c = await conversation(inboxId, new Date(Date.now() - MIN));
      const m = await customerMessage(c, 'precio?');
      await q('DELETE FROM outbox');
      const repository = worker.get(AutoReplyRepository);
      const facts = repository.facts.bind(repository);
      let reads = 0;
      repository.facts = async (id: string) => {
        const f = await facts(id);
        // Someone marks the conversation unread in between, once: the write must not go ahead on the old row.
        if (++reads === 1) await q('UPDATE conversations SET unread_count = 7 WHERE id = $1', [c]);
        return f;
      };
      try {
        expect(await worker.get(AutoReplyEvaluator).evaluate(c, m)).toMatchObject({ sent: true });
      } finally {
        repository.facts = facts;
      }
      expect(reads).toBe(2);
      const [updated] = (await outbox()).filter((r) => r.name === 'conversation.updated');
      expect(updated.payload.conversation).toMatchObject({ unreadCount: 7 });
      expect(updated.payload.conversation).toEqual(await listItemOf(c));
    });
  });
});
