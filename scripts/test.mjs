#!/usr/bin/env node
// `npm test`: the whole suite against real PostgreSQL and Redis: jest (unit + integration/e2e over HTTP,
// webhooks and sockets), the dashboard's component tests (Vitest) and the browser tests (e2e/, Chromium).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { needsInstall } from './lib/freshness.mjs';
import { portAnswers } from './lib/services.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const step = (title) => console.log(`\n\x1b[1m── ${title} ──\x1b[0m`);
const failures = [];
const run = (title, cmd, args, env = {}) => {
  step(title);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) failures.push(title);
};

if (needsInstall(root)) {
  step('installing dependencies (npm ci)');
  if (spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);
}

const pgUrl = new URL(process.env.TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const redisUrl = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
if (!(await portAnswers(Number(pgUrl.port || 5432), pgUrl.hostname)) || !(await portAnswers(Number(redisUrl.port || 6379), redisUrl.hostname))) {
  console.error('The tests need PostgreSQL (TEST_ADMIN_DATABASE_URL, default 127.0.0.1:5432, user postgres) and Redis '
    + '(REDIS_URL, default 127.0.0.1:6379) running. `bash .ci/run` starts both on a Debian machine.');
  process.exit(1);
}

run('jest: unit, integration and HTTP/webhook/socket e2e', 'node',
  ['node_modules/jest/bin/jest.js', '--maxWorkers=2', ...process.argv.slice(2)],
  { NODE_OPTIONS: '--experimental-vm-modules --no-warnings' });
if (existsSync(join(root, 'apps/web/vite.config.ts'))) {
  run('vitest: dashboard components', 'node', ['node_modules/vitest/vitest.mjs', 'run', '--config', 'apps/web/vite.config.ts']);
}
if (existsSync(join(root, 'e2e/run.mjs'))) run('browser e2e: the running stack in Chromium', 'node', ['e2e/run.mjs']);

step('summary');
if (failures.length) {
  console.error(`FAILED: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('All test suites passed.');
