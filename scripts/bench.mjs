// `npm run bench`: seeds its own database with 100,000 conversations and 1,000,000 messages, starts the real
// api and prints ingestion, list and counts figures beside raw PostgreSQL doing the same work. See BENCHMARKS.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createDatabase, dropDatabase, migrate, withDatabase } from '../bench/lib/database.mjs';
import { prepareBuild, startApi } from '../bench/lib/api-process.mjs';
import { httpClient } from '../bench/lib/measure.mjs';
import { AGENT_EMAIL, BENCH_PASSWORD, seed } from '../bench/seed.mjs';
import { ingestRaw, ingestViaApi } from '../bench/ingestion.mjs';
import { deepCursor, explain, listPath, sqlRecorder, timeHttp, timeSql } from '../bench/reads.mjs';
import { printReport } from '../bench/report.mjs';
import { benchReports } from '../bench/reports.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = process.env;
const cfg = {
  server: env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  database: env.BENCH_DB ?? 'parley_bench',
  redisUrl: env.REDIS_URL ?? 'redis://127.0.0.1:6379/7', // a db index of its own: no other Parley sees its jobs
  port: Number(env.BENCH_PORT ?? 3917),
  seconds: Number(env.BENCH_SECONDS ?? 20),
  concurrency: Number(env.BENCH_CONCURRENCY ?? 32),
  requests: Number(env.BENCH_REQUESTS ?? 500),
  deepPages: Number(env.BENCH_DEEP_PAGES ?? 200),
  conversations: Number(env.BENCH_CONVERSATIONS ?? 100_000),
  messages: Number(env.BENCH_MESSAGES ?? 1_000_000),
};
const ADMIN = { email: 'admin@bench.parley.dev', password: BENCH_PASSWORD };
const work = join(root, '.tmp/bench');
mkdirSync(work, { recursive: true });

const started = performance.now();
const phases = [];
const log = (m) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${m}`);
async function phase(name, fn) {
  const t = performance.now();
  log(`${name}…`);
  const result = await fn();
  phases.push({ name, seconds: (performance.now() - t) / 1000 });
  return result;
}

let created = false;
let api;
let db;
let database = cfg.database;
try {
  const build = await phase('build', () => prepareBuild(root, join(work, 'api'), log));
  await phase('create database', async () => {
    created = await createDatabase(cfg.server, database);
    if (!created) {
      // Never reuse (or later drop) a database this run did not create.
      database = `${cfg.database}_${Date.now()}`;
      log(`${cfg.database} exists already (left by another run?): using ${database}`);
      created = await createDatabase(cfg.server, database);
    }
  });
  const databaseUrl = withDatabase(cfg.server, database);
  await phase('migrate', () => log(migrate(build, databaseUrl)));
  db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const seeded = await phase(`seed ${cfg.conversations} conversations, ${cfg.messages} messages`,
    () => seed(db, { conversations: cfg.conversations, messages: cfg.messages, log }));
  // Index-only scans (the view counts) need the visibility map set; a snapshot held elsewhere in the cluster
  // can keep VACUUM from setting it, so check and vacuum the conversations once more if it did not.
  const visible = await phase('vacuum analyze', async () => {
    await db.query('VACUUM ANALYZE');
    const share = async () => (await db.query(`SELECT relallvisible::float / greatest(relpages, 1) AS v FROM pg_class WHERE relname = 'conversations'`)).rows[0].v;
    if ((await share()) < 0.9) await db.query('VACUUM conversations');
    return share();
  });
  log(`conversations pages all-visible: ${(visible * 100).toFixed(0)}%`);
  const size = (await db.query('SELECT pg_size_pretty(pg_database_size(current_database())) AS s')).rows[0].s;

  api = await phase('start api', () => startApi(build, {
    DATABASE_URL: databaseUrl, REDIS_URL: cfg.redisUrl, PORT: String(cfg.port),
    PARLEY_ADMIN_EMAIL: ADMIN.email, PARLEY_ADMIN_PASSWORD: ADMIN.password, NODE_ENV: 'production',
  }, join(work, 'api.log')));
  const request = httpClient(api.url, cfg.concurrency * 2);
  const login = async (email) => {
    const res = await request('POST', '/api/auth/login', { body: { email, password: BENCH_PASSWORD } });
    if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${res.text}`);
    return res.json;
  };
  const admin = await login(ADMIN.email);
  const agent = await login(AGENT_EMAIL);

  // 2 and 3: reads, on the seeded data.
  const record = await sqlRecorder(build);
  const reads = [];
  const plans = [];
  const actors = [
    { label: 'admin', token: admin.token, id: admin.user.id, inboxIds: null },
    { label: 'agent (2 inboxes)', token: agent.token, id: agent.user.id, inboxIds: seeded.agentInboxIds },
  ];
  await phase('list and counts', async () => {
    for (const a of actors) {
      const cursor = await deepCursor(request, a.token, cfg.deepPages);
      for (const [page, c] of [['first page', null], [`page ${cfg.deepPages + 1}`, cursor]]) {
        const query = await record((repo) => repo.list({
          view: 'all', sort: 'latest', limit: 25, ...(c ? { cursor: c } : {}), actorId: a.id, inboxIds: a.inboxIds, statusFilter: 'open',
        }));
        const rawRows = (await db.query(query.sql, query.params)).rowCount;
        const http = await timeHttp(request, a.token, listPath(c), cfg.requests, (j) => j.items.length === Math.min(25, rawRows));
        const raw = await timeSql(db, query, cfg.requests);
        reads.push({ what: `list, ${page}`, actor: a.label, http, raw, target: 15 });
        if (page === 'first page' || a.inboxIds) plans.push({ title: `list, ${page}, ${a.label}`, lines: await explain(db, query) });
      }
      const counts = await record((repo) => repo.counts(a.id, a.inboxIds));
      const http = await timeHttp(request, a.token, '/api/conversations/counts', cfg.requests, (j) => typeof j.all === 'number');
      const raw = await timeSql(db, counts, cfg.requests);
      reads.push({ what: 'counts (all views)', actor: a.label, http, raw, target: 25 });
      plans.push({ title: `counts, ${a.label}`, lines: await explain(db, counts, 14) });
    }
  });

  // 1: ingestion, each side into an API inbox of its own.
  const appSecret = 'bench-api-channel-secret-0123456789';
  const inbox = await request('POST', '/api/inboxes', {
    body: { name: 'Bench bridge', channel: 'api', appSecret }, headers: { authorization: `Bearer ${admin.token}` },
  });
  if (inbox.status !== 201) throw new Error(`creating the API inbox: ${inbox.status} ${inbox.text}`);
  const rawInbox = (await db.query(`INSERT INTO inboxes (name, channel, app_secret, has_app_secret) VALUES ('Raw ceiling', 'api', $1, true) RETURNING id`, [appSecret])).rows[0].id;
  const ingestion = await phase(`ingestion, ${cfg.concurrency} senders × ${cfg.seconds} s each side`, async () => ({
    api: await ingestViaApi({ request, inboxId: inbox.json.id, appSecret, concurrency: cfg.concurrency, seconds: cfg.seconds }),
    raw: await ingestRaw({ databaseUrl, inboxId: rawInbox, concurrency: cfg.concurrency, seconds: cfg.seconds }),
  }));
  if (ingestion.api.firstError) log(`api ingestion errors: ${ingestion.api.errors}, first: ${ingestion.api.firstError.message}`);

  // 4: the manager report (aggregates), last because it adds history to the seeded data.
  const reports = await phase('reports', () => benchReports({ db, request, token: admin.token, log }));

  const memory = { bench: process.memoryUsage().rss / 2 ** 20, api: api.memory(), database: size };
  const elapsed = (performance.now() - started) / 1000;
  const results = { cfg: { ...cfg, database }, ingestion, reads, plans, phases, memory, elapsed, reports };
  writeFileSync(join(work, 'results.json'), JSON.stringify(results, (k, v) => (k === 'firstError' ? v?.message : v), 2));
  printReport(results);
} finally {
  await db?.end().catch(() => {});
  await api?.stop();
  if (created && env.BENCH_KEEP_DB !== '1') {
    await dropDatabase(cfg.server, database);
    log(`dropped ${database} (created by this run)`);
  } else if (created) {
    log(`kept ${database} (BENCH_KEEP_DB=1)`);
  }
  log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

// Automation (SLA reminders and breaches, auto-reply evaluation): its own database and worker process.
if (env.BENCH_AUTOMATION !== '0') {
  const { runAutomationBench } = await import('../bench/automation.mjs');
  await runAutomationBench({ server: cfg.server, redisUrl: cfg.redisUrl });
}

// Channels and realtime (issues 3 and 5): each bench starts its own database, api/worker processes, fake Graph
// API and Redis key prefix, prints its figures beside raw pg (or raw socket.io) for the same work, and removes
// what it created. Each also runs alone: `node bench/webhooks.mjs`, `node bench/delivery.mjs`,
// `node bench/realtime.mjs`. BENCH_SKIP_CHANNELS=1 skips them. Results: .tmp/bench/<name>/results.json.
if (env.BENCH_SKIP_CHANNELS !== '1') {
  for (const name of ['webhooks', 'delivery', 'realtime']) {
    const bench = await import(`../bench/${name}.mjs`);
    await phase(`${name} bench`, () => bench.run({ root, log }));
  }
  log(`channel and realtime benches: ${phases.slice(-3).map((p) => `${p.name} ${p.seconds.toFixed(0)} s`).join(' · ')}`);
}
