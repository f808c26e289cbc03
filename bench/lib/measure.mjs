// Timing helpers: a keep-alive HTTP client, a fixed-duration load loop and percentile summaries.
import http from 'node:http';

export const now = () => performance.now();

export function summarize(samples, elapsedMs) {
  const s = Float64Array.from(samples).sort();
  const at = (p) => (s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN);
  return { n: s.length, p50: at(0.5), p99: at(0.99), max: s[s.length - 1], rate: elapsedMs ? (s.length / elapsedMs) * 1000 : undefined };
}

/** A JSON client over one keep-alive agent (sockets are reused, as a load balancer or bridge would). */
export function httpClient(baseUrl, maxSockets = 64) {
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  const base = new URL(baseUrl);
  return function request(method, path, { body, headers = {} } = {}) {
    return new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
      const req = http.request({
        agent, host: base.hostname, port: base.port, method, path,
        headers: { ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}), ...headers },
      }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json;
          try { json = text ? JSON.parse(text) : undefined; } catch { json = undefined; }
          resolve({ status: res.statusCode, json, text });
        });
      });
      req.on('error', reject);
      if (payload) req.write(payload);
      req.end();
    });
  };
}

/**
 * `concurrency` loops call `once(worker, k)` back to back for `seconds`; latencies of the calls that
 * started inside the window are kept. A call that throws counts as an error, not a sample.
 */
export async function loadLoop({ concurrency, seconds, warmupSeconds = 2, once }) {
  const latencies = [];
  let errors = 0;
  let firstError;
  const warmEnd = now() + warmupSeconds * 1000;
  const end = warmEnd + seconds * 1000;
  const counters = new Array(concurrency).fill(0);
  const worker = async (w) => {
    while (now() < end) {
      const t = now();
      try {
        await once(w, counters[w]++);
        if (t >= warmEnd) latencies.push(now() - t);
      } catch (error) {
        errors++;
        firstError ??= error;
      }
    }
  };
  await Promise.all(counters.map((_, w) => worker(w)));
  return { ...summarize(latencies, seconds * 1000), errors, firstError };
}

/** `count` calls one after another (the latency a single user sees), after a few warm-up calls. */
export async function sequential(count, once, warmup = 20) {
  for (let i = 0; i < warmup; i++) await once(i);
  const latencies = [];
  for (let i = 0; i < count; i++) {
    const t = now();
    await once(i);
    latencies.push(now() - t);
  }
  return summarize(latencies);
}
