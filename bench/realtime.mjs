// Issue 5: 1,000 agent sockets spread over two api processes (one worker, one Redis), incoming Messenger
// messages posted as signed webhooks to process 1 at 200/s; the time from the webhook's 200 to what each agent
// receives, and the api memory per connected socket. Each message is two events: the list row
// ('conversation.updated') to every socket of the inbox's agents, and the message ('message.created') to the
// sockets viewing its conversation. The webhooks cycle over a fixed set of conversations per inbox (created by a
// first round of webhooks), and one socket per conversation (an agent of its inbox) sends 'conversation.view'.
// Two shapes: (A) 10 inboxes of 100 agents, messages spread over them (each socket gets 1/10 of the list
// traffic); (B) one inbox all 1,000 agents belong to (every socket gets every list row: 200 × 1,000/s).
// Beside it, raw socket.io: two bare socket.io servers on the same Redis adapter, the same 1,000 clients, rooms
// and views, the same payloads emitted through @socket.io/redis-emitter at the same rate (emit → arrival).
// Alone: `node bench/realtime.mjs`. Knobs: BENCH_RT_SOCKETS (1000), BENCH_RT_RATE (200), BENCH_RT_SECONDS (20,
// shape A), BENCH_RT_FANOUT_SECONDS (10, shape B), BENCH_RT_CONVERSATIONS (40 per inbox, at most a tenth of the
// sockets), BENCH_RT_PORT (3951: api 1 and 2; +10, +11 raw servers), BENCH_RT_WARMUP_SECONDS (8, before each app
// phase), BENCH_RT_CLIENT (light; socket.io-client for the real client: see lib/light-io-client.mjs).
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
import { lightIo } from './lib/light-io-client.mjs';
import { procMemory } from './lib/api-process.mjs';
import { now, summarize } from './lib/measure.mjs';
import { load, messengerBody, sign, startStack } from './lib/stack.mjs';

const SECRET = 'bench-messenger-app-secret-0123456789';
const QUESTION = 'Hi, question ';
const GROUPS = 10;
const MAX_INFLIGHT = 32; // webhook requests outstanding at once (Meta retries what times out; it does not queue without end)
const WARMUP_SECONDS = Number(process.env.BENCH_RT_WARMUP_SECONDS ?? 8); // at the phase's rate, before each app phase, not measured
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

/**
 * Per event key: first and last arrival and how many sockets got it; every `sampleEvery`th socket keeps every
 * arrival. `version` (the list row's) keeps a later row that repeats a message's snippet (a profile lookup
 * naming the contact, say) from counting as a second arrival of it.
 */
function arrivals(sampleEvery) {
  const byKey = new Map();
  const sampled = [];
  return {
    byKey, sampled,
    record(key, socketIndex, version) {
      if (key === undefined) return;
      const t = now();
      const a = byKey.get(key);
      if (a && a.version !== version) return;
      if (a) { a.last = t; a.count++; } else byKey.set(key, { first: t, last: t, count: 1, version });
      if (socketIndex % sampleEvery === 0) sampled.push({ key, t });
    },
  };
}

/** What each agent's dashboard gets: the list row at every socket of the inbox, the message where the thread is open. */
function recorders() {
  const list = arrivals(10);
  const message = arrivals(1);
  const keyOf = (snippet) => (snippet?.startsWith(QUESTION) ? snippet.slice(QUESTION.length) : undefined);
  return {
    list, message, samples: {},
    'conversation.updated'(i, p) { this.samples.list ??= p; list.record(keyOf(p.conversation.snippet), i, p.conversation.version); },
    'conversation.created'(i, p) { list.record(keyOf(p.conversation.snippet), i, p.conversation.version); },
    'message.created'(i, p) { this.samples.message ??= p; message.record(p.message.platformMessageId, i); },
  };
}

// The dashboards' client: a minimal socket.io client by default (lib/light-io-client.mjs says why), or the real one.
const CLIENT = process.env.BENCH_RT_CLIENT === 'socket.io-client' ? 'socket.io-client' : 'light';
const openClient = CLIENT === 'light' ? lightIo : io;

/** Opens `n` sockets, 50 at a time; `target(i)` gives [url, auth] for socket i; `on[event](i, payload)` records. */
async function connectAll(n, target, on) {
  const sockets = new Array(n);
  const t0 = now();
  for (let i = 0; i < n; i += 50) {
    await Promise.all(Array.from({ length: Math.min(50, n - i) }, (_, j) => new Promise((resolve, reject) => {
      const k = i + j;
      const [url, auth] = target(k);
      const s = openClient(url, { path: '/socket.io', transports: ['websocket'], auth, forceNew: true, reconnection: false, timeout: 30_000 });
      for (const event of ['conversation.created', 'conversation.updated', 'message.created']) s.on(event, (p) => on[event](k, p));
      s.once('connect', () => resolve());
      s.once('connect_error', (e) => reject(new Error(`socket ${k}: ${e.message}`)));
      sockets[k] = s;
    })));
  }
  return { sockets, seconds: (now() - t0) / 1000 };
}

/** Each viewer socket opens its conversation's thread, as the dashboard does ('conversation.view'). */
async function viewAll(sockets, viewers) {
  for (const [i, conversationId] of viewers) {
    const { ok } = await sockets[i].timeout(10_000).emitWithAck('conversation.view', { conversationId });
    if (!ok) throw new Error(`socket ${i} may not view ${conversationId}`);
  }
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
  const skippedBySecond = {};
  const t0 = now();
  for (let k = 0; k < total;) {
    const due = Math.min(total, Math.floor(((now() - t0) / 1000) * rate) + 1);
    for (; k < due; k++) {
      if (inflight >= maxInflight) {
        skipped++;
        const second = Math.floor((now() - t0) / 1000);
        skippedBySecond[second] = (skippedBySecond[second] ?? 0) + 1;
        continue;
      }
      inflight++;
      pending.push(fire(k).finally(() => { inflight--; }));
    }
    await sleep(2);
  }
  const offeredSeconds = (now() - t0) / 1000;
  await Promise.all(pending);
  return { total, skipped, skippedBySecond, offeredSeconds, wallSeconds: (now() - t0) / 1000 };
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
  const perInbox = Math.min(Number(env.BENCH_RT_CONVERSATIONS ?? 40), Math.floor(n / GROUPS / 2));
  const started = now();
  const stack = await startStack({ root, name: 'realtime', log, env: SYNC_BATCHES, apis: 2, worker: true, graph: true, basePort });
  const results = { n, rate, secondsA, secondsB, perInbox, load: { start: load() }, app: {}, raw: {} };
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

    const rec = recorders();
    const post = async (inbox, events) => {
      const raw = messengerBody(inbox.page, events.map(({ contact, key }) => ({ psid: `psid-${contact}`, mid: key, text: `${QUESTION}${key}` })));
      const res = await request('POST', `/api/webhooks/messenger/${inbox.id}`, { body: raw, headers: { 'x-hub-signature-256': sign(SECRET, raw) } });
      if (res.status !== 200 || res.json.stored !== events.length) throw new Error(`webhook: ${res.status} ${res.text.slice(0, 200)}`);
      return now();
    };
    // The conversations the phases write to: `perInbox` customers per inbox write first (and are looked up on
    // the fake Graph API) before any socket connects.
    const inboxes = [all, ...groups];
    for (const inbox of inboxes) await post(inbox, Array.from({ length: perInbox }, (_, c) => ({ contact: c, key: `m_warm-${inbox.page}-${c}` })));
    await waitFor(() => !stack.graph || stack.graph.profiles >= inboxes.length * perInbox, 30_000);
    const conversationOf = new Map((await db.query(
      `SELECT c.inbox_id, ct.platform_id, c.id FROM conversations c JOIN contacts ct ON ct.id = c.contact_id WHERE c.inbox_id = ANY($1::uuid[])`,
      [inboxes.map((i) => i.id)])).rows.map((r) => [`${r.inbox_id}/${r.platform_id}`, r.id]));
    const conversation = (inbox, c) => conversationOf.get(`${inbox.id}/psid-${c}`);
    // One viewer per conversation: in A socket 10·c + g (an agent of team g) views customer c of team g; in B the
    // next sockets view the shared inbox's conversations.
    const viewers = [
      ...groups.flatMap((inbox, g) => Array.from({ length: perInbox }, (_, c) => [c * GROUPS + g, conversation(inbox, c)])),
      ...Array.from({ length: perInbox }, (_, c) => [perInbox * GROUPS + c, conversation(all, c)]),
    ];
    if (viewers.some(([, id]) => !id)) throw new Error('a warm-up conversation is missing');
    await sleep(2000);
    const pids = stack.apis.map((a) => a.pid);
    const before = rss(pids);

    log(`realtime: connecting ${n} agent sockets, half to each api (load ${load()})`);
    const conn = await connectAll(n, (i) => [stack.apis[i % 2].url, { token: tokens[i] }], rec);
    sockets = conn.sockets;
    await sleep(3000);
    const after = rss(pids);
    results.app.memory = { beforeMb: before, afterMb: after, perSocketKb: ((after - before) * 1024) / n, connectSeconds: conn.seconds };
    await viewAll(sockets, viewers);
    await sleep(1000);

    // Message k goes to inbox inboxOf(k), customer customerOf(k) of it.
    const runPhase = async (label, seconds, inboxOf, customerOf, members, drainMs) => {
      log(`realtime: app ${label}: ${rate} webhooks/s to api 1 for ${seconds} s (load ${load()})`);
      const loadBefore = load();
      const acked = new Map();
      const answer = [];
      let errors = 0;
      let firstError;
      const tag = label[0];
      // Warm-up at the same rate, not measured (as the ingestion bench does): the first webhooks of a cold
      // process pay for JIT compilation and new pool connections.
      if (WARMUP_SECONDS > 0) {
        await paced(rate, WARMUP_SECONDS, (k) => post(inboxOf(k), [{ contact: customerOf(k), key: `w_${tag}-${k}` }]).catch(() => {}), MAX_INFLIGHT);
      }
      const pace = await paced(rate, seconds, async (k) => {
        const key = `m_${tag}-${k}`;
        const t = now();
        try {
          acked.set(key, await post(inboxOf(k), [{ contact: customerOf(k), key }]));
          answer.push(acked.get(key) - t);
        } catch (e) { errors++; firstError ??= e.message; }
      }, MAX_INFLIGHT);
      await waitFor(() => [...acked.keys()].every((k) => rec.list.byKey.get(k)?.count >= members && rec.message.byKey.has(k)), drainMs);
      const r = {
        list: phaseFigures(rec.list, acked, members), message: phaseFigures(rec.message, acked, 1),
        webhook: summarize(answer), achievedRate: acked.size / pace.offeredSeconds,
        skipped: pace.skipped, postWallSeconds: pace.wallSeconds, errors, firstError, load: `${loadBefore} → ${load()}`, rssMb: rss(pids),
      };
      const skips = Object.entries(pace.skippedBySecond).map(([sec, n]) => `${n} in second ${sec}`).join(', ');
      log(`  ${acked.size} webhooks answered (${f(r.achievedRate, 0)}/s, ${pace.skipped} skipped at ${MAX_INFLIGHT} in flight${skips ? ` (${skips})` : ''}, ${errors} errors${firstError ? `: ${firstError}` : ''}); `
        + `200 → list row sampled p50 ${f(r.list.sampled.p50)} ms p99 ${f(r.list.sampled.p99)} ms, delivered ${f(r.list.deliveredShare * 100)}%; `
        + `200 → message at the viewer p50 ${f(r.message.sampled.p50)} ms p99 ${f(r.message.sampled.p99)} ms, delivered ${f(r.message.deliveredShare * 100)}%`);
      return r;
    };
    results.app.spread = await runPhase(`A (${GROUPS} inboxes × ${n / GROUPS} agents)`, secondsA,
      (k) => groups[k % GROUPS], (k) => Math.floor(k / GROUPS) % perInbox, n / GROUPS, 10_000);
    results.app.fanout = await runPhase(`B (1 inbox × ${n} agents)`, secondsB, () => all, (k) => k % perInbox, n, 15_000);
    sockets.forEach((s) => s.disconnect());
    sockets = [];
    await sleep(1000);

    // Raw socket.io: same clients, rooms and payloads, emitted through Redis at the same rate.
    const key = `${stack.prefix}-raw-socket.io`;
    const { list: baseList, message: baseMessage } = rec.samples;
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
    const rawRec = recorders();
    log(`realtime: raw socket.io, ${n} sockets (load ${load()})`);
    const rawConn = await connectAll(n, (i) => [`http://127.0.0.1:${basePort + 10 + (i % 2)}`, { rooms: [`inbox:${all.id}`, `inbox:${groups[i % GROUPS].id}`] }], rawRec);
    sockets = rawConn.sockets;
    await sleep(3000);
    const rawAfter = rss(rawPids);
    results.raw.memory = { beforeMb: rawBefore, afterMb: rawAfter, perSocketKb: ((rawAfter - rawBefore) * 1024) / n, connectSeconds: rawConn.seconds };
    await viewAll(sockets, viewers);
    emitterRedis = new Redis(stack.redisUrl);
    const emitter = new Emitter(emitterRedis, { key });
    // The same work as the app phase: the rate the app achieved in it (200/s when it kept up).
    // The app's frames for one incoming message: the list row to the inbox's room, then the message to the
    // conversation's room (the order ingestion writes them), with the app's payloads.
    const rawPhase = async (label, seconds, roomOf, conversationOf, members, drainMs, appRate) => {
      const rate = Math.max(1, Math.min(Number(env.BENCH_RT_RATE ?? 200), Math.round(appRate)));
      log(`realtime: raw ${label}: ${rate} emits/s (the app's achieved rate) for ${seconds} s (load ${load()})`);
      const loadBefore = load();
      const emitted = new Map();
      const tag = label[0];
      await paced(rate, seconds, async (k) => {
        const mid = `raw_${tag}-${k}`;
        const conversationId = conversationOf(k);
        emitted.set(mid, now());
        emitter.to(roomOf(k)).emit('conversation.updated', { conversation: { ...baseList.conversation, id: conversationId, snippet: `${QUESTION}${mid}`, version: k } });
        emitter.to(`conversation:${conversationId}`).emit('message.created', {
          ...baseMessage, message: { ...baseMessage.message, conversationId, platformMessageId: mid, text: `${QUESTION}${mid}` },
        });
      });
      await waitFor(() => [...emitted.keys()].every((m) => rawRec.list.byKey.get(m)?.count >= members && rawRec.message.byKey.has(m)), drainMs);
      const r = { list: phaseFigures(rawRec.list, emitted, members), message: phaseFigures(rawRec.message, emitted, 1), rate, load: `${loadBefore} → ${load()}` };
      log(`  emit → list row sampled p50 ${f(r.list.sampled.p50)} ms p99 ${f(r.list.sampled.p99)} ms, delivered ${f(r.list.deliveredShare * 100)}%; `
        + `emit → message at the viewer p50 ${f(r.message.sampled.p50)} ms p99 ${f(r.message.sampled.p99)} ms, delivered ${f(r.message.deliveredShare * 100)}%`);
      return r;
    };
    results.raw.spread = await rawPhase(`A (${GROUPS} rooms × ${n / GROUPS} sockets)`, secondsA, (k) => `inbox:${groups[k % GROUPS].id}`,
      (k) => conversation(groups[k % GROUPS], Math.floor(k / GROUPS) % perInbox), n / GROUPS, 10_000, results.app.spread.achievedRate);
    results.raw.fanout = await rawPhase(`B (1 room × ${n} sockets)`, secondsB, () => `inbox:${all.id}`, (k) => conversation(all, k % perInbox), n, 15_000,
      results.app.fanout.achievedRate);
    results.payloadBytes = { list: Buffer.byteLength(JSON.stringify(baseList)), message: Buffer.byteLength(JSON.stringify(baseMessage)) };
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
  const out = ['', `Realtime (issue 5): ${r.n} agent sockets over 2 api processes + 1 worker + 1 Redis; webhooks to api 1 at ${r.rate}/s offered, `
    + `cycling over ${r.perInbox} conversations per inbox, one socket viewing each; payloads: list row ${r.payloadBytes.list} B, message ${r.payloadBytes.message} B; dashboards played by the ${r.client ?? CLIENT} client.`,
  '   Times from the webhook\'s 200 (raw: from the emit, at the app\'s achieved rate), ms. "list" = \'conversation.updated\' at every socket of the inbox\'s agents, '
    + '"sampled" = every arrival at every 10th socket; "message" = \'message.created\' at the socket viewing the conversation (every arrival).'];
  out.push(`   ${'phase'.padEnd(45)}| achieved/s  hook p50  hook p99 | sampled p50      p99 | first p50      p99 | last p50      p99 | delivered | load`);
  const row = (side, label, rateCols, e, loadText) => {
    // One viewer per conversation: a message's first and last arrival are its only one.
    const spread = side.endsWith('list') ? `|   ${ms(e.first)} |  ${ms(e.last)} ` : `|   ${''.padStart(17)} |  ${''.padStart(17)} `;
    out.push(`   ${side.padEnd(15)}${label.padEnd(30)}| ${rateCols} |     ${ms(e.sampled)} ${spread}| ${f(e.deliveredShare * 100, 1).padStart(8)}% | ${loadText}`);
  };
  for (const [label, a, raw] of [[`A 10 inboxes × ${r.n / 10} (${r.secondsA} s)`, r.app.spread, r.raw.spread], [`B 1 inbox × ${r.n} (${r.secondsB} s)`, r.app.fanout, r.raw.fanout]]) {
    row('app list', label, `${f(a.achievedRate, 0).padStart(10)} ${f(a.webhook.p50).padStart(9)} ${f(a.webhook.p99).padStart(9)}`, a.list, a.load);
    row('app message', label, ''.padStart(30), a.message, '');
    row('raw io list', label, `${f(raw.rate, 0).padStart(10)} ${''.padStart(19)}`, raw.list, raw.load);
    row('raw io message', label, ''.padStart(30), raw.message, '');
  }
  const t = r.app.spread.list.sampled.p99;
  out.push(`   target p99 < 150 ms (shape A, list row at every agent, sampled): ${t < 150 ? 'met' : 'MISSED'} (${f(t)} ms); shape B: ${f(r.app.fanout.list.sampled.p99)} ms; `
    + `message at the viewer: A ${f(r.app.spread.message.sampled.p99)} ms, B ${f(r.app.fanout.message.sampled.p99)} ms`);
  out.push(`   memory: api RSS (both) ${f(r.app.memory.beforeMb, 0)} → ${f(r.app.memory.afterMb, 0)} MB with ${r.n} sockets = ${f(r.app.memory.perSocketKb, 0)} KB/socket `
    + `(connect ${f(r.app.memory.connectSeconds, 1)} s); raw socket.io ${f(r.raw.memory.beforeMb, 0)} → ${f(r.raw.memory.afterMb, 0)} MB = ${f(r.raw.memory.perSocketKb, 0)} KB/socket (connect ${f(r.raw.memory.connectSeconds, 1)} s)`);
  out.push(`   api RSS after A ${f(r.app.spread.rssMb, 0)} MB, after B ${f(r.app.fanout.rssMb, 0)} MB; worker ${f(r.memory.worker.rssMb, 0)} MB; bench process ${f(r.memory.bench, 0)} MB; load ${r.load.start} → ${r.load.end}; ${f(r.elapsed, 0)} s`, '');
  console.log(out.join('\n'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const t0 = performance.now();
  await run({ log: (m) => console.log(`[realtime ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${m}`) });
}
