// The real worker, built and snapshotted like the api (see api-process.mjs), started as a child process.
import { spawn } from 'node:child_process';
import { existsSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareAppBuild, processHandle } from './api-process.mjs';

const MAIN = 'apps/worker/src/main.js';

/** Builds the worker when stale and snapshots it, like the api (see prepareAppBuild). */
export const prepareWorkerBuild = (root, snapshotDir, log) => prepareAppBuild(root, 'worker', snapshotDir, log);

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
  return processHandle(child);
}
