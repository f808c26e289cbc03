// Issue 5: 1,000 agent sockets spread over two api processes (one worker, one Redis), incoming Messenger
// messages posted as signed webhooks to process 1 at 200/s; the time from the webhook's 200 to the
// 'message.created' event at the subscribed clients, and the api memory per connected socket. Two shapes:
// (A) 10 inboxes of 100 agents, messages spread over them (each socket gets 1/10 of the traffic);
// (B) one inbox all 1,000 agents belong to (every socket gets every message: 200 × 1,000 deliveries/s).
// Beside it, raw socket.io: two bare socket.io servers on the same Redis adapter, the same 1,000 clients and
// rooms, the same payloads emitted through @socket.io/redis-emitter at the same rate (emit → arrival).
// Alone: `node bench/realtime.mjs`. Knobs: BENCH_RT_SOCKETS (1000), BENCH_RT_RATE (200), BENCH_RT_SECONDS (20,
// shape A), BENCH_RT_FANOUT_SECONDS (10, shape B), BENCH_RT_PORT (3951: api 1 and 2; +10, +11 raw servers).
// These benches measure ingestion itself, so batches are ingested before the answer (the shipped default
// answers batches over 25 events at once and lets the worker ingest them: see WEBHOOK_ASYNC_BATCH).
const SYNC_BATCHES = { WEBHOOK_ASYNC_BATCH: '100000' };
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSync, readFileSync, writeFileSync } from 'node:fs';
import { Emitter } from '@socket.io/redis-emitter';
import { Redis } from 'ioredis';
import { io } from 'socket.io-client';
import { procMemory } from './lib/api-process.mjs';
import { now, summarize } from './lib/measure.mjs';
import { load, messengerBody, sign, startStack } from './lib/stack.mjs';

const SECRET = 'bench-messenger-app-secret-0123456789';
const GROUPS = 10;
const MAX_INFLIGHT = 32; // webhook requests outstanding at once (Meta retries what times out; it does not queue without end)
const f = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '–');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const rss = (pids) => pids.reduce((s, pid) => s + procMemory(pid).rssMb, 0);

async function waitFor(pred, timeoutMs, stepMs = 100) {
  const end = Date.now() + timeoutMs;
  while (!pred()) {
    if (Date.now() > end) return false;
    await sleep(stepMs);
  }
  return true;
}

/** Per event key: first and last arrival and how many sockets got it; every 10th socket keeps every arrival. */
function arrivals() {
  const byKey = new Map();
  const sampled = [];
  return {
    byKey, sampled,
    record(key, socketIndex) {
      const t = now();
      const a = byKey.get(key);
      if (a) { a.last = t; a.count++; } else byKey.set(key, { first: t, last: t, count: 1 });
      if (socketIndex % 10 === 0) sampled.push({ key, t });
    },
  };
}

/** Opens `n` sockets, 50 at a time; `target(i)` gives [url, auth] for socket i. */
async function connectAll(n, target, onEvent) {
  const sockets = new Array(n);
  const t0 = now();
  for (let i = 0; i < n; i += 50) {
    await Promise.all(Array.from({ length: Math.min(50, n - i) }, (_, j) => new Promise((resolve, reject) => {
      const k = i + j;
      const [url, auth] = target(k);
      const s = io(url, { path: '/socket.io', transports: ['websocket'], auth, forceNew: true, reconnection: false, timeout: 30_000 });
      s.on('message.created', (p) => onEvent(k, p));
      s.once('connect', () => resolve());
      s.once('connect_error', (e) => reject(new Error(`socket ${k}: ${e.message}`)));
      sockets[k] = s;
    })));
  }
  return { sockets, seconds: (now() - t0) / 1000 };
}

/**
 * Calls `fire(k)` `rate` times a second for `seconds`, open loop, but with at most `maxInflight` calls
 * outstanding: a tick that finds the cap reached skips its calls (counted in `skipped`), so a server that
 * cannot keep up shows as a lower achieved rate instead of an ever-growing backlog.
 */
async function paced(rate, seconds, fire, maxInflight = Infinity) {
  const total = Math.round(rate * seconds);
  const pending = [];
  let inflight = 0;
  let skipped = 0;
  const t0 = now();
  for (let k = 0; k < total;) {
    const due = Math.min(total, Math.floor(((now() - t0) / 1000) * rate) + 1);
    for (; k < due; k++) {
      if (inflight >= maxInflight) { skipped++; continue; }
      inflight++;
      pending.push(fire(k).finally(() => { inflight--; }));
    }
    await sleep(2);
  }
  const offeredSeconds = (now() - t0) / 1000;
  await Promise.all(pending);
  return { total, skipped, offeredSeconds, wallSeconds: (now() - t0) / 1000 };
}

/** Latency figures of one phase: `origin` maps an event key to its start (webhook 200, or the raw emit). */
function phaseFigures(rec, origin, expectedPer) {
  const keys = [...origin.keys()];
  const got = keys.map((k) => rec.byKey.get(k)).filter(Boolean);
  const delivered = got.reduce((s, a) => s + a.count, 0);
  return {
    events: keys.length,
    deliveries: delivered,
    deliveredShare: delivered / (keys.length * expectedPer),
    sampled: summarize(rec.sampled.filter((a) => origin.has(a.key)).map((a) => a.t - origin.get(a.key))),
    first: summarize(keys.filter((k) => rec.byKey.has(k)).map((k) => rec.byKey.get(k).first - origin.get(k))),
    last: summarize(keys.filter((k) => rec.byKey.has(k)).map((k) => rec.byKey.get(k).last - origin.get(k))),
  };
}

export async function run({ root = join(dirname(fileURLToPath(import.meta.url)), '..'), log = console.log } = {}) {
  const env = process.env;
  const n = Number(env.BENCH_RT_SOCKETS ?? 1000);
  const rate = Number(env.BENCH_RT_RATE ?? 200);
  const secondsA = Number(env.BENCH_RT_SECONDS ?? 20);
  const secondsB = Number(env.BENCH_RT_FANOUT_SECONDS ?? 10);
  const basePort = Number(env.BENCH_RT_PORT ?? 3951);
  const started = now();
  const stack = await startStack({ root, name: 'realtime', log, env: SYNC_BATCHES, apis: 2, worker: true, graph: true, basePort });
  const results = { n, rate, secondsA, secondsB, load: { start: load() }, app: {}, raw: {} };
  let sockets = [];
  const rawServers = [];
  let emitterRedis;
  try {
    const { request, db, auth } = stack;
    // Inboxes: one everyone belongs to (page 3000…), ten of 100 agents each (pages 3001…3010).
    const all = { id: await stack.messengerInbox('Everyone', '300000000000000', SECRET), page: '300000000000000' };
    const groups = [];
    for (let g = 0; g < GROUPS; g++) {
      const page = String(300000000000001 + g);
      groups.push({ id: await stack.messengerInbox(`Team ${g}`, page, SECRET), page });
    }
    // 1,000 agents with a session each (created in SQL: 1,000 password logins would take minutes of bcrypt).
    const hash = (await db.query('SELECT password_hash FROM users WHERE role = $1 LIMIT 1', ['admin'])).rows[0].password_hash;
    const users = (await db.query(
      `INSERT INTO users (email, name, password_hash, role) SELECT 'agent' || g || '@bench.parley.dev', 'Agent ' || g, $1, 'agent'
       FROM generate_series(1, $2) g RETURNING id`, [hash, n])).rows.map((r) => r.id);
    const tokens = users.map(() => randomBytes(32).toString('base64url'));
    await db.query(`INSERT INTO sessions (token_hash, user_id, expires_at) SELECT h, u, now() + interval '1 day' FROM unnest($1::text[], $2::uuid[]) AS x(h, u)`,
      [tokens.map((t) => createHash('sha256').update(t).digest('hex')), users]);
    const put = async (inboxId, userIds) => {
      const r = await request('PUT', `/api/inboxes/${inboxId}/members`, { headers: auth, body: { userIds } });
      if (r.status !== 200) throw new Error(`members of ${inboxId}: ${r.status} ${r.text.slice(0, 300)}`);
    };
    await put(all.id, users);
    for (let g = 0; g < GROUPS; g++) await put(groups[g].id, users.filter((_, i) => i % GROUPS === g));

    const rec = arrivals();
    const samplePayload = {};
    const post = async (inbox, key) => {
      const raw = messengerBody(inbox.page, [{ psid: `psid-${key.split('-').slice(-1)[0] % 400}`, mid: key, text: `Hi, question ${key}` }]);
      const res = await request('POST', `/api/webhooks/messenger/${inbox.id}`, { body: raw, headers: { 'x-hub-signature-256': sign(SECRET, raw) } });
      if (res.status !== 200 || res.json.stored !== 1) throw new Error(`webhook: ${res.status} ${res.text.slice(0, 200)}`);
      return now();
    };
    for (const inbox of [all, ...groups]) await post(inbox, `m_warm-${inbox.page}-0`);
    await sleep(2000);
    const pids = stack.apis.map((a) => a.pid);
    const before = rss(pids);

    log(`realtime: connecting ${n} agent sockets, half to each api (load ${load()})`);
    const conn = await connectAll(n, (i) => [stack.apis[i % 2].url, { token: tokens[i] }], (i, p) => {
      samplePayload.message ??= p;
      rec.record(p.message.platformMessageId, i);
    });
    sockets = conn.sockets;
    await sleep(3000);
    const after = rss(pids);
    results.app.memory = { beforeMb: before, afterMb: after, perSocketKb: ((after - before) * 1024) / n, connectSeconds: conn.seconds };

    const runPhase = async (label, seconds, inboxOf, expectedPer, drainMs) => {
      log(`realtime: app ${label}: ${rate} webhooks/s to api 1 for ${seconds} s (load ${load()})`);
      const loadBefore = load();
      const acked = new Map();
      const answer = [];
      let errors = 0;
      let firstError;
      const tag = label[0];
      const pace = await paced(rate, seconds, async (k) => {
        const key = `m_${tag}-${k}`;
        const t = now();
        try {
          acked.set(key, await post(inboxOf(k), key));
          answer.push(acked.get(key) - t);
        } catch (e) { errors++; firstError ??= e.message; }
      }, MAX_INFLIGHT);
      await waitFor(() => [...acked.keys()].every((k) => rec.byKey.get(k)?.count >= expectedPer), drainMs);
      const r = {
        ...phaseFigures(rec, acked, expectedPer), webhook: summarize(answer), achievedRate: acked.size / pace.offeredSeconds,
        skipped: pace.skipped, postWallSeconds: pace.wallSeconds, errors, firstError, load: `${loadBefore} → ${load()}`, rssMb: rss(pids),
      };
      log(`  ${acked.size} webhooks answered (${f(r.achievedRate, 0)}/s, ${pace.skipped} skipped at ${MAX_INFLIGHT} in flight, ${errors} errors${firstError ? `: ${firstError}` : ''}); `
        + `200 → event sampled p50 ${f(r.sampled.p50)} ms p99 ${f(r.sampled.p99)} ms; delivered ${f(r.deliveredShare * 100)}%`);
      return r;
    };
    results.app.spread = await runPhase(`A (${GROUPS} inboxes × ${n / GROUPS} agents)`, secondsA, (k) => groups[k % GROUPS], n / GROUPS, 10_000);
    results.app.fanout = await runPhase(`B (1 inbox × ${n} agents)`, secondsB, () => all, n, 15_000);
    sockets.forEach((s) => s.disconnect());
    sockets = [];
    await sleep(1000);

    // Raw socket.io: same clients, rooms and payloads, emitted through Redis at the same rate.
    const key = `${stack.prefix}-raw-socket.io`;
    const basePayload = samplePayload.message;
    for (let i = 0; i < 2; i++) {
      const out = openSync(join(stack.work, `raw-io-${i + 1}.log`), 'w');
      const child = spawn(process.execPath, [join(dirname(fileURLToPath(import.meta.url)), 'lib/raw-io-server.mjs')], {
        env: { ...process.env, PORT: String(basePort + 10 + i), REDIS_URL: stack.redisUrl, IO_KEY: key }, stdio: ['ignore', out, out],
      });
      rawServers.push(child);
      stack.addCleanup(() => child.kill('SIGKILL'));
      await waitFor(() => readFileSync(join(stack.work, `raw-io-${i + 1}.log`), 'utf8').includes('listening'), 10_000);
    }
    const rawPids = rawServers.map((c) => c.pid);
    await sleep(500);
    const rawBefore = rss(rawPids);
    const rawRec = arrivals();
    log(`realtime: raw socket.io, ${n} sockets (load ${load()})`);
    const rawConn = await connectAll(n, (i) => [`http://127.0.0.1:${basePort + 10 + (i % 2)}`, { rooms: ['all', `group:${i % GROUPS}`] }],
      (i, p) => rawRec.record(p.message.platformMessageId, i));
    sockets = rawConn.sockets;
    await sleep(3000);
    const rawAfter = rss(rawPids);
    results.raw.memory = { beforeMb: rawBefore, afterMb: rawAfter, perSocketKb: ((rawAfter - rawBefore) * 1024) / n, connectSeconds: rawConn.seconds };
    emitterRedis = new Redis(stack.redisUrl);
    const emitter = new Emitter(emitterRedis, { key });
    // The same work as the app phase: the rate the app achieved in it (200/s when it kept up).
    const rawPhase = async (label, seconds, roomOf, expectedPer, drainMs, appRate) => {
      const rate = Math.max(1, Math.min(Number(env.BENCH_RT_RATE ?? 200), Math.round(appRate)));
      log(`realtime: raw ${label}: ${rate} emits/s (the app's achieved rate) for ${seconds} s (load ${load()})`);
      const loadBefore = load();
      const emitted = new Map();
      const tag = label[0];
      await paced(rate, seconds, async (k) => {
        const mid = `raw_${tag}-${k}`;
        const payload = { ...basePayload, message: { ...basePayload.message, platformMessageId: mid } };
        emitted.set(mid, now());
        // the app sends two events per incoming message to the room: the message and the conversation row
        emitter.to(roomOf(k)).emit('message.created', payload);
        emitter.to(roomOf(k)).emit('conversation.updated', { conversation: { id: basePayload.message.conversationId, snippet: payload.message.text } });
      });
      await waitFor(() => [...emitted.keys()].every((m) => rawRec.byKey.get(m)?.count >= expectedPer), drainMs);
      const r = { ...phaseFigures(rawRec, emitted, expectedPer), rate, load: `${loadBefore} → ${load()}` };
      log(`  emit → event sampled p50 ${f(r.sampled.p50)} ms p99 ${f(r.sampled.p99)} ms; delivered ${f(r.deliveredShare * 100)}%`);
      return r;
    };
    results.raw.spread = await rawPhase(`A (${GROUPS} rooms × ${n / GROUPS} sockets)`, secondsA, (k) => `group:${k % GROUPS}`, n / GROUPS, 10_000, results.app.spread.achievedRate);
    results.raw.fanout = await rawPhase(`B (1 room × ${n} sockets)`, secondsB, () => 'all', n, 15_000, results.app.fanout.achievedRate);
    results.payloadBytes = Buffer.byteLength(JSON.stringify(basePayload));
    results.memory = { worker: stack.worker.memory(), bench: process.memoryUsage().rss / 2 ** 20 };
    results.load.end = load();
    results.elapsed = (now() - started) / 1000;
    writeFileSync(join(stack.work, 'results.json'), JSON.stringify(results, null, 2));
    printRealtime(results);
    return results;
  } finally {
    sockets.forEach((s) => s.disconnect());
    emitterRedis?.disconnect();
    for (const c of rawServers) c.kill('SIGTERM');
    await stack.close();
  }
}

export function printRealtime(r) {
  const ms = (s) => `${f(s.p50).padStart(8)} ${f(s.p99).padStart(8)}`;
  const out = ['', `Realtime (issue 5): ${r.n} agent sockets over 2 api processes + 1 worker + 1 Redis; webhooks to api 1 at ${r.rate}/s offered; `
    + `'message.created' payload ${r.payloadBytes} B; times from the webhook's 200 (raw: from the emit, at the app's achieved rate), ms; "sampled" = every arrival at every 10th socket`];
  out.push('   phase                               | achieved/s  hook p50  hook p99 | sampled p50      p99 | first p50      p99 | last p50      p99 | delivered | load');
  for (const [label, a, raw] of [[`A 10 inboxes × ${r.n / 10} (${r.secondsA} s)`, r.app.spread, r.raw.spread], [`B 1 inbox × ${r.n} (${r.secondsB} s)`, r.app.fanout, r.raw.fanout]]) {
    out.push(`   app ${label.padEnd(32)}| ${f(a.achievedRate, 0).padStart(10)} ${f(a.webhook.p50).padStart(9)} ${f(a.webhook.p99).padStart(9)} |     ${ms(a.sampled)} |   ${ms(a.first)} |  ${ms(a.last)} | ${f(a.deliveredShare * 100, 1).padStart(8)}% | ${a.load}`);
    out.push(`   raw socket.io ${label.padEnd(22)}| ${f(raw.rate, 0).padStart(10)} ${''.padStart(9)} ${''.padStart(9)} |     ${ms(raw.sampled)} |   ${ms(raw.first)} |  ${ms(raw.last)} | ${f(raw.deliveredShare * 100, 1).padStart(8)}% | ${raw.load}`);
  }
  const t = r.app.spread.sampled.p99;
  out.push(`   target p99 < 150 ms (shape A, sampled): ${t < 150 ? 'met' : 'MISSED'} (${f(t)} ms); shape B: ${f(r.app.fanout.sampled.p99)} ms`);
  out.push(`   memory: api RSS (both) ${f(r.app.memory.beforeMb, 0)} → ${f(r.app.memory.afterMb, 0)} MB with ${r.n} sockets = ${f(r.app.memory.perSocketKb, 0)} KB/socket `
    + `(connect ${f(r.app.memory.connectSeconds, 1)} s); raw socket.io ${f(r.raw.memory.beforeMb, 0)} → ${f(r.raw.memory.afterMb, 0)} MB = ${f(r.raw.memory.perSocketKb, 0)} KB/socket (connect ${f(r.raw.memory.connectSeconds, 1)} s)`);
  out.push(`   api RSS after A ${f(r.app.spread.rssMb, 0)} MB, after B ${f(r.app.fanout.rssMb, 0)} MB; worker ${f(r.memory.worker.rssMb, 0)} MB; bench process ${f(r.memory.bench, 0)} MB; load ${r.load.start} → ${r.load.end}; ${f(r.elapsed, 0)} s`, '');
  console.log(out.join('\n'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const t0 = performance.now();
  await run({ log: (m) => console.log(`[realtime ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${m}`) });
}
