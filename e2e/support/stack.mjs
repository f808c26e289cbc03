// The running stack for the browser suite and the web bench: a fresh build (only when stale), a private
// snapshot of dist/, a database of its own, and the real api and worker as child processes.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, openSync, rmSync, symlinkSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { needsBuild } from '../../scripts/lib/freshness.mjs';

const API_MAIN = 'dist/apps/api/apps/api/src/main.js';
const WORKER_MAIN = 'dist/apps/worker/apps/worker/src/main.js';
const MIGRATE = 'dist/apps/api/apps/api/src/cli/migrate.js';
const SEED = 'dist/apps/api/apps/api/src/cli/seed.js';

const BUILDS = [
  ['api', ['node_modules/@nestjs/cli/bin/nest.js', 'build', 'api']],
  ['worker', ['node_modules/@nestjs/cli/bin/nest.js', 'build', 'worker']],
  ['web', ['node_modules/vite/bin/vite.js', 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn']],
];

/**
 * Builds when dist is missing or older than its sources; a failed build stops the run with the compiler's output.
 * `webOnly`: the api and worker come from elsewhere (E2E_BACKEND_DIST), so only the dashboard is built.
 */
export function ensureBuild(root, log, { webOnly = false } = {}) {
  if (!needsBuild(root)) return;
  for (const [name, args] of BUILDS) {
    if (webOnly && name !== 'web') continue;
    log(`building ${name}`);
    const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`the ${name} build failed:\n${r.stdout}\n${r.stderr}`);
  }
}

/**
 * Copies dist/ into `dir`, so a colleague's rebuild (vite empties dist/web first) cannot pull files from under
 * the running api; a node_modules link lets it resolve packages. Not under the repository's .tmp/: express's
 * sendFile refuses paths with a dot-folder in them, so the dashboard's index.html would answer 404.
 */
export async function snapshotDist(root, dir, backendDist = null) {
  for (let attempt = 1; ; attempt++) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    try {
      cpSync(join(root, 'dist'), join(dir, 'dist'), { recursive: true });
      // A known-good api + worker build (another checkout's dist/) with this checkout's dashboard.
      if (backendDist) cpSync(join(backendDist, 'apps'), join(dir, 'dist/apps'), { recursive: true });
    } catch { /* a file vanished mid-copy: a rebuild is running */ }
    const missing = [API_MAIN, WORKER_MAIN, 'dist/web/index.html'].filter((f) => !existsSync(join(dir, f)));
    if (!missing.length) return dir;
    // Someone else's build is rewriting dist/ (nest and vite empty their output first): wait and copy again.
    if (attempt >= 20) throw new Error(`the build has no ${missing.join(', ')}; run the builds again`);
    await new Promise((r) => setTimeout(r, 3000));
  }
}

const ident = (name) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe database name ${name}`);
  return name;
};

export function databaseUrl(serverUrl, name) {
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

async function onServer(serverUrl, fn) {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  try { return await fn(client); } finally { await client.end(); }
}

export function createDatabase(serverUrl, name) {
  return onServer(serverUrl, (c) => c.query(`CREATE DATABASE ${ident(name)}`));
}

export function dropDatabase(serverUrl, name) {
  return onServer(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`));
}

function runCli(buildDir, script, env) {
  const r = spawnSync(process.execPath, [join(buildDir, script)], { cwd: buildDir, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${script} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout.trim();
}

export const migrate = (buildDir, env) => runCli(buildDir, MIGRATE, env);
export const seedDemo = (buildDir, env) => runCli(buildDir, SEED, env);

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A child process whose output goes to `logFile`; `stop()` ends it (SIGTERM, then SIGKILL after 5 s). */
function startChild(buildDir, script, env, logFile) {
  const out = openSync(logFile, 'w');
  const child = spawn(process.execPath, [join(buildDir, script)], { cwd: buildDir, env: { ...process.env, ...env }, stdio: ['ignore', out, out] });
  return {
    child,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    }),
  };
}

export async function startApi(buildDir, env, logFile) {
  const proc = startChild(buildDir, API_MAIN, env, logFile);
  const url = `http://127.0.0.1:${env.PORT}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (proc.child.exitCode !== null) throw new Error(`the api exited with code ${proc.child.exitCode}; see ${logFile}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      await proc.stop();
      throw new Error(`the api did not answer /api/health within 60 s; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { ...proc, url };
}

/** The worker logs "worker started" once its processors are registered. */
export async function startWorker(buildDir, env, logFile, readLog) {
  const proc = startChild(buildDir, WORKER_MAIN, env, logFile);
  const deadline = Date.now() + 60_000;
  while (!/worker started/.test(readLog())) {
    if (proc.child.exitCode !== null) throw new Error(`the worker exited with code ${proc.child.exitCode}; see ${logFile}`);
    if (Date.now() > deadline) {
      await proc.stop();
      throw new Error(`the worker did not start within 60 s; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return proc;
}

/** Debian's Chromium is the only browser the suite uses; playwright never downloads one. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function requireChromium() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}. Install Debian's package (sudo apt-get install -y chromium) or set CHROMIUM_PATH; `
      + 'the browser tests never download a browser.');
  }
}

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
];
