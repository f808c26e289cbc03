// Issue 3, outbound: replies delivered by the real worker (BullMQ 'delivery' queue, limiter 27 per 100 ms) to a fake
// Graph API for one page. (a) A burst: 6,000 pending replies inserted and their 'message.deliver' jobs queued
// the way the outbox relay queues them; sustained sends/s, the most sends the fake server saw in any 1-second
// window (Meta's limit is about 300/s per page), and the time from queueing to the platform call and to the
// 'message.updated' (sent) event at an agent's socket. (b) Replies POSTed through the api at a steady rate:
// the time from the api's answer to the 'sent' event. (c) The raw ceiling: the same reads, writes and
// platform calls from plain `pg` + http with the worker's concurrency and no limiter.
// Alone: `node bench/delivery.mjs`. Knobs: BENCH_DELIVERY_REPLIES (6000), BENCH_DELIVERY_RATE (100 replies/s
// through the api), BENCH_DELIVERY_PACED_SECONDS (10), BENCH_DELIVERY_INFLIGHT (8 replies outstanding at most), BENCH_DELIVERY_RAW (2000), BENCH_DELIVERY_BURST_SECONDS (60: the burst's
// waiting jobs are drained after it, and the figures cover what was sent), BENCH_DELIVERY_PORT (3941).
// These benches measure ingestion itself, so batches are ingested before the answer (the shipped default
// answers batches over 25 events at once and lets the worker ingest them: see WEBHOOK_ASYNC_BATCH).
const SYNC_BATCHES = { WEBHOOK_ASYNC_BATCH: '100000' };
import http from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileSync } from 'node:fs';
import { Queue } from 'bullmq';
import pg from 'pg';
import { io } from 'socket.io-client';
import { now, summarize } from './lib/measure.mjs';
import { maxInWindow } from './lib/fake-graph.mjs';
import { load, messengerBody, sign, startStack } from './lib/stack.mjs';

const PAGE_ID = '204857600000001';
const SECRET = 'bench-messenger-app-secret-0123456789';
const CONVERSATIONS = 300;
const AGENT = { email: 'agent@bench.parley.dev', password: 'bench-password-1', name: 'Bench Agent', role: 'agent' };
const f = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '–');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function redisConnection(url) {
  const u = new URL(url);
  return { host: u.hostname, port: Number(u.port || 6379), password: u.password || undefined, db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : undefined, maxRetriesPerRequest: null };
}

async function waitFor(pred, timeoutMs, stepMs = 100, progress) {
  const end = Date.now() + timeoutMs;
  let next = Date.now() + 5000;
  while (!pred()) {
    if (Date.now() > end) return false;
    if (progress && Date.now() > next) { progress(); next += 5000; }
    await sleep(stepMs);
  }
  return true;
}

/** Inserts `n` pending outgoing replies by `userId`, round robin over `conversationIds`; returns their ids. */
async function insertPending(db, inboxId, userId, conversationIds, n, tag) {
  const cids = Array.from({ length: n }, (_, i) => conversationIds[i % conversationIds.length]);
  const { rows } = await db.query(
    `INSERT INTO messages (conversation_id, inbox_id, direction, kind, sender_type, sender_user_id, text, delivery_status, sent_at)
     SELECT u.cid, $2, 'outgoing', 'text', 'user', $3, $4 || u.n, 'pending', now() FROM unnest($1::uuid[]) WITH ORDINALITY AS u(cid, n)
     RETURNING id`, [cids, inboxId, userId, `${tag} reply `]);
  return rows.map((r) => r.id);
}

export async function run({ root = join(dirname(fileURLToPath(import.meta.url)), '..'), log = console.log } = {}) {
  const env = process.env;
  const replies = Number(env.BENCH_DELIVERY_REPLIES ?? 6000);
  const pacedRate = Number(env.BENCH_DELIVERY_RATE ?? 100);
  const pacedSeconds = Number(env.BENCH_DELIVERY_PACED_SECONDS ?? 10);
  const rawCount = Number(env.BENCH_DELIVERY_RAW ?? 2000);
  const burstSeconds = Number(env.BENCH_DELIVERY_BURST_SECONDS ?? 60);
  const maxInflight = Number(env.BENCH_DELIVERY_INFLIGHT ?? 8);
  const started = now();
  const stack = await startStack({ root, name: 'delivery', log, env: SYNC_BATCHES, worker: true, graph: true, basePort: Number(env.BENCH_DELIVERY_PORT ?? 3941) });
  const results = { replies, pacedRate, pacedSeconds, rawCount, load: { start: load() } };
  let socket;
  let queue;
  let pool;
  try {
    const { request, db, graph, auth } = stack;
    const inboxId = await stack.messengerInbox('Bench page', PAGE_ID, SECRET);
    const user = await request('POST', '/api/users', { headers: auth, body: AGENT });
    if (user.status !== 201) throw new Error(`creating the agent: ${user.status} ${user.text}`);
    const members = await request('PUT', `/api/inboxes/${inboxId}/members`, { headers: auth, body: { userIds: [user.json.id] } });
    if (members.status !== 200) throw new Error(`members: ${members.status} ${members.text}`);
    const login = await request('POST', '/api/auth/login', { body: { email: AGENT.email, password: AGENT.password } });
    const agentAuth = { authorization: `Bearer ${login.json.token}` };

    // Customers who wrote in (so the 24-hour window is open), through signed webhooks.
    log(`delivery: ${CONVERSATIONS} customers write in (load ${load()})`);
    for (let b = 0; b < CONVERSATIONS / 100; b++) {
      const raw = messengerBody(PAGE_ID, Array.from({ length: 100 }, (_, i) => ({ psid: `psid-${b * 100 + i}`, mid: `m_in_${b}_${i}`, text: 'Hello, where is my order?' })));
      const res = await request('POST', `/api/webhooks/messenger/${inboxId}`, { body: raw, headers: { 'x-hub-signature-256': sign(SECRET, raw) } });
      if (res.status !== 200 || res.json.stored !== 100) throw new Error(`seeding webhook: ${res.status} ${res.text}`);
    }
    const conversationIds = (await db.query('SELECT id FROM conversations WHERE inbox_id = $1 ORDER BY id', [inboxId])).rows.map((r) => r.id);
    await waitFor(() => graph.profiles >= CONVERSATIONS, 30_000); // the worker's profile lookups settle first

    // The agent's screen: 'message.updated' with deliveryStatus 'sent'.
    const sentAt = new Map();
    socket = io(stack.apis[0].url, { path: '/socket.io', transports: ['websocket'], auth: { token: login.json.token }, forceNew: true, reconnection: false });
    await new Promise((resolve, reject) => { socket.once('connect', resolve); socket.once('connect_error', reject); });
    socket.on('message.updated', ({ message }) => { if (message.deliveryStatus === 'sent' && !sentAt.has(message.id)) sentAt.set(message.id, now()); });
    // Ticks go to the agents with the thread open: this agent has every one of them open (as tabs would).
    for (const conversationId of conversationIds) {
      const ack = await socket.timeout(5000).emitWithAck('conversation.view', { conversationId });
      if (!ack?.ok) throw new Error(`conversation.view ${conversationId} refused`);
    }
    const sendOf = new Map();
    graph.onSend = (s) => { if (s.metadata && !sendOf.has(s.metadata)) sendOf.set(s.metadata, s.t); };

    // (a) The burst.
    log(`delivery: burst of ${replies} queued replies (load ${load()})`);
    const loadA = load();
    const ids = await insertPending(db, inboxId, user.json.id, conversationIds, replies, 'Burst');
    queue = new Queue('delivery', { connection: redisConnection(stack.redisUrl), prefix: stack.prefix });
    const queuedAt = new Map();
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      await queue.addBulk(chunk.map((messageId) => ({
        name: 'message.deliver', data: { messageId },
        opts: { jobId: `deliver-${messageId}`, attempts: 8, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: 1000, removeOnFail: 5000 },
      })));
      const t = now();
      for (const id of chunk) queuedAt.set(id, t);
    }
    const drained = await waitFor(() => ids.every((id) => sentAt.has(id)), burstSeconds * 1000, 200,
      () => log(`  … ${ids.filter((id) => sendOf.has(id)).length} sent to the platform, ${ids.filter((id) => sentAt.has(id)).length} 'sent' events (load ${load()})`));
    if (!drained) {
      // Out of time: drop the waiting jobs, let the active ones finish, report what went out.
      await queue.drain(true);
      await waitFor(() => false, 3000);
      log(`  burst cut at ${burstSeconds} s: ${ids.filter((id) => sendOf.has(id)).length} of ${replies} sent`);
    }
    await sleep(500);
    const burstSends = ids.map((id) => sendOf.get(id)).filter((t) => t !== undefined).sort((a, b) => a - b);
    const allSendsDuringBurst = graph.sends.filter((s) => s.t >= burstSends[0] && s.t <= burstSends.at(-1)).length;
    const statuses = Object.fromEntries((await db.query(
      `SELECT delivery_status AS s, count(*)::int AS n FROM messages WHERE id = ANY($1::uuid[]) GROUP BY 1`, [ids])).rows.map((r) => [r.s, r.n]));
    results.burst = {
      drained, burstSeconds, sent: burstSends.length, statuses, graphRequests: allSendsDuringBurst,
      sendsPerSec: ((burstSends.length - 1) / (burstSends.at(-1) - burstSends[0])) * 1000,
      maxIn1s: maxInWindow(graph.sends.map((s) => s.t)),
      queueToPlatform: summarize(ids.filter((id) => sendOf.has(id)).map((id) => sendOf.get(id) - queuedAt.get(id))),
      queueToSentEvent: summarize(ids.filter((id) => sentAt.has(id)).map((id) => sentAt.get(id) - queuedAt.get(id))),
      platformToSentEvent: summarize(ids.filter((id) => sentAt.has(id) && sendOf.has(id)).map((id) => sentAt.get(id) - sendOf.get(id))),
      load: `${loadA} → ${load()}`,
    };

    // (b) Replies through the api at a steady rate, open loop.
    log(`delivery: ${pacedRate} replies/s through the api for ${pacedSeconds} s (load ${load()})`);
    const loadB = load();
    const paced = [];
    const errors = [];
    const inflight = [];
    const t0 = now();
    const total = pacedRate * pacedSeconds;
    let outstanding = 0;
    let skipped = 0;
    for (let k = 0; k < total;) {
      const due = Math.min(total, Math.floor(((now() - t0) / 1000) * pacedRate) + 1);
      for (; k < due; k++) {
        // At most `maxInflight` replies outstanding (see BENCH_DELIVERY_INFLIGHT): past the api's pool size
        // the reply path deadlocks (ReplyPolicy reads outside the open transaction; see BENCHMARKS.md).
        if (outstanding >= maxInflight) { skipped++; continue; }
        outstanding++;
        const cid = conversationIds[k % conversationIds.length];
        const t = now();
        inflight.push(request('POST', `/api/conversations/${cid}/messages`, { headers: agentAuth, body: { text: `Paced reply ${k}` } }).then((res) => {
          if (res.status !== 201) return void errors.push(`${res.status} ${res.text.slice(0, 200)}`);
          paced.push({ id: res.json.message.id, posted: t, answered: now() });
        }, (e) => errors.push(e.message)).finally(() => { outstanding--; }));
      }
      await sleep(2);
    }
    await Promise.all(inflight);
    const postWall = now() - t0;
    await waitFor(() => paced.every((p) => sentAt.has(p.id)), 60_000, 200,
      () => log(`  … ${paced.filter((p) => sendOf.has(p.id)).length}/${paced.length} sent to the platform, ${paced.filter((p) => sentAt.has(p.id)).length} 'sent' events`));
    const pacedSends = paced.map((p) => sendOf.get(p.id)).filter((t) => t !== undefined);
    results.paced = {
      offered: total, skipped, maxInflight, answered: paced.length, errors: errors.length, firstError: errors[0],
      achievedRate: (paced.length / postWall) * 1000,
      post: summarize(paced.map((p) => p.answered - p.posted)),
      answerToPlatform: summarize(paced.filter((p) => sendOf.has(p.id)).map((p) => sendOf.get(p.id) - p.answered)),
      answerToSentEvent: summarize(paced.filter((p) => sentAt.has(p.id)).map((p) => sentAt.get(p.id) - p.answered)),
      sent: paced.filter((p) => sentAt.has(p.id)).length,
      maxIn1s: maxInWindow(pacedSends),
      load: `${loadB} → ${load()}`,
    };

    // (c) The ceiling: the worker's reads, writes and platform call from pg + http, 50 at a time, no limiter.
    log(`delivery: raw pg + http ceiling on ${rawCount} replies (load ${load()})`);
    const loadC = load();
    const rawIds = await insertPending(db, inboxId, user.json.id, conversationIds, rawCount, 'Raw');
    pool = new pg.Pool({ connectionString: stack.databaseUrl, max: 20 }); // the worker's pool size
    const agent = new http.Agent({ keepAlive: true, maxSockets: 50 });
    const graphUrl = new URL(graph.url);
    const callGraph = (body) => new Promise((resolve, reject) => {
      const payload = Buffer.from(JSON.stringify(body));
      const req = http.request({ agent, host: graphUrl.hostname, port: graphUrl.port, method: 'POST', path: `/v21.0/${PAGE_ID}/messages?access_token=x`,
        headers: { 'content-type': 'application/json', 'content-length': payload.length } }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
      });
      req.on('error', reject);
      req.end(payload);
    });
    const q = [...rawIds];
    const rawStart = now();
    const deliverRaw = async (id) => {
      const { rows: [m] } = await pool.query('SELECT * FROM messages WHERE id = $1', [id]);
      const { rows: [t] } = await pool.query(
        `SELECT i.channel, i.platform_account_id, i.access_token, ct.platform_id AS recipient_id, c.last_incoming_at,
                (SELECT r.platform_message_id FROM messages r WHERE r.id = $2) AS reply_to_platform_id
         FROM conversations c JOIN inboxes i ON i.id = c.inbox_id JOIN contacts ct ON ct.id = c.contact_id WHERE c.id = $1`, [m.conversation_id, m.reply_to_id]);
      await pool.query('UPDATE messages SET send_started_at = now(), delivery_attempts = delivery_attempts + 1 WHERE id = $1', [id]);
      const sent = await callGraph({ recipient: { id: t.recipient_id }, messaging_type: 'RESPONSE', message: { text: m.text, metadata: id } });
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        await c.query(`DELETE FROM messages WHERE inbox_id = $1 AND platform_message_id = $2 AND sender_type = 'page' AND id <> $3`, [m.inbox_id, sent.message_id, id]);
        const { rows: [u] } = await c.query(`UPDATE messages SET delivery_status = 'sent', platform_message_id = $2, send_started_at = NULL
                                             WHERE id = $1 AND delivery_status = 'pending' RETURNING *`, [id, sent.message_id]);
        await c.query(`INSERT INTO outbox (kind, name, payload, options) VALUES ('realtime', 'message.updated', $1, $2)`,
          [JSON.stringify({ message: { id: u.id, conversationId: u.conversation_id, deliveryStatus: 'sent', platformMessageId: u.platform_message_id } }), JSON.stringify({ audiences: [{ conversationId: u.conversation_id }] })]);
        await c.query('COMMIT');
      } catch (error) {
        await c.query('ROLLBACK');
        throw error;
      } finally {
        c.release();
      }
    };
    await Promise.all(Array.from({ length: 50 }, async () => { for (let id = q.shift(); id; id = q.shift()) await deliverRaw(id); }));
    const rawWall = now() - rawStart;
    const rawSends = rawIds.map((id) => sendOf.get(id)).filter((t) => t !== undefined);
    results.raw = { sent: rawSends.length, sendsPerSec: (rawSends.length / rawWall) * 1000, maxIn1s: maxInWindow(rawSends), load: `${loadC} → ${load()}` };

    results.memory = { api: stack.apis[0].memory(), worker: stack.worker.memory() };
    results.load.end = load();
    results.elapsed = (now() - started) / 1000;
    writeFileSync(join(stack.work, 'results.json'), JSON.stringify(results, null, 2));
    printDelivery(results);
    return results;
  } finally {
    socket?.disconnect();
    await queue?.close();
    await pool?.end();
    await stack.close();
  }
}

export function printDelivery(r) {
  const b = r.burst;
  const p = r.paced;
  const out = ['', 'Delivery (issue 3): the real worker (limiter 27 per 100 ms, concurrency 50) → fake Graph API, one page'];
  out.push(`   (a) burst of ${r.replies} queued replies: ${b.sent} sent${b.drained ? '' : ` (cut at ${b.burstSeconds} s: the rest were still queued)`}, statuses ${JSON.stringify(b.statuses)}`);
  out.push(`       sustained ${f(b.sendsPerSec, 0)} sends/s; most in any 1-s window ${b.maxIn1s} (limit 300: ${b.maxIn1s <= 300 ? 'never exceeded' : 'EXCEEDED'}; target 300/s sustained: ${b.sendsPerSec >= 300 ? 'met' : 'MISSED'})`);
  out.push(`       queued → platform call p50 ${f(b.queueToPlatform.p50 / 1000, 2)} s, p99 ${f(b.queueToPlatform.p99 / 1000, 2)} s; queued → 'sent' at the agent's socket p50 ${f(b.queueToSentEvent.p50 / 1000, 2)} s, p99 ${f(b.queueToSentEvent.p99 / 1000, 2)} s (queueing: ${r.replies} replies at once)`);
  out.push(`       platform answer → 'sent' event p50 ${f(b.platformToSentEvent.p50)} ms, p99 ${f(b.platformToSentEvent.p99)} ms; load ${b.load}`);
  out.push(`   (b) replies POSTed through the api at ${r.pacedRate}/s offered for ${r.pacedSeconds} s: ${p.answered}/${p.offered} answered (${f(p.achievedRate, 0)}/s; at most ${p.maxInflight} in flight, ${p.skipped} skipped), ${p.errors} errors${p.firstError ? ` (${p.firstError})` : ''}, ${p.sent} sent`);
  out.push(`       POST answer p50 ${f(p.post.p50)} ms, p99 ${f(p.post.p99)} ms; answer → platform call p50 ${f(p.answerToPlatform.p50)} ms, p99 ${f(p.answerToPlatform.p99)} ms; answer → 'sent' event p50 ${f(p.answerToSentEvent.p50)} ms, p99 ${f(p.answerToSentEvent.p99)} ms; most in 1 s ${p.maxIn1s}; load ${p.load}`);
  out.push(`   (c) raw pg + http, the same reads/writes/platform call, 50 concurrent, pool 20, no limiter: ${f(r.raw.sendsPerSec, 0)} sends/s (${r.raw.sent} sent; most in 1 s ${r.raw.maxIn1s}); load ${r.raw.load}`);
  out.push(`   RSS api ${f(r.memory.api.rssMb, 0)} MB, worker ${f(r.memory.worker.rssMb, 0)} MB (peak ${f(r.memory.worker.peakMb, 0)} MB); ${f(r.elapsed, 0)} s`, '');
  console.log(out.join('\n'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const t0 = performance.now();
  await run({ log: (m) => console.log(`[delivery ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${m}`) });
}
