// The real worker, built and snapshotted like the api (see api-process.mjs), started as a child process.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { procMemory } from './api-process.mjs';

const MAIN = 'apps/worker/src/main.js';

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Builds the worker when dist is missing or older than its sources, then copies it to `snapshotDir`. */
export function prepareWorkerBuild(root, snapshotDir, log) {
  const dist = join(root, 'dist/apps/worker');
  const main = join(dist, MAIN);
  const stale = !existsSync(main) || Math.max(newest(join(root, 'apps/worker')), newest(join(root, 'libs'))) > statSync(main).mtimeMs;
  if (stale) {
    log('building the worker (npx nest build worker)');
    const r = spawnSync('npx', ['nest', 'build', 'worker'], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0 && !existsSync(main)) throw new Error(`nest build worker failed:\n${r.stdout}\n${r.stderr}`);
    if (r.status !== 0) log('nest build worker failed; measuring the existing build');
  }
  for (let attempt = 0; ; attempt++) {
    try {
      rmSync(snapshotDir, { recursive: true, force: true });
      mkdirSync(snapshotDir, { recursive: true });
      cpSync(dist, snapshotDir, { recursive: true });
      if (existsSync(join(snapshotDir, MAIN))) return snapshotDir;
    } catch (error) {
      if (attempt > 30) throw error;
    }
    if (attempt > 30) throw new Error(`no worker build at ${main}`);
    spawnSync('sleep', ['2']); // someone else's build is rewriting dist/: wait for it
  }
}

/** Starts the worker and waits for its "worker started" log line. */
export async function startWorker(buildDir, env, logFile) {
  const out = openSync(logFile, 'w');
  const child = spawn(process.execPath, [join(buildDir, MAIN)], { env: { ...process.env, ...env }, stdio: ['ignore', out, out] });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the worker exited (${child.exitCode}); see ${logFile}`);
    if (existsSync(logFile) && readFileSync(logFile, 'utf8').includes('worker started')) break;
    if (Date.now() > deadline) throw new Error(`the worker did not start within 60 s; see ${logFile}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    pid: child.pid,
    memory: () => procMemory(child.pid),
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', resolve);
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    }),
  };
}
