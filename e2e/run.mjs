#!/usr/bin/env node
// Browser e2e: the built dashboard in Debian's Chromium against the real api and worker, PostgreSQL, Redis and
// a fake Graph API. `node e2e/run.mjs` (also the last step of `npm test`).
//   - builds only when dist/ is older than the sources, then runs a private copy of dist/
//   - creates parley_e2e_<pid>, migrates it and drops it at the end (and only it)
//   - screenshots of every main screen go to test-artifacts/e2e/, the api and worker logs beside them
// Env: TEST_ADMIN_DATABASE_URL (server, default postgres://postgres@127.0.0.1:5432/postgres), REDIS_URL,
// CHROMIUM_PATH (default /usr/bin/chromium), E2E_KEEP_DB=1 keeps the database for a look afterwards,
// E2E_HOLD=1 keeps the stack up after the scenarios (stop it with SIGINT/SIGTERM: it still cleans up),
// E2E_ONLY=<text> runs only the scenarios whose name contains it, and the ones they need,
// E2E_BACKEND_DIST=<dir> runs the api and worker from another build's dist/ (while apps/ is mid-change).
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { portAnswers } from '../scripts/lib/services.mjs';
import { adminAndTheme } from './scenarios/admin-and-theme.mjs';
import { inboxFlow } from './scenarios/inbox-flow.mjs';
import { narrowScreen } from './scenarios/narrow-screen.mjs';
import { phone } from './scenarios/phone.mjs';
import { alerts } from './scenarios/alerts.mjs';
import { contrast } from './scenarios/contrast.mjs';
import { channelHealth } from './scenarios/channel-health.mjs';
import { ApiClient } from './support/api-client.mjs';
import { FakeGraph } from './support/fake-graph.mjs';
import {
  createDatabase, databaseUrl, dropDatabase, ensureBuild, freePort, migrate, requireChromium, snapshotDist, startApi, startWorker,
} from './support/stack.mjs';
import { setUpWorkspace } from './support/workspace.mjs';

const SCENARIOS = selectScenarios([...inboxFlow, ...adminAndTheme, ...contrast, ...narrowScreen, ...phone, ...channelHealth, ...alerts], process.env.E2E_ONLY);
/** The scenarios named by `only` (a part of their name) and, transitively, those they need; all without it. */
function selectScenarios(all, only) {
  if (!only) return all;
  const keep = new Set(all.filter((s) => s.name.includes(only)).map((s) => s.name));
  for (let grew = true; grew;) {
    grew = false;
    for (const s of all) if (keep.has(s.name)) for (const n of s.needs ?? []) if (!keep.has(n)) { keep.add(n); grew = true; }
  }
  return all.filter((s) => keep.has(s.name));
}
const SCENARIO_TIMEOUT_MS = 60_000;
// Generous: on the shared 2-core box a sign-in alone can take 40 s when every engineer builds at once.
const RUN_TIMEOUT_MS = 420_000;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const artifacts = join(root, 'test-artifacts/e2e');
const started = Date.now();
const log = (line) => console.log(`  ${line}`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const green = (s) => `\x1b[32m${s}\x1b[0m`;
const red = (s) => `\x1b[31m${s}\x1b[0m`;
const grey = (s) => `\x1b[90m${s}\x1b[0m`;

const pgServer = process.env.TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const dbName = `parley_e2e_${process.pid}`;
const snapshot = join(tmpdir(), `parley-e2e-${process.pid}`);
const cleanups = [];

async function cleanUp() {
  while (cleanups.length) {
    const [what, fn] = cleanups.pop();
    try {
      await fn();
    } catch (error) {
      console.error(`  cleanup (${what}) failed: ${error.message}`);
    }
  }
}

async function preflight() {
  requireChromium();
  const pgu = new URL(pgServer);
  const ru = new URL(redisUrl);
  if (!(await portAnswers(Number(pgu.port || 5432), pgu.hostname))) throw new Error(`PostgreSQL does not answer at ${pgu.host} (TEST_ADMIN_DATABASE_URL)`);
  if (!(await portAnswers(Number(ru.port || 6379), ru.hostname))) throw new Error(`Redis does not answer at ${ru.host} (REDIS_URL)`);
}

async function startStack() {
  const backendDist = process.env.E2E_BACKEND_DIST || null;
  ensureBuild(root, log, { webOnly: Boolean(backendDist) });
  armGuard();
  cleanups.push(['build snapshot', () => rmSync(snapshot, { recursive: true, force: true })]);
  await snapshotDist(root, snapshot, backendDist);

  await createDatabase(pgServer, dbName);
  if (process.env.E2E_KEEP_DB !== '1') cleanups.push(['database', () => dropDatabase(pgServer, dbName)]);
  const env = {
    DATABASE_URL: databaseUrl(pgServer, dbName),
    REDIS_URL: redisUrl,
    PARLEY_QUEUE_PREFIX: `parley-e2e-${process.pid}`,
    PARLEY_ADMIN_EMAIL: 'admin@e2e.parley.test',
    PARLEY_ADMIN_PASSWORD: 'e2e-admin-password',
    BCRYPT_COST: '4',
    LOGIN_RATE_LIMIT: '1000',
  };
  migrate(snapshot, env);

  const graph = await new FakeGraph().start();
  cleanups.push(['fake Graph API', () => graph.stop()]);
  env.GRAPH_API_URL = graph.url;
  env.PORT = String(await freePort());
  env.PUBLIC_URL = `http://127.0.0.1:${env.PORT}`;
  env.WEB_ORIGIN = env.PUBLIC_URL;

  const apiLog = join(artifacts, 'api.log');
  const api = await startApi(snapshot, env, apiLog);
  cleanups.push(['api', () => api.stop()]);
  const workerLog = join(artifacts, 'worker.log');
  const worker = await startWorker(snapshot, env, workerLog, () => readFileSync(workerLog, 'utf8'));
  cleanups.push(['worker', () => worker.stop()]);
  return { env, graph, baseUrl: api.url };
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

async function runScenarios(ctx) {
  const results = [];
  for (const scenario of SCENARIOS) {
    const missing = (scenario.needs ?? []).filter((n) => results.find((r) => r.name === n)?.status !== 'passed');
    if (missing.length) {
      results.push({ name: scenario.name, status: 'skipped', reason: `needs: ${missing.join('; ')}` });
      console.log(`  ${grey('-')} ${scenario.name} ${grey('(skipped: an earlier step failed)')}`);
      continue;
    }
    const t0 = Date.now();
    let error;
    try {
      await withTimeout(scenario.run(ctx), SCENARIO_TIMEOUT_MS, scenario.name);
    } catch (e) {
      error = e;
    }
    const problems = Object.values(ctx.browsers).flatMap((b) => b.problems.splice(0));
    if (problems.length) error = new Error([error?.message, ...problems].filter(Boolean).join('\n'));
    if (error) {
      await Promise.all(Object.values(ctx.browsers).map((b) => ctx.shot(b.page, `failed-${results.length + 1}-${b.label}`).catch(() => undefined)));
      results.push({ name: scenario.name, status: 'failed', error });
      console.log(`  ${red('✗')} ${scenario.name} ${grey(`(${seconds(Date.now() - t0)})`)}`);
      console.log(red(`      ${error.message.split('\n').slice(0, 10).join('\n      ')}`));
    } else {
      results.push({ name: scenario.name, status: 'passed' });
      console.log(`  ${green('✓')} ${scenario.name} ${grey(`(${seconds(Date.now() - t0)})`)}`);
    }
  }
  return results;
}

async function main() {
  rmSync(artifacts, { recursive: true, force: true });
  mkdirSync(artifacts, { recursive: true });
  await preflight();
  log(`starting the stack (database ${dbName})`);
  const { env, graph, baseUrl } = await startStack();
  log(`api on ${baseUrl}, worker running, fake Graph API on ${graph.url} (${seconds(Date.now() - started)})`);

  const admin = await ApiClient.login(baseUrl, env.PARLEY_ADMIN_EMAIL, env.PARLEY_ADMIN_PASSWORD);
  const workspace = await setUpWorkspace(admin);
  const ctx = {
    baseUrl, graph, admin, ...workspace, adminEmail: env.PARLEY_ADMIN_EMAIL, adminPassword: env.PARLEY_ADMIN_PASSWORD,
    browsers: {},
    shot: (page, name) => page.screenshot({ path: join(artifacts, `${name}.png`) }),
  };
  cleanups.push(['browsers', () => Promise.all(Object.values(ctx.browsers).map((b) => b.close()))]);
  console.log('');
  const results = await runScenarios(ctx);
  if (process.env.E2E_HOLD === '1') {
    console.log(`\n  E2E_HOLD=1: the stack stays up on ${baseUrl} (admin ${env.PARLEY_ADMIN_EMAIL} / ${env.PARLEY_ADMIN_PASSWORD}) until SIGINT`);
    await new Promise(() => undefined);
  }
  return results;
}

let results = [];
let fatal;
// The budget starts after the build (which only runs when dist/ is stale and depends on the machine's load).
let guard;
function armGuard() {
  if (process.env.E2E_HOLD === '1') return;
  guard = setTimeout(() => {
    console.error(red(`\nthe browser e2e run passed its ${RUN_TIMEOUT_MS / 1000} s budget (stack start + scenarios); stopping`));
    void cleanUp().finally(() => process.exit(1));
  }, RUN_TIMEOUT_MS);
}
process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));
process.once('SIGTERM', () => void cleanUp().finally(() => process.exit(143)));

try {
  results = await main();
} catch (error) {
  fatal = error;
}
await cleanUp();
clearTimeout(guard);

const count = (status) => results.filter((r) => r.status === status).length;
console.log('');
if (fatal) console.error(red(`browser e2e could not run: ${fatal.message}`));
const failed = count('failed') + (fatal ? 1 : 0);
const summary = `${count('passed')} passed, ${failed} failed${count('skipped') ? `, ${count('skipped')} skipped` : ''} (${seconds(Date.now() - started)})`;
console.log(failed ? red(summary) : green(summary));
console.log(grey(`screenshots and logs: ${artifacts}`));
process.exit(failed || count('skipped') ? 1 : 0);
