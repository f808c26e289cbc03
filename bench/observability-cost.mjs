// Issue 19: what metrics and structured logging cost ingestion. Two api stacks side by side, one as shipped
// (OBSERVABILITY=on: pino request and journey lines to a log file, Prometheus counters and histograms) and
// one with OBSERVABILITY=off (warnings only, no request logging); the ingestion bench's load (signed API-channel
// webhooks, 32 senders) runs against each in turn, alternating, so drift in the machine's load hits both.
// Alone: `node bench/observability-cost.mjs`. Knobs: BENCH_OBS_SECONDS (15), BENCH_OBS_ROUNDS (2),
// BENCH_CONCURRENCY (32), BENCH_OBS_PORT (3951).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestViaApi } from './ingestion.mjs';
import { load, startStack } from './lib/stack.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seconds = Number(process.env.BENCH_OBS_SECONDS ?? 15);
const rounds = Number(process.env.BENCH_OBS_ROUNDS ?? 2);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 32);
const basePort = Number(process.env.BENCH_OBS_PORT ?? 3951);
const log = (m) => console.log(`[observability-cost] ${m}`);
const SECRET = 'bench-obs-app-secret-0123456789';

async function stackWith(mode, port) {
  return { stack: await startStack({ root, name: `obs_${mode}`, log, basePort: port, env: { OBSERVABILITY: mode, LOG_LEVEL: 'info' } }) };
}

/** A fresh inbox per run: the load's message ids restart at 0 each run, and would be duplicates in the same inbox. */
async function freshInbox(stack, name) {
  const r = await stack.request('POST', '/api/inboxes', { headers: stack.auth, body: { name, channel: 'api', appSecret: SECRET } });
  if (r.status !== 201) throw new Error(`inbox: ${r.status} ${r.text}`);
  return r.json.id;
}

const on = await stackWith('on', basePort);
const off = await stackWith('off', basePort + 1);
const results = { on: [], off: [] };
try {
  for (let round = 1; round <= rounds; round++) {
    for (const [mode, s] of round % 2 ? [['on', on], ['off', off]] : [['off', off], ['on', on]]) {
      const inboxId = await freshInbox(s.stack, `bench ${mode} ${round}`);
      const r = await ingestViaApi({ request: s.stack.request, inboxId, appSecret: SECRET, concurrency, seconds });
      results[mode].push(r);
      log(`round ${round} ${mode.padEnd(3)}: ${r.rate.toFixed(0)} msg/s, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, errors ${r.errors} (load ${load()})`);
    }
  }
} finally {
  await on.stack.close();
  await off.stack.close();
}
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const tOn = mean(results.on.map((r) => r.rate));
const tOff = mean(results.off.map((r) => r.rate));
log(`observability on ${tOn.toFixed(0)} msg/s, off ${tOff.toFixed(0)} msg/s: cost ${(((tOff - tOn) / tOff) * 100).toFixed(1)} % of ingestion throughput`);
