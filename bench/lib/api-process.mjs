// The real api, built once and snapshotted so a colleague's rebuild of dist/ cannot pull it from under the run.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { newest } from '../../scripts/lib/freshness.mjs';

const MAIN = 'apps/api/src/main.js';

/**
 * Builds a Nest app (`api` or `worker`) when its dist is missing or older than its sources, then copies it
 * to `snapshotDir`, so a rebuild of dist/ during the run cannot pull it from under the measurement.
 */
export function prepareAppBuild(root, app, snapshotDir, log) {
  const entry = `apps/${app}/src/main.js`;
  const dist = join(root, `dist/apps/${app}`);
  const main = join(dist, entry);
  const stale = !existsSync(main) || Math.max(newest(join(root, `apps/${app}`)), newest(join(root, 'libs'))) > statSync(main).mtimeMs;
  if (stale) {
    log(`building the ${app} (npx nest build ${app})`);
    const r = spawnSync('npx', ['nest', 'build', app], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0 && !existsSync(main)) throw new Error(`nest build ${app} failed:\n${r.stdout}\n${r.stderr}`);
    if (r.status !== 0) log(`nest build ${app} failed; measuring the existing build`);
  }
  for (let attempt = 0; ; attempt++) {
    try {
      rmSync(snapshotDir, { recursive: true, force: true });
      mkdirSync(snapshotDir, { recursive: true });
      cpSync(dist, snapshotDir, { recursive: true });
      if (existsSync(join(snapshotDir, entry))) return snapshotDir;
    } catch (error) {
      if (attempt > 30) throw error;
    }
    if (attempt > 30) throw new Error(`no ${app} build at ${main}`);
    spawnSync('sleep', ['2']); // someone else's build is rewriting dist/: wait for it
  }
}

/** The api's build, snapshotted (see prepareAppBuild). */
export const prepareBuild = (root, snapshotDir, log) => prepareAppBuild(root, 'api', snapshotDir, log);

export async function startApi(buildDir, env, logFile) {
  const out = openSync(logFile, 'w');
  // BENCH_API_NODE_ARGS="--prof" profiles the api under load (NODE_OPTIONS refuses --prof).
  const nodeArgs = process.env.BENCH_API_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, join(buildDir, MAIN)], { env: { ...process.env, ...env }, stdio: ['ignore', out, out] });
  const url = `http://127.0.0.1:${env.PORT}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the api exited (${child.exitCode}); see ${logFile}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error(`the api did not answer /api/health within 60 s; see ${logFile}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, ...processHandle(child) };
}

/** A started child process as the benches use it: its pid, its memory, and a stop that never hangs. */
export function processHandle(child) {
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

/** Resident and peak resident memory of a process, in MB (Linux). */
export function procMemory(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k) => Number(status.match(new RegExp(`${k}:\\s+(\\d+)`))?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return { rssMb: NaN, peakMb: NaN };
  }
}
