// Automation bench (`npm run bench` calls it last; `node bench/automation.mjs` runs it alone): the real worker
// process against its own database. (1) 10,000 conversations under an SLA policy: how late reminders and
// breaches fire after their due time. (2) Customer messages written at 200/s exactly as ingestion writes them
// (message + outbox job), with a keyword rule: how long until the auto-reply is decided, and whether the
// worker keeps up. See BENCHMARKS.md.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import pg from 'pg';
import { prepareBuild } from './lib/api-process.mjs';
import { prepareWorkerBuild, startWorker } from './lib/worker-process.mjs';
import { createDatabase, dropDatabase, migrate, withDatabase } from './lib/database.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = process.env;
const N = Number(env.BENCH_SLA_CONVERSATIONS ?? 10_000);
const RATE = Number(env.BENCH_AUTOREPLY_RATE ?? 200);
const SECONDS = Number(env.BENCH_AUTOREPLY_SECONDS ?? 20);
const LEAD_S = 60;
// Worker processes side by side (jobs are keyed and steps guarded, so more than one is safe).
const WORKERS = Number(env.BENCH_WORKERS ?? 1);
// Starting the clocks runs at roughly 80 conversations/s on a loaded 2-core box (each start is a
// conversation.changed job): due times start after that, with room to spare so the reminders never overlap it.
const OFFSET_MS = Math.max(90_000, N * 25);
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN; };
const fmt = (xs) => `p50 ${pct(xs, 50).toFixed(0)} ms, p99 ${pct(xs, 99).toFixed(0)} ms, max ${Math.max(...xs).toFixed(0)} ms (n=${xs.length})`;

export async function runAutomationBench(o = {}) {
  const log = o.log ?? ((m) => console.log(`[automation bench] ${m}`));
  const server = o.server ?? env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const redisUrl = o.redisUrl ?? env.REDIS_URL ?? 'redis://127.0.0.1:6379/7';
  const work = join(root, '.tmp/bench-automation');
  mkdirSync(work, { recursive: true });
  const apiBuild = prepareBuild(root, join(work, 'api'), log); // for the migrate CLI
  const worker = prepareWorkerBuild(root, join(work, 'worker'), log);
  const database = `parley_bench_automation_${Date.now()}`;
  await createDatabase(server, database);
  const url = withDatabase(server, database);
  let workers = [];
  const db = new pg.Client({ connectionString: url });
  try {
    log(migrate(apiBuild, url));
    await db.connect();
    const { inboxId, apiInbox } = await setup(db);
    const prefix = `parley-bench-${Date.now()}`;
    const workerEnv = { DATABASE_URL: url, REDIS_URL: redisUrl, PARLEY_QUEUE_PREFIX: prefix, AUTOMATION_SWEEP_MS: '5000' };
    workers = await Promise.all(Array.from({ length: WORKERS }, (_, i) => startWorker(worker, workerEnv, join(work, `worker-${i + 1}.log`))));
    log(`${WORKERS} worker process${WORKERS > 1 ? 'es' : ''}`);

    // (1) SLA: due times spread over 30 s starting OFFSET_MS from now, reminders a minute before each.
    const t0 = Date.now();
    log(`seeding ${N} conversations under an SLA policy`);
    await db.query(`
      WITH c AS (INSERT INTO contacts (inbox_id, platform_id, name) SELECT $1, 'sla-' || g, 'Customer ' || g FROM generate_series(1, $2) g RETURNING id, platform_id)
      INSERT INTO conversations (inbox_id, contact_id, created_at, last_message_at, last_incoming_at, waiting_since)
      SELECT $1, c.id, to_timestamp(($3::bigint + $4::bigint + (split_part(c.platform_id, '-', 2)::int * 30000.0 / $2) - 15 * 60000) / 1000.0), now(), now(), now() FROM c`,
      [inboxId, N, t0, OFFSET_MS]);
    await db.query(`INSERT INTO outbox (kind, name, payload, options)
      SELECT 'job', 'conversation.changed', jsonb_build_object('conversationId', id, 'version', '1', 'types', '[]'::jsonb, 'actorId', null),
             jsonb_build_object('jobId', 'bench-start-' || id) FROM conversations WHERE inbox_id = $1`, [inboxId]);
    await waitFor(db, `SELECT count(*)::int AS n FROM conversation_sla`, N, OFFSET_MS, [], 1000);
    log(`clocks started for ${N} conversations in ${((Date.now() - t0) / 1000).toFixed(1)} s; waiting for reminders and breaches`);
    // Lateness comes from the rows' own timestamps, so a slow poll costs the measured worker nothing.
    await waitFor(db, "SELECT count(*)::int AS n FROM notifications WHERE type = 'sla_breach'", N, OFFSET_MS + 120_000, [], 1000);
    const lateness = async (type, leadMs) => (await db.query(
      `SELECT extract(epoch FROM n.created_at - ((n.data->>'dueAt')::timestamptz - make_interval(secs => $2))) * 1000 AS ms
       FROM notifications n WHERE n.type = $1`, [type, leadMs / 1000])).rows.map((r) => Number(r.ms));
    const reminders = await lateness('sla_reminder', LEAD_S * 1000);
    const breaches = await lateness('sla_breach', 0);
    const escalated = (await db.query("SELECT count(*)::int AS n FROM conversations WHERE inbox_id = $1 AND priority = 'urgent'", [inboxId])).rows[0].n;
    log(`reminders late by ${fmt(reminders)}`);
    log(`breaches late by ${fmt(breaches)}; escalated ${escalated}`);
    // The escalations leave thousands of follow-up jobs; phase 2 measures evaluation, not that backlog.
    const idleAfter = await waitForIdle(db, worker, redisUrl, prefix);
    log(`worker idle again ${(idleAfter / 1000).toFixed(1)} s after the last breach`);

    // (2) auto-reply evaluation at RATE messages/s for SECONDS s, written the way ingestion writes them.
    log(`writing ${RATE} customer messages/s for ${SECONDS} s`);
    const contacts = (await db.query(`WITH c AS (INSERT INTO contacts (inbox_id, platform_id) SELECT $1, 'ar-' || g FROM generate_series(1, 2000) g RETURNING id)
      INSERT INTO conversations (inbox_id, contact_id) SELECT $1, id FROM c RETURNING id`, [apiInbox])).rows.map((r) => r.id);
    const start = Date.now();
    let sent = 0;
    for (let tick = 0; tick < SECONDS * 10; tick++) {
      const batch = RATE / 10;
      const ids = Array.from({ length: batch }, (_, i) => contacts[(sent + i) % contacts.length]);
      sent += batch;
      await db.query(`WITH m AS (
          INSERT INTO messages (conversation_id, inbox_id, direction, kind, sender_type, text, platform_message_id, sent_at)
          SELECT cid, $2, 'incoming', 'text', 'contact', '¿Cuál es el precio del envío?', 'bench-' || gen_random_uuid(), now() FROM unnest($1::uuid[]) cid RETURNING id, conversation_id)
        INSERT INTO outbox (kind, name, payload, options)
        SELECT 'job', 'automation.evaluate', jsonb_build_object('conversationId', conversation_id, 'messageId', id), jsonb_build_object('jobId', 'evaluate-' || id) FROM m`,
      [ids, apiInbox]);
      const next = start + (tick + 1) * 100;
      if (next > Date.now()) await new Promise((r) => setTimeout(r, next - Date.now()));
    }
    const writeSeconds = (Date.now() - start) / 1000;
    // Only this inbox has rules, so every automation_replies row is one of these answers (a plain count is cheap to poll).
    await waitFor(db, 'SELECT count(*)::int AS n FROM automation_replies', sent, 120_000);
    const drainSeconds = (Date.now() - start) / 1000;
    const lag = (await db.query(`SELECT extract(epoch FROM ar.created_at - m.created_at) * 1000 AS ms FROM automation_replies ar JOIN messages m ON m.id = ar.source_message_id WHERE m.inbox_id = $1`, [apiInbox])).rows.map((r) => Number(r.ms));
    log(`${sent} messages written in ${writeSeconds.toFixed(1)} s (${(sent / writeSeconds).toFixed(0)}/s); all answered after ${drainSeconds.toFixed(1)} s`);
    log(`message → auto-reply decided: ${fmt(lag)}`);
    return { reminders, breaches, escalated, autoReply: { sent, writeSeconds, drainSeconds, lag } };
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
    await db.end().catch(() => {});
    await dropDatabase(server, database).catch(() => {});
  }
}

async function setup(db) {
  const q = async (sql, p = []) => (await db.query(sql, p)).rows[0];
  const manager = await q(`INSERT INTO users (email, name, password_hash, role) VALUES ('m@bench.dev', 'Manager', 'x', 'manager') RETURNING id`);
  const agent = await q(`INSERT INTO users (email, name, password_hash, role) VALUES ('a@bench.dev', 'Agent', 'x', 'agent') RETURNING id`);
  const inbox = await q(`INSERT INTO inboxes (name, channel) VALUES ('SLA bench', 'api') RETURNING id`);
  const apiInbox = await q(`INSERT INTO inboxes (name, channel) VALUES ('Auto-reply bench', 'api') RETURNING id`);
  for (const i of [inbox.id, apiInbox.id]) await db.query('INSERT INTO inbox_members (inbox_id, user_id) VALUES ($1, $2)', [i, agent.id]);
  await db.query(`INSERT INTO sla_policies (name, inbox_id, first_response_minutes, reminder_lead_minutes, escalate_priority) VALUES ('Bench', $1, 15, $2, 'urgent')`, [inbox.id, LEAD_S / 60]);
  await db.query(`INSERT INTO auto_reply_rules (inbox_id, position, trigger, keywords, body) VALUES ($1, 0, 'keyword', '["precio"]', 'Los precios están en la web.')`, [apiInbox.id]);
  return { inboxId: inbox.id, apiInbox: apiInbox.id, managerId: manager.id };
}

/** Waits until the outbox is empty and no queue has jobs waiting or running; returns how long that took. */
async function waitForIdle(db, workerBuild, redisUrl, prefix) {
  const { JOB_QUEUES } = await import(join(workerBuild, 'libs/contracts/src/jobs.js'));
  const u = new URL(redisUrl);
  const connection = { host: u.hostname, port: Number(u.port || 6379), db: Number(u.pathname.slice(1) || 0) };
  const queues = [...new Set(Object.values(JOB_QUEUES))].map((name) => new Queue(name, { connection, prefix }));
  const t0 = Date.now();
  try {
    for (;;) {
      const counts = await Promise.all(queues.map((q) => q.getJobCounts('wait', 'active', 'prioritized')));
      const busy = counts.reduce((n, c) => n + c.wait + c.active + c.prioritized, 0);
      const { n } = (await db.query('SELECT count(*)::int AS n FROM outbox')).rows[0];
      if (busy === 0 && n === 0) return Date.now() - t0;
      if (Date.now() - t0 > 300_000) throw new Error(`worker still busy after 300 s (${busy} jobs, ${n} outbox rows)`);
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    await Promise.all(queues.map((q) => q.close()));
  }
}

async function waitFor(db, sql, target, timeoutMs, params = [], everyMs = 200) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const { n } = (await db.query(sql, params)).rows[0];
    if (n >= target) return;
    if (Date.now() > until) throw new Error(`timed out: ${sql} = ${n}, wanted ${target}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await runAutomationBench();
  console.log(JSON.stringify({ reminderP99: pct(r.reminders, 99), breachP99: pct(r.breaches, 99), autoReplyLagP99: pct(r.autoReply.lag, 99) }));
}
