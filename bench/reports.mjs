// The manager report over the seeded data: the history a live system would also hold (a resolution event
// per resolved conversation, SLA outcomes), the backfill that builds the aggregates, then the 30-day and
// 365-day reports over HTTP beside the raw SQL that computes the same medians from the source tables.
import { sequential } from './lib/measure.mjs';

const DAY = 86_400_000;

export async function benchReports({ db, request, token, requests = 200, log = () => {} }) {
  await db.query(`INSERT INTO conversation_events (conversation_id, inbox_id, type, actor_id, data, created_at)
    SELECT id, inbox_id, 'status_changed', assignee_id, '{"from":"open","to":"resolved"}', resolved_at FROM conversations WHERE resolved_at IS NOT NULL`);
  await db.query(`INSERT INTO conversation_events (conversation_id, inbox_id, type, data, created_at)
    SELECT id, inbox_id, CASE WHEN first_reply_at - created_at < interval '30 minutes' THEN 'sla_hit' ELSE 'sla_missed' END,
           jsonb_build_object('target', 'firstResponse', 'wallMs', (extract(epoch FROM first_reply_at - created_at) * 1000)::bigint,
                              'businessMs', (extract(epoch FROM first_reply_at - created_at) * 500)::bigint), first_reply_at
    FROM conversations WHERE first_reply_at IS NOT NULL`);
  let t = performance.now();
  await db.query('SELECT report_rebuild()');
  const rebuildMs = performance.now() - t;
  await db.query('VACUUM ANALYZE report_hourly, report_durations');
  const { rows: [size] } = await db.query(`SELECT (SELECT count(*) FROM report_hourly)::int AS hourly, (SELECT count(*) FROM report_durations)::int AS durations`);
  log(`report_rebuild() ${(rebuildMs / 1000).toFixed(1)} s: ${size.hourly} hourly rows, ${size.durations} histogram rows`);

  const to = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000);
  const results = [];
  for (const days of [30, 92]) {
    const from = new Date(to.getTime() - days * DAY);
    const path = `/api/reports/overview?from=${from.toISOString()}&to=${to.toISOString()}&tz=Europe%2FMadrid`;
    let sample;
    const http = await sequential(requests, async () => {
      const res = await request('GET', path, { headers: { authorization: `Bearer ${token}` } });
      if (res.status !== 200) throw new Error(`report ${res.status} ${res.text}`);
      sample = res.json;
    });
    // The same first-response median and p90 straight from the messages, the way a report without aggregates would.
    const rawSql = `WITH m AS (
        SELECT conversation_id, sent_at, direction = 'outgoing' AS is_reply,
               count(*) FILTER (WHERE direction = 'outgoing') OVER (PARTITION BY conversation_id ORDER BY sent_at, id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS grp
        FROM messages WHERE sent_at >= $1::timestamptz - interval '30 days' AND sent_at < $2::timestamptz),
      w AS (SELECT *, min(sent_at) FILTER (WHERE NOT is_reply) OVER (PARTITION BY conversation_id, grp) AS wait_from FROM m)
      SELECT percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - wait_from))
      FROM w WHERE is_reply AND grp = 0 AND sent_at >= $1 AND wait_from IS NOT NULL`;
    const raw = await sequential(Math.min(20, requests), () => db.query(rawSql, [from, to]), 2);
    results.push({ days, http, raw, conversations: sample.totals.created, firstResponse: sample.durations.firstResponse.wall });
    log(`report ${days} days: http p50 ${http.p50.toFixed(1)} ms p99 ${http.p99.toFixed(1)} ms; raw SQL (first response only) p50 ${raw.p50.toFixed(1)} ms`);
  }
  return { rebuildMs, size, results };
}
