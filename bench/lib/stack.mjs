// What the channel and realtime benches share: a database of their own, the real api (one or more
// processes), optionally the real worker and a fake Graph API, a Redis key prefix of their own, and
// helpers to sign Messenger webhooks. Everything created here is removed by close().
import { createHmac } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createDatabase, dropDatabase, migrate, withDatabase } from './database.mjs';
import { prepareBuild, startApi } from './api-process.mjs';
import { prepareWorkerBuild, startWorker } from './worker-process.mjs';
import { FakeGraph } from './fake-graph.mjs';
import { httpClient } from './measure.mjs';

export const ADMIN = { email: 'admin@bench.parley.dev', password: 'bench-password-1' };

export const load = () => loadavg().map((x) => x.toFixed(2)).join(', ');

export function sign(secret, raw) {
  return `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;
}

/** A Messenger webhook body: one entry per event, each with one messaging item (as Meta batches them). */
export function messengerBody(pageId, events) {
  const time = Date.now();
  return Buffer.from(JSON.stringify({
    object: 'page',
    entry: events.map((e) => ({
      id: pageId, time,
      messaging: [{ sender: { id: e.psid }, recipient: { id: pageId }, timestamp: time, message: { mid: e.mid, text: e.text } }],
    })),
  }));
}

/**
 * Starts the stack for one bench. `apis`: how many api processes (ports basePort, basePort + 1, …).
 * Returns handles and close(), which stops the processes, deletes the Redis keys under the prefix and
 * drops the database (only the one created here).
 */
export async function startStack({ root, name, log, apis = 1, worker = false, graph = false, basePort, env: extraEnv = {} }) {
  const env = process.env;
  const server = env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const redisUrl = env.REDIS_URL ?? 'redis://127.0.0.1:6379/7';
  const stamp = `${Date.now()}_${process.pid}`;
  const database = `parley_bench_${name}_${stamp}`;
  const prefix = `bench-${name}-${stamp}`;
  const work = join(root, '.tmp/bench', name);
  mkdirSync(work, { recursive: true });
  const handles = { apis: [], worker: null, graph: null, db: null, created: false };
  const cleanups = []; // a bench's own children (e.g. raw socket.io servers): stopped first

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    // Each step bounded, so a stuck child or connection cannot keep the database from being dropped.
    const bounded = (p) => Promise.race([Promise.resolve(p).catch(() => {}), new Promise((r) => setTimeout(r, 8000).unref())]);
    for (const fn of cleanups) await bounded(fn());
    await bounded(Promise.all(handles.apis.map((a) => a.stop())));
    await bounded(handles.worker?.stop());
    await bounded(handles.graph?.stop());
    await bounded(handles.db?.end());
    const redis = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
    try {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
        cursor = next;
        if (keys.length) await redis.del(...keys);
      } while (cursor !== '0');
    } catch (error) {
      log(`could not delete the Redis keys under ${prefix}: ${error.message}`);
    } finally {
      redis.disconnect();
    }
    if (handles.created && env.BENCH_KEEP_DB !== '1') {
      await dropDatabase(server, database);
      log(`dropped ${database} (created by this bench)`);
    }
  };

  // Interrupted (Ctrl-C, a timeout): still stop the children, drop the database and delete the keys.
  const onSignal = (signal) => {
    log(`${signal}: cleaning up`);
    close().finally(() => process.exit(130));
    setTimeout(() => process.exit(130), 60_000).unref();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const apiBuild = prepareBuild(root, join(work, 'api'), log);
    const workerBuild = worker ? prepareWorkerBuild(root, join(work, 'worker'), log) : null;
    handles.created = await createDatabase(server, database);
    if (!handles.created) throw new Error(`${database} exists already`);
    const databaseUrl = withDatabase(server, database);
    migrate(apiBuild, databaseUrl);
    handles.db = new pg.Client({ connectionString: databaseUrl });
    await handles.db.connect();
    if (graph) handles.graph = await new FakeGraph().start();
    const common = {
      DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, PARLEY_QUEUE_PREFIX: prefix, NODE_ENV: 'production',
      PARLEY_ADMIN_EMAIL: ADMIN.email, PARLEY_ADMIN_PASSWORD: ADMIN.password,
      GRAPH_API_URL: handles.graph?.url ?? 'http://127.0.0.1:9', ...extraEnv,
    };
    for (let i = 0; i < apis; i++) {
      // One at a time: the first creates the admin.
      handles.apis.push(await startApi(apiBuild, { ...common, PORT: String(basePort + i) }, join(work, `api-${i + 1}.log`)));
    }
    if (worker) handles.worker = await startWorker(workerBuild, common, join(work, 'worker.log'));
    const request = httpClient(handles.apis[0].url, 128);
    const res = await request('POST', '/api/auth/login', { body: ADMIN });
    if (res.status !== 200) throw new Error(`admin login: ${res.status} ${res.text}`);
    const adminToken = res.json.token;
    const auth = { authorization: `Bearer ${adminToken}` };

    /** Creates a Messenger inbox through the api, as an admin would. */
    const messengerInbox = async (inboxName, pageId, appSecret) => {
      const r = await request('POST', '/api/inboxes', {
        headers: auth, body: { name: inboxName, channel: 'messenger', platformAccountId: pageId, appSecret, accessToken: `EAAbench${pageId}` },
      });
      if (r.status !== 201) throw new Error(`creating inbox ${inboxName}: ${r.status} ${r.text}`);
      return r.json.id;
    };

    return { ...handles, addCleanup: (fn) => cleanups.push(fn), databaseUrl, redisUrl, prefix, work, request, adminToken, auth, messengerInbox, close };
  } catch (error) {
    await close();
    throw error;
  }
}
