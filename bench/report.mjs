// The printed table: every app figure beside the raw PostgreSQL figure for the same work, with its target.
const f = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '–');
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

export function printReport({ cfg, ingestion, reads, plans, phases, memory, elapsed }) {
  const out = [];
  const { api, raw } = ingestion;
  const ratio = api.rate / raw.rate;
  out.push('', `1. Ingestion: signed API-channel webhooks, ${cfg.concurrency} concurrent senders, ${cfg.seconds} s each`);
  out.push(`   ${pad('', 26)}${lpad('msg/s', 9)}${lpad('p50 ms', 9)}${lpad('p99 ms', 9)}${lpad('n', 8)}${lpad('errors', 8)}`);
  for (const [name, r] of [['POST /api/webhooks/api/:id', api], ['raw pg, 1 tx per message', raw]]) {
    out.push(`   ${pad(name, 26)}${lpad(f(r.rate, 0), 9)}${lpad(f(r.p50), 9)}${lpad(f(r.p99), 9)}${lpad(r.n, 8)}${lpad(r.errors, 8)}`);
  }
  out.push(`   ratio ${f(ratio, 2)}x of the raw ceiling (target ≥ 0.70x: ${ratio >= 0.7 ? 'met' : 'MISSED'}); `
    + `webhook p99 ${f(api.p99)} ms (target < 50 ms: ${api.p99 < 50 ? 'met' : 'MISSED'})`);

  out.push('', `2-3. Reads, ${cfg.requests} sequential requests each: HTTP beside the same SQL run by pg`);
  out.push(`   ${pad('', 40)}${lpad('HTTP p50', 10)}${lpad('p99', 8)}${lpad('SQL p50', 10)}${lpad('p99', 8)}${lpad('HTTP/SQL', 10)}  target`);
  for (const r of reads) {
    const ok = r.http.p99 < r.target;
    out.push(`   ${pad(`${r.what}, ${r.actor}`, 40)}${lpad(f(r.http.p50, 2), 10)}${lpad(f(r.http.p99, 2), 8)}`
      + `${lpad(f(r.raw.p50, 2), 10)}${lpad(f(r.raw.p99, 2), 8)}${lpad(`${f(r.http.p50 / r.raw.p50, 1)}x`, 10)}  p99 < ${r.target} ms: ${ok ? 'met' : 'MISSED'}`);
  }
  out.push('', 'Plans (EXPLAIN (ANALYZE, BUFFERS), top lines):');
  for (const p of plans) out.push(`   -- ${p.title}`, ...p.lines.map((l) => `   ${l}`));
  out.push('', `Phases: ${phases.map((p) => `${p.name} ${f(p.seconds)} s`).join(' · ')}`);
  out.push(`Memory: bench process ${f(memory.bench, 0)} MB RSS; api ${f(memory.api.rssMb, 0)} MB RSS (peak ${f(memory.api.peakMb, 0)} MB); database ${memory.database}`);
  out.push(`Elapsed: ${f(elapsed, 0)} s`, '');
  console.log(out.join('\n'));
}
