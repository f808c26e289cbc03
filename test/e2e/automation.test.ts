import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { Redis } from 'ioredis';
import pg from 'pg';
import { startApi, userSession, type Session, type TestApi } from '../support/api.js';
import { FakeGraph } from '../support/fake-graph.js';
import { createInbox, receive, sign, type TestInbox } from '../support/webhooks.js';
import { eventually, startWorker } from '../support/worker.js';

const PAGE = '700100200300';
const SECRET = 'automation-test-app-secret-0123456789';
const MIN = 60_000;
/** Never open: every message is "outside business hours". */
const CLOSED = { timeZone: 'Europe/Madrid', weekly: {}, exceptions: [] };

describe('automation through the real worker: auto-replies, SLA, assignment, notifications', () => {
  const graph = new FakeGraph();
  let api: TestApi;
  let worker: INestApplicationContext;
  let admin: Session;
  let manager: Session;
  let agent: Session;
  let db: pg.Client;
  let redis: Redis;
  let messenger: TestInbox;
  let seq = 0;

  const q = async <T = Record<string, unknown>>(text: string, params: unknown[] = []) => (await db.query(text, params)).rows as T[];
  const post = (inbox: TestInbox, body: unknown) => {
    const raw = JSON.stringify(body);
    return api.http.post(`/api/webhooks/${inbox.channel}/${inbox.id}`).set('Content-Type', 'application/json')
      .set('X-Hub-Signature-256', sign(raw, SECRET)).send(raw).expect(200);
  };
  const customerWrites = async (psid: string, text = 'Hola', at = Date.now()) => {
    await post(messenger, { object: 'page', entry: [{ id: PAGE, time: at, messaging: [{ sender: { id: psid }, recipient: { id: PAGE }, timestamp: at, message: { mid: `m_auto_${++seq}`, text } }] }] });
    const [row] = await q<{ id: string }>('SELECT c.id FROM conversations c JOIN contacts ct ON ct.id = c.contact_id WHERE ct.platform_id = $1', [psid]);
    return row.id;
  };
  const automated = (conversationId: string) =>
    q<{ id: string; text: string; delivery_status: string }>("SELECT id, text, delivery_status FROM messages WHERE conversation_id = $1 AND sender_type = 'automation' ORDER BY created_at", [conversationId]);
  /** Every job the api and worker wrote has been relayed and no automation job is still waiting or running. */
  const settle = async () => {
    const { JobDispatcher } = await import('../../libs/core/src/queue/job-dispatcher.js');
    const jobs = worker.get(JobDispatcher);
    await eventually(async () => {
      const [{ n }] = await q<{ n: number }>('SELECT count(*)::int AS n FROM outbox');
      if (n > 0) return false;
      for (const name of ['automation', 'delivery', 'sla', 'sla-timers']) {
        const c = await jobs.queue(name)!.getJobCounts('waiting', 'active', 'prioritized');
        if (c.waiting + c.active + c.prioritized > 0) return false;
      }
      return true;
    }, 15_000, 'queues to drain');
  };

  beforeAll(async () => {
    await graph.start();
    process.env.GRAPH_API_URL = graph.url;
    process.env.AUTOMATION_SWEEP_MS = '1000';
    process.env.AUTOMATION_SWEEP_GRACE_MS = '1500';
    api = await startApi();
    worker = await startWorker();
    admin = await userSession(api, 'admin');
    manager = await userSession(api, 'manager', 'Marta Manager');
    agent = await userSession(api, 'agent', 'Ana Agent');
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    const res = await api.http.post('/api/inboxes').set(admin.auth).send({
      name: 'Tienda', channel: 'messenger', platformAccountId: PAGE, appSecret: SECRET, accessToken: 'token-auto',
    }).expect(201);
    await api.http.put(`/api/inboxes/${res.body.id}/members`).set(admin.auth).send({ userIds: [agent.user.id] }).expect(200);
    messenger = { id: res.body.id, secret: SECRET, channel: 'messenger' };
  });
  afterAll(async () => {
    await worker.close(); redis.disconnect(); await db.end(); await api.close(); await graph.stop();
    delete process.env.AUTOMATION_SWEEP_MS; delete process.env.AUTOMATION_SWEEP_GRACE_MS;
  });

  describe('settings and rules over HTTP', () => {
    it('answers 400 with every problem of a bad schedule, and stores a good one', async () => {
      const bad = await api.http.put(`/api/inboxes/${messenger.id}/business-hours`).set(manager.auth)
        .send({ businessHours: { timeZone: 'Mars/Olympus', weekly: { 1: [{ open: '18:00', close: '09:00' }] }, exceptions: [] } }).expect(400);
      expect(bad.body.message).toEqual(expect.arrayContaining([expect.stringMatching(/unknown time zone 'Mars\/Olympus'/), expect.stringMatching(/^weekly.1\[0\]: close must be after open/)]));
      await api.http.put(`/api/inboxes/${messenger.id}/business-hours`).set(agent.auth).send({ businessHours: CLOSED }).expect(403);
      const ok = await api.http.put(`/api/inboxes/${messenger.id}/business-hours`).set(manager.auth).send({ businessHours: CLOSED }).expect(200);
      expect(ok.body.businessHours).toEqual(CLOSED);
      const read = await api.http.get(`/api/inboxes/${messenger.id}/automation`).set(agent.auth).expect(200);
      expect(read.body).toMatchObject({ businessHours: CLOSED, autoResolveHours: null, autoAssignment: null });
    });

    it('refuses a keyword rule without keywords, and a pattern RE2 cannot run, with reasons', async () => {
      const none = await api.http.post(`/api/inboxes/${messenger.id}/auto-replies`).set(manager.auth).send({ trigger: 'keyword', body: 'x' }).expect(400);
      expect(none.body.message).toMatch(/at least one keyword or a pattern/);
      const lookahead = await api.http.post(`/api/inboxes/${messenger.id}/auto-replies`).set(manager.auth).send({ trigger: 'keyword', pattern: 'price(?!less)', body: 'x' }).expect(400);
      expect(lookahead.body.message).toMatch(/^pattern: lookarounds such as .* are not supported \(rules run on a linear-time matcher that cannot stall\)/);
      const backref = await api.http.post(`/api/inboxes/${messenger.id}/auto-replies`).set(manager.auth).send({ trigger: 'keyword', pattern: '(a)\\1', body: 'x' }).expect(400);
      expect(backref.body.message).toMatch(/backreferences such as \\1 are not supported/);
      await api.http.post(`/api/inboxes/${messenger.id}/auto-replies`).set(manager.auth).send({ trigger: 'sometimes', body: 'x' }).expect(400);
    });
  });

  describe('auto-replies', () => {
    beforeAll(async () => {
      await api.http.post(`/api/inboxes/${messenger.id}/auto-replies`).set(manager.auth)
        .send({ trigger: 'keyword', keywords: ['precio'], body: 'Los precios están en tienda.example/precios' }).expect(201);
      await api.http.post(`/api/inboxes/${messenger.id}/auto-replies`).set(manager.auth)
        .send({ trigger: 'outside_hours', body: 'Hola {{contact.first_name}}, estamos cerrados; te respondemos mañana.' }).expect(201);
    });

    it('sends the away message once per day, through delivery, as automation, and not as a reply', async () => {
      graph.reset();
      const c = await customerWrites('psid-away', 'Hola, ¿hay alguien?');
      await customerWrites('psid-away', '¿Hola?');
      await customerWrites('psid-away', 'Sigo esperando');
      await settle();
      const sent = await automated(c);
      expect(sent).toHaveLength(1);
      // The contact's name may or may not have come from the profile job yet: with it or without, no placeholder.
      expect(sent[0].delivery_status).toBe('sent');
      expect(sent[0].text).toMatch(/^Hola( Lucía)?, estamos cerrados; te respondemos mañana\.$/);
      expect(graph.sends.filter((s) => (s.body.message as { text?: string })?.text?.includes('cerrados'))).toHaveLength(1);
      const [conv] = await q<{ first_reply_at: Date | null; waiting_since: Date | null }>('SELECT first_reply_at, waiting_since FROM conversations WHERE id = $1', [c]);
      expect(conv.first_reply_at).toBeNull();
      expect(conv.waiting_since).not.toBeNull();
      const thread = await api.http.get(`/api/conversations/${c}/messages`).set(agent.auth).expect(200);
      expect(thread.body.items.filter((m: { senderType: string }) => m.senderType === 'automation')).toHaveLength(1);
    });

    it('answers a keyword before the away rule (rules in order), and never answers an echo', async () => {
      const c = await customerWrites('psid-kw', '¿Cuál es el precio?');
      await settle();
      expect((await automated(c)).map((m) => m.text)).toEqual(['Los precios están en tienda.example/precios']);
      const at = Date.now();
      await post(messenger, { object: 'page', entry: [{ id: PAGE, time: at, messaging: [{ sender: { id: PAGE }, recipient: { id: 'psid-kw' }, timestamp: at,
        message: { mid: `m_echo_${++seq}`, is_echo: true, app_id: 1, text: 'precio: 10 €' } }] }] });
      await settle();
      expect(await automated(c)).toHaveLength(1);
    });

    it('does not answer outside the platform window for automation (a message older than 24 h)', async () => {
      const c = await customerWrites('psid-old', 'precio?', Date.now() - 25 * 60 * MIN);
      await settle();
      expect(await automated(c)).toHaveLength(0);
    });

    it('a job that arrives after the agent answered does nothing', async () => {
      const { AutoReplyEvaluator } = await import('../../libs/inbox/src/automation/auto-replies/auto-reply.evaluator.js');
      await worker.close(); // hold the jobs back: the agent answers first
      const c = await customerWrites('psid-late', 'precio por favor');
      await api.http.post(`/api/conversations/${c}/messages`).set(agent.auth).send({ text: 'Son 10 €' }).expect(201);
      const [m] = await q<{ id: string }>("SELECT id FROM messages WHERE conversation_id = $1 AND direction = 'incoming'", [c]);
      worker = await startWorker();
      await settle();
      expect(await automated(c)).toHaveLength(0);
      expect(await worker.get(AutoReplyEvaluator).evaluate(c, m.id)).toEqual({ sent: false, reason: 'an agent answered' });
    });

    it('a worker stopped with the job pending, restarted, and the job delivered again sends exactly once', async () => {
      const { AutoReplyEvaluator } = await import('../../libs/inbox/src/automation/auto-replies/auto-reply.evaluator.js');
      const { JobDispatcher } = await import('../../libs/core/src/queue/job-dispatcher.js');
      await worker.close();
      graph.reset();
      const c = await customerWrites('psid-crash', '¿precio?');
      const [m] = await q<{ id: string }>("SELECT id FROM messages WHERE conversation_id = $1 AND direction = 'incoming'", [c]);
      worker = await startWorker();
      // What BullMQ does with a job whose worker died after our commit: it runs it again (here under a new id).
      await worker.get(JobDispatcher).add('automation.evaluate', { conversationId: c, messageId: m.id }, { jobId: `evaluate-again-${m.id}` });
      await settle();
      expect(await worker.get(AutoReplyEvaluator).evaluate(c, m.id)).toEqual({ sent: false, reason: 'already answered automatically' });
      await settle();
      expect(await automated(c)).toHaveLength(1);
      expect(graph.sends).toHaveLength(1);
    });
  });

  describe('a rule pattern that stalls a backtracking engine', () => {
    it('evaluates fast on RE2 and the worker goes on with other jobs', async () => {
      const rule = (await api.http.post(`/api/inboxes/${messenger.id}/auto-replies`).set(manager.auth)
        .send({ trigger: 'keyword', pattern: '\\w*\\w*\\w*\\w*\\w*!', body: '¡Qué entusiasmo!', position: 0 }).expect(201)).body;
      try {
        // No '!' at the end: the worst case for backtracking (it froze the worker for minutes), no match here.
        const evil = await customerWrites('psid-evil', 'a'.repeat(5_000));
        const after = await customerWrites('psid-after', 'precio?');
        const cheer = await customerWrites('psid-cheer', 'gracias!');
        await settle();
        // The evil message went past the pattern to the next rules (the away message); the others were answered too.
        expect((await automated(evil)).map((m) => m.text)).toEqual([expect.stringContaining('estamos cerrados')]);
        expect((await automated(after)).map((m) => m.text)).toEqual(['Los precios están en tienda.example/precios']);
        expect((await automated(cheer)).map((m) => m.text)).toEqual(['¡Qué entusiasmo!']);
      } finally {
        await api.http.delete(`/api/inboxes/${messenger.id}/auto-replies/${rule.id}`).set(manager.auth).expect(204);
      }
    });
  });

  describe('SLA', () => {
    let policyId: string;
    let teamId: string;
    beforeAll(async () => {
      await api.http.put(`/api/inboxes/${messenger.id}/business-hours`).set(manager.auth).send({ businessHours: null }).expect(200);
      await db.query('UPDATE auto_reply_rules SET enabled = false');
      teamId = (await api.http.post('/api/teams').set(admin.auth).send({ name: 'Escalations' }).expect(201)).body.id;
      const bad = await api.http.post('/api/sla-policies').set(manager.auth).send({ name: 'x', inboxId: messenger.id, reminderLeadMinutes: 5 }).expect(400);
      expect(bad.body.message).toMatch(/at least one target/);
      const res = await api.http.post('/api/sla-policies').set(manager.auth).send({
        name: 'Standard', inboxId: messenger.id, firstResponseMinutes: 15, nextResponseMinutes: 60, resolutionMinutes: 1440,
        reminderLeadMinutes: 1, escalatePriority: 'urgent', escalateTeamId: teamId,
      }).expect(201);
      policyId = res.body.id;
    });

    it('reminds the assignee, then breaches, notifies the manager and escalates, in that order', async () => {
      const { SlaService } = await import('../../libs/inbox/src/automation/sla/sla.service.js');
      const c = await customerWrites('psid-sla', 'Necesito ayuda');
      await settle();
      await api.http.put(`/api/conversations/${c}/assignee`).set(manager.auth).send({ assigneeId: agent.user.id }).expect(200);
      await settle();
      // The clock started 15 min minus 2 s ago: the reminder (1 min lead) is already due, the breach in 2 s.
      await db.query("UPDATE conversations SET created_at = now() - interval '14 minutes 58 seconds' WHERE id = $1", [c]);
      await db.query('DELETE FROM conversation_sla WHERE conversation_id = $1', [c]);
      const step = await worker.get(SlaService).sync(c);
      expect(step?.reminders).toEqual(['firstResponse']);
      const breach = await eventually(async () => (await q<{ created_at: Date }>(
        "SELECT created_at FROM notifications WHERE user_id = $1 AND type = 'sla_breach' AND conversation_id = $2", [manager.user.id, c]))[0], 10_000, 'the breach');
      const [reminder] = await q<{ created_at: Date }>("SELECT created_at FROM notifications WHERE user_id = $1 AND type = 'sla_reminder' AND conversation_id = $2", [agent.user.id, c]);
      expect(reminder.created_at.getTime()).toBeLessThan(breach.created_at.getTime());
      const [sla] = await q<{ clocks: { firstResponse: { dueAt: string } } }>('SELECT clocks FROM conversation_sla WHERE conversation_id = $1', [c]);
      expect(breach.created_at.getTime() - Date.parse(sla.clocks.firstResponse.dueAt)).toBeLessThan(1000);
      // The conversation's detail names the target due soonest, breached: the thread's countdown shows it.
      const detail = await api.http.get(`/api/conversations/${c}`).set(agent.auth).expect(200);
      expect(detail.body.slaDue).toEqual({ target: 'firstResponse', dueAt: new Date(sla.clocks.firstResponse.dueAt).toISOString(), breached: true });
      const events = await q<{ type: string; data: Record<string, unknown> }>(
        "SELECT type, data FROM conversation_events WHERE conversation_id = $1 AND type IN ('sla_missed', 'priority_changed', 'team_changed', 'sla_escalated') ORDER BY id", [c]);
      expect(events.map((e) => e.type)).toEqual(['sla_missed', 'priority_changed', 'team_changed', 'sla_escalated']);
      expect(events[0].data).toMatchObject({ target: 'firstResponse', outcome: 'missed', policyId, elapsedMs: 15 * MIN, businessElapsedMs: 15 * MIN });
      const [conv] = await q('SELECT priority, team_id FROM conversations WHERE id = $1', [c]);
      expect(conv).toEqual({ priority: 'urgent', team_id: teamId });
      // Repeating the breach job or the sweep changes nothing and notifies nobody again.
      await worker.get(SlaService).sync(c);
      expect(await q("SELECT 1 FROM notifications WHERE type = 'sla_breach' AND conversation_id = $1 AND user_id = $2", [c, manager.user.id])).toHaveLength(1);
      const list = await api.http.get('/api/notifications?unread=true').set(manager.auth).expect(200);
      const mine = list.body.items.find((n: { conversationId: string; type: string }) => n.conversationId === c && n.type === 'sla_breach');
      expect(mine.title).toMatch(/first response breached/);
      await api.http.post(`/api/notifications/${mine.id}/read`).set(manager.auth).expect(200);
      await api.http.post(`/api/notifications/${mine.id}/read`).set(agent.auth).expect(404);
    });

    it('records a hit with elapsed times when the agent answers in time, and a late breach job does nothing', async () => {
      const { SlaService } = await import('../../libs/inbox/src/automation/sla/sla.service.js');
      const c = await customerWrites('psid-hit', 'Hola');
      await settle();
      await api.http.post(`/api/conversations/${c}/messages`).set(agent.auth).send({ text: 'Hola, dime' }).expect(201);
      await settle();
      const [hit] = await q<{ data: Record<string, number | string> }>("SELECT data FROM conversation_events WHERE conversation_id = $1 AND type = 'sla_hit'", [c]);
      expect(hit.data).toMatchObject({ target: 'firstResponse', outcome: 'hit' });
      expect(hit.data.elapsedMs).toBeLessThan(MIN);
      const later = await worker.get(SlaService).sync(c, new Date(Date.now() + 16 * MIN));
      expect(later?.breaches).toEqual([]);
    });

    it('stops the clock while pending and moves the due time by the pause', async () => {
      const { SlaService } = await import('../../libs/inbox/src/automation/sla/sla.service.js');
      const sla = worker.get(SlaService);
      const c = await customerWrites('psid-pause', 'Hola');
      await settle();
      const [before] = await q<{ clocks: { firstResponse: { dueAt: string } } }>('SELECT clocks FROM conversation_sla WHERE conversation_id = $1', [c]);
      const due = Date.parse(before.clocks.firstResponse.dueAt);
      await api.http.put(`/api/conversations/${c}/status`).set(agent.auth).send({ status: 'pending' }).expect(200);
      await settle();
      const paused = await sla.sync(c, new Date(due + 60 * MIN)); // an hour past the old due: nothing breaches
      expect(paused).toMatchObject({ breaches: [], reminders: [], dueAt: null });
      await db.query("UPDATE conversation_sla SET paused_at = $2 WHERE conversation_id = $1", [c, new Date(due - 10 * MIN)]);
      await db.query("UPDATE conversations SET status = 'open' WHERE id = $1", [c]);
      const resumed = await sla.sync(c, new Date(due + 50 * MIN));
      expect(resumed?.dueAt?.getTime()).toBe(due + 60 * MIN); // 10 minutes were left when it paused
      expect(resumed?.breaches).toEqual([]);
    });
  });

  describe('auto-assignment', () => {
    let inbox: TestInbox;
    let agents: Session[];
    const online = async (s: Session) => {
      await db.query("UPDATE users SET availability = 'online' WHERE id = $1", [s.user.id]);
      const prefix = process.env.PARLEY_QUEUE_PREFIX;
      await redis.multi().zadd(`${prefix}:presence:user:${s.user.id}`, Date.now() + 600_000, `sock-${s.user.id}`).sadd(`${prefix}:presence:users`, s.user.id).exec();
    };

    beforeAll(async () => {
      agents = [await userSession(api, 'agent', 'Rita'), await userSession(api, 'agent', 'Sam'), await userSession(api, 'agent', 'Tom')];
      inbox = await createInbox(api, admin, { name: 'Assign', members: agents.map((a) => a.user.id) });
      await online(agents[0]);
      await online(agents[1]);
      await api.http.patch(`/api/inboxes/${inbox.id}/automation`).set(manager.auth).send({ autoAssignment: { mode: 'round_robin', capacity: 2 } }).expect(200);
    });

    it('assigns new conversations fairly to online agents, up to capacity, and the rest once someone is free', async () => {
      for (let i = 0; i < 5; i++) await receive(api, inbox, { contactId: `rr-${i}`, text: 'hola' });
      await settle();
      const load = async () => Object.fromEntries((await q<{ assignee_id: string | null; n: number }>(
        'SELECT assignee_id, count(*)::int AS n FROM conversations WHERE inbox_id = $1 GROUP BY 1', [inbox.id])).map((r) => [r.assignee_id ?? 'none', r.n]));
      expect(await load()).toEqual({ [agents[0].user.id]: 2, [agents[1].user.id]: 2, none: 1 });
      await online(agents[2]);
      await eventually(async () => (await load()).none === undefined, 10_000, 'the sweeper to assign the waiting one');
      expect((await load())[agents[2].user.id]).toBe(1);
      const n = await eventually(async () => (await q<{ title: string }>("SELECT title FROM notifications WHERE user_id = $1 AND type = 'assigned'", [agents[2].user.id]))[0], 10_000, 'the notification');
      expect(n.title).toMatch(/You were assigned/);
    });
  });

  it('notifies a colleague mentioned in a note', async () => {
    const c = await customerWrites('psid-mention', 'hola');
    await api.http.post(`/api/conversations/${c}/notes`).set(agent.auth).send({ text: '@Marta Manager can you approve the refund?' }).expect(201);
    const n = await eventually(async () => (await q<{ title: string }>("SELECT title FROM notifications WHERE user_id = $1 AND type = 'mention' AND conversation_id = $2", [manager.user.id, c]))[0], 10_000, 'the mention');
    expect(n.title).toBe('Ana Agent mentioned you in a note');
  });
});
