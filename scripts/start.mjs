#!/usr/bin/env node
// `npm start`: installs, builds, migrates, seeds demo data (skip with PARLEY_SKIP_SEED=1) and runs the api
// (which also serves the dashboard) and the worker, finding or starting PostgreSQL and Redis on the way.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { needsBuild, needsInstall } from './lib/freshness.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const log = (m) => console.log(`\x1b[36m[parley]\x1b[0m ${m}`);
const run = (cmd, args, env = process.env) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (r.status !== 0) { console.error(`[parley] ${cmd} ${args.join(' ')} failed`); process.exit(r.status ?? 1); }
};

if (needsInstall(root)) { log('installing dependencies (npm ci)'); run('npm', ['ci', '--no-audit', '--no-fund']); }
if (needsBuild(root)) { log('building api, worker and dashboard'); run('npm', ['run', 'build']); }

const { ensurePostgres, ensureRedis } = await import('./lib/services.mjs');
let postgres, redis;
try {
  postgres = await ensurePostgres(root, log);
  redis = await ensureRedis(root, log);
} catch (error) {
  console.error(`[parley] ${error.message}`);
  process.exit(1);
}
const port = process.env.PORT ?? '3000';
const env = {
  ...process.env, DATABASE_URL: postgres.url, REDIS_URL: redis.url, PORT: port,
  PARLEY_ADMIN_EMAIL: process.env.PARLEY_ADMIN_EMAIL ?? 'admin@parley.local',
  PARLEY_ADMIN_PASSWORD: process.env.PARLEY_ADMIN_PASSWORD ?? 'parley-admin',
  WEB_ORIGIN: process.env.WEB_ORIGIN ?? `http://localhost:${port}`,
};

log('migrating the database');
run('node', ['scripts/migrate.mjs'], env);
if (process.env.PARLEY_SKIP_SEED !== '1') { log('loading demo data (skip with PARLEY_SKIP_SEED=1)'); run('node', ['scripts/seed.mjs'], env); }

const children = [
  spawn('node', ['dist/apps/api/apps/api/src/main.js'], { cwd: root, env, stdio: 'inherit' }),
  // One machine, two processes: with METRICS_PORT set, the worker serves its metrics on the next port.
  spawn('node', ['dist/apps/worker/apps/worker/src/main.js'], {
    cwd: root, env: env.METRICS_PORT ? { ...env, METRICS_PORT: String(Number(env.METRICS_PORT) + 1) } : env, stdio: 'inherit',
  }),
];
let stopping = false;
const stop = async (code = 0) => {
  if (stopping) return;
  stopping = true;
  children.forEach((c) => c.kill('SIGTERM'));
  await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r() : c.once('exit', r)))));
  await redis.stop();
  await postgres.stop();
  process.exit(code);
};
children.forEach((c) => c.once('exit', (code) => { if (!stopping) { console.error(`[parley] a process exited (${code}); stopping`); void stop(1); } }));
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

const { portAnswers } = await import('./lib/services.mjs');
for (let i = 0; i < 100 && !(await portAnswers(Number(port))); i++) await new Promise((r) => setTimeout(r, 200));
log(`Parley is running: open http://localhost:${port}`);
log(`log in as ${env.PARLEY_ADMIN_EMAIL} / ${process.env.PARLEY_ADMIN_PASSWORD ? '(your PARLEY_ADMIN_PASSWORD)' : env.PARLEY_ADMIN_PASSWORD}`);
log('API docs: http://localhost:' + port + '/api/docs   ·   stop with Ctrl+C');
