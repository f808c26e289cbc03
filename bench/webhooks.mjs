// Issue 3, inbound: signed Messenger webhooks in batches of 1, 10 and 100 events per POST through the real
// api, beside raw `pg` writing the same rows (contact upsert, conversation upsert, message insert,
// conversation update; one transaction per event) with the same senders and the same per-request
// parallelism; then the answer time of one batch of 1,000 events (Meta's limit is 5 s).
// Alone: `node bench/webhooks.mjs`. Knobs: BENCH_WEBHOOK_SECONDS (12), BENCH_WEBHOOK_SENDERS (8),
// BENCH_WEBHOOK_PORT (3931).
// These benches measure ingestion itself, so batches are ingested before the answer (the shipped default
// answers batches over 25 events at once and lets the worker ingest them: see WEBHOOK_ASYNC_BATCH).
const SYNC_BATCHES = { WEBHOOK_ASYNC_BATCH: '100000' };
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileSync } from 'node:fs';
import pg from 'pg';
import { now, summarize } from './lib/measure.mjs';
import { load, messengerBody, sign, startStack } from './lib/stack.mjs';

const PAGE_ID = '104857600000001';
const RAW_PAGE_ID = '104857600000002';
const SECRET = 'bench-messenger-app-secret-0123456789';
const CUSTOMERS = 300; // per sender: batches mix new and returning customers
const APP_PARALLEL = 8; // WebhookService ingests up to 8 customers of one request side by side
const f = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '–');

const RAW_EVENT_SQL = {
  contact: `INSERT INTO contacts (inbox_id, platform_id) VALUES ($1, $2)
            ON CONFLICT (inbox_id, platform_id) DO UPDATE SET updated_at = now() RETURNING id`,
  conversation: `INSERT INTO conversations (inbox_id, contact_id, last_message_at) VALUES ($1, $2, $3)
                 ON CONFLICT (inbox_id, contact_id) DO UPDATE SET updated_at = now() RETURNING id`,
  message: `INSERT INTO messages (conversation_id, inbox_id, direction, kind, sender_type, text, platform_message_id, sent_at)
            VALUES ($1, $2, 'incoming', 'text', 'contact', $3, $4, $5)
            ON CONFLICT (inbox_id, platform_message_id) WHERE platform_message_id IS NOT NULL DO NOTHING`,
  update: `UPDATE conversations SET last_message_at = greatest(last_message_at, $2), last_incoming_at = greatest(last_incoming_at, $2),
             waiting_since = CASE WHEN last_reply_at >= $2 THEN waiting_since ELSE least(waiting_since, $2) END,
             status = 'open', snoozed_until = NULL, resolved_at = NULL, unread_count = unread_count + 1,
             snippet = left($3, 140), version = version + 1, updated_at = now()
           WHERE id = $1`,
};

/** The ceiling for one event: the same rows in one transaction, 6 round trips. */
async function rawEvent(pool, inboxId, e) {
  const c = await pool.connect();
  const at = new Date();
  try {
    await c.query('BEGIN');
    const { rows: [ct] } = await c.query(RAW_EVENT_SQL.contact, [inboxId, e.psid]);
    const { rows: [cv] } = await c.query(RAW_EVENT_SQL.conversation, [inboxId, ct.id, at]);
    const { rowCount } = await c.query(RAW_EVENT_SQL.message, [cv.id, inboxId, e.text, e.mid, at]);
    if (rowCount !== 1) throw new Error('raw insert stored nothing');
    await c.query(RAW_EVENT_SQL.update, [cv.id, at, e.text]);
    await c.query('COMMIT');
  } catch (error) {
    await c.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    c.release();
  }
}

/** A request's events through `pool`, `parallel` at a time (as the app does per request). */
async function rawBatch(pool, inboxId, events, parallel = APP_PARALLEL) {
  const queue = [...events];
  const worker = async () => { for (let e = queue.shift(); e; e = queue.shift()) await rawEvent(pool, inboxId, e); };
  await Promise.all(Array.from({ length: Math.min(parallel, events.length) }, worker));
}

/**
 * `senders` loops post back to back for `seconds` (a request in flight at the end is finished and counted);
 * events/s = events answered / wall time from the first start to the last answer, so long batches are not
 * over- or under-counted.
 */
async function batchLoop({ senders, seconds, batch, once }) {
  const latencies = [];
  let errors = 0;
  let firstError;
  const t0 = now();
  const end = t0 + seconds * 1000;
  await Promise.all(Array.from({ length: senders }, async (_, w) => {
    for (let k = 0; now() < end; k++) {
      const t = now();
      try {
        await once(w, k);
        latencies.push(now() - t);
      } catch (error) {
        errors++;
        firstError ??= error;
      }
    }
  }));
  const wall = now() - t0;
  return { ...summarize(latencies), eventsPerSec: (latencies.length * batch) / (wall / 1000), wallSeconds: wall / 1000, errors, firstError };
}

const events = (tag, batch, w, k) => Array.from({ length: batch }, (_, i) => ({
  psid: `${tag}-${batch}-${w}-${(k * batch + i) % CUSTOMERS}`,
  mid: `m_${tag}-${batch}-${w}-${k}-${i}`,
  text: `Order ${w}-${k}-${i}: has it shipped? 📦`,
}));

export async function run({ root = join(dirname(fileURLToPath(import.meta.url)), '..'), log = console.log } = {}) {
  const env = process.env;
  const seconds = Number(env.BENCH_WEBHOOK_SECONDS ?? 12);
  const senders = Number(env.BENCH_WEBHOOK_SENDERS ?? 8);
  const started = now();
  const stack = await startStack({ root, name: 'webhooks', log, env: SYNC_BATCHES, basePort: Number(env.BENCH_WEBHOOK_PORT ?? 3931) });
  const results = { seconds, senders, batches: [], big: {}, load: { start: load() } };
  let pool;
  try {
    const { request, db } = stack;
    const inboxId = await stack.messengerInbox('Bench page', PAGE_ID, SECRET);
    const rawInbox = (await db.query(
      `INSERT INTO inboxes (name, channel, platform_account_id, app_secret, has_app_secret) VALUES ('Raw ceiling', 'messenger', $1, $2, true) RETURNING id`,
      [RAW_PAGE_ID, SECRET])).rows[0].id;
    pool = new pg.Pool({ connectionString: stack.databaseUrl, max: 20 }); // the api's pool size (DB_POOL_SIZE default)
    const path = `/api/webhooks/messenger/${inboxId}`;
    const post = async (evs) => {
      const raw = messengerBody(PAGE_ID, evs);
      const res = await request('POST', path, { body: raw, headers: { 'x-hub-signature-256': sign(SECRET, raw) } });
      if (res.status !== 200 || res.json?.stored !== evs.length) throw new Error(`webhook answered ${res.status} ${res.text.slice(0, 300)}`);
    };

    for (const batch of [1, 10, 100]) {
      log(`webhooks: batches of ${batch}, ${senders} senders × ${seconds} s, api then raw pg (load ${load()})`);
      const loadBefore = load();
      await post(events('warm', batch, 0, 0)); // warm-up: the first request of a size compiles and caches
      await rawBatch(pool, rawInbox, events('rawwarm', batch, 0, 0));
      const api = await batchLoop({ senders, seconds, batch, once: (w, k) => post(events('api', batch, w, k)) });
      const raw = await batchLoop({ senders, seconds, batch, once: (w, k) => rawBatch(pool, rawInbox, events('raw', batch, w, k)) });
      if (api.firstError) log(`  api errors: ${api.errors}, first: ${api.firstError.message}`);
      if (raw.firstError) log(`  raw errors: ${raw.errors}, first: ${raw.firstError.message}`);
      results.batches.push({ batch, api, raw, load: `${loadBefore} → ${load()}` });
    }

    // One batch of 1,000 events: new customers, then the same customers again, then new ones.
    log(`webhooks: 1,000-event batches (load ${load()})`);
    const big = (tag, round) => Array.from({ length: 1000 }, (_, i) => ({ psid: `${tag}-big-${round}-${i}`, mid: `m_${tag}-big-${Date.now()}-${i}`, text: `Big batch event ${i}` }));
    const timed = async (fn) => { const t = now(); await fn(); return now() - t; };
    results.big.api = [
      { what: '1,000 new customers', ms: await timed(() => post(big('api', 1))) },
      { what: 'the same 1,000 customers again', ms: await timed(() => post(big('api', 1))) },
      { what: '1,000 new customers', ms: await timed(() => post(big('api', 2))) },
    ];
    results.big.raw = [
      { what: '1,000 new customers', ms: await timed(() => rawBatch(pool, rawInbox, big('raw', 1))) },
      { what: 'the same 1,000 customers again', ms: await timed(() => rawBatch(pool, rawInbox, big('raw', 1))) },
      { what: '1,000 new customers', ms: await timed(() => rawBatch(pool, rawInbox, big('raw', 2))) },
    ];
    const stored = (await db.query('SELECT count(*)::int AS n FROM messages WHERE inbox_id = $1', [inboxId])).rows[0].n;
    const answered = results.batches.reduce((sum, b) => sum + (b.api.n + 1) * b.batch, 0) + 3000;
    results.stored = { messages: stored, answered }; // every answered event is stored exactly once
    if (stored !== answered) log(`webhooks: ${answered} events answered but ${stored} messages stored`);
    results.memory = { api: stack.apis[0].memory() };
    results.load.end = load();
    results.elapsed = (now() - started) / 1000;
    writeFileSync(join(stack.work, 'results.json'), JSON.stringify(results, (k, v) => (k === 'firstError' ? v?.message : v), 2));
    printWebhooks(results);
    return results;
  } finally {
    await pool?.end();
    await stack.close();
  }
}

export function printWebhooks(r) {
  const out = ['', `Webhooks (issue 3): signed Messenger batches, ${r.senders} concurrent senders, ${r.seconds} s per side; `
    + 'raw = pg, same rows, one transaction per event, same senders and per-request parallelism (8), pool 20'];
  out.push('   batch |  api ev/s   p50 ms   p99 ms  reqs errs |  raw ev/s   p50 ms   p99 ms | api/raw | load (1/5/15 min)');
  for (const b of r.batches) {
    out.push(`   ${String(b.batch).padStart(5)} | ${f(b.api.eventsPerSec, 0).padStart(8)} ${f(b.api.p50).padStart(8)} ${f(b.api.p99).padStart(8)} ${String(b.api.n).padStart(5)} ${String(b.api.errors).padStart(4)} `
      + `| ${f(b.raw.eventsPerSec, 0).padStart(8)} ${f(b.raw.p50).padStart(8)} ${f(b.raw.p99).padStart(8)} | ${f(b.api.eventsPerSec / b.raw.eventsPerSec, 2).padStart(6)}x | ${b.load}`);
  }
  out.push('   one batch of 1,000 events (Meta allows 5 s):');
  r.big.api.forEach((a, i) => out.push(`     ${a.what.padEnd(32)} api ${f(a.ms, 0).padStart(6)} ms (${a.ms < 5000 ? 'within 5 s' : 'OVER 5 s'})   raw pg ${f(r.big.raw[i].ms, 0).padStart(6)} ms`));
  out.push(`   stored: ${r.stored.messages} messages for ${r.stored.answered} answered events`);
  out.push(`   api RSS ${f(r.memory.api.rssMb, 0)} MB (peak ${f(r.memory.api.peakMb, 0)} MB); load ${r.load.start} → ${r.load.end}; ${f(r.elapsed, 0)} s`, '');
  console.log(out.join('\n'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const t0 = performance.now();
  await run({ log: (m) => console.log(`[webhooks ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${m}`) });
}
