import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Aggregates the manager reports read instead of the message and event tables.
 *
 * - `report_hourly`: counters per UTC hour, inbox, team and agent (incoming messages, new conversations,
 *   human replies, resolutions, SLA hits and misses). Hours, not days, so a report can bucket days in any
 *   whole-hour time zone.
 * - `report_durations`: response and resolution times as log-scale histograms (10% wide buckets) that keep
 *   the count and the sum of each bucket: a percentile is the mean of the bucket holding its rank, exact
 *   when the bucket holds one distinct value and within the bucket's width otherwise.
 *
 * Both are maintained by statement-level triggers on `messages` and `conversation_events` (one grouped
 * upsert per statement, so bulk loads stay set-based), in the writer's own transaction. `shard` spreads
 * concurrent writers over different rows, so ingestion never queues behind one hot counter row.
 * `report_rebuild()` recomputes everything from the source tables: the backfill below, and a repair tool.
 * The no-team and no-agent dimension is the zero uuid (primary key columns cannot be null).
 */
export class ReportAggregates1764303600000 implements MigrationInterface {
  name = 'ReportAggregates1764303600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_hourly (
        hour timestamptz NOT NULL,
        inbox_id uuid NOT NULL,
        team_id uuid NOT NULL,
        agent_id uuid NOT NULL,
        shard smallint NOT NULL,
        incoming integer NOT NULL DEFAULT 0,
        created integer NOT NULL DEFAULT 0,
        replies integer NOT NULL DEFAULT 0,
        resolved integer NOT NULL DEFAULT 0,
        sla_hit integer NOT NULL DEFAULT 0,
        sla_missed integer NOT NULL DEFAULT 0,
        PRIMARY KEY (hour, inbox_id, team_id, agent_id, shard)
      );
      CREATE TABLE report_durations (
        hour timestamptz NOT NULL,
        inbox_id uuid NOT NULL,
        team_id uuid NOT NULL,
        agent_id uuid NOT NULL,
        metric text NOT NULL CHECK (metric IN ('first_response','next_response','resolution')),
        clock text NOT NULL CHECK (clock IN ('wall','business')),
        bucket smallint NOT NULL,
        shard smallint NOT NULL,
        n integer NOT NULL,
        sum_ms bigint NOT NULL,
        PRIMARY KEY (hour, inbox_id, team_id, agent_id, metric, clock, bucket, shard)
      );
      -- The list filter "replied/resolved/SLA event in a range" reads events by type and time.
      CREATE INDEX idx_conversation_events_type_created ON conversation_events (type, created_at);

      CREATE FUNCTION report_bucket(ms bigint) RETURNS smallint LANGUAGE sql IMMUTABLE AS
        $$ SELECT CASE WHEN ms < 1000 THEN 0 ELSE 1 + floor(ln(ms / 1000.0) / ln(1.1)) END::smallint $$;
      CREATE FUNCTION report_shard() RETURNS smallint LANGUAGE sql STABLE AS $$ SELECT (pg_backend_pid() % 8)::smallint $$;

      -- Incoming messages, human replies (agents and the page's own app; never notes or automation), and the
      -- response each reply gave: read from the conversation before the writer updates it in the same
      -- transaction (both writers insert the message first), so waiting_since is when the customer began to wait.
      CREATE FUNCTION report_on_messages() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO report_hourly AS r (hour, inbox_id, team_id, agent_id, shard, incoming, replies)
        SELECT date_trunc('hour', n.sent_at), n.inbox_id, coalesce(c.team_id, '00000000-0000-0000-0000-000000000000'),
               CASE WHEN n.direction = 'incoming' THEN '00000000-0000-0000-0000-000000000000'
                    ELSE coalesce(n.sender_user_id, '00000000-0000-0000-0000-000000000000') END,
               report_shard(), count(*) FILTER (WHERE n.direction = 'incoming'), count(*) FILTER (WHERE n.direction = 'outgoing')
        FROM new_rows n JOIN conversations c ON c.id = n.conversation_id
        WHERE n.direction = 'incoming' OR (n.sender_type IN ('user','page') AND n.kind IN ('text','attachment'))
        GROUP BY 1, 2, 3, 4
        ON CONFLICT (hour, inbox_id, team_id, agent_id, shard)
        DO UPDATE SET incoming = r.incoming + excluded.incoming, replies = r.replies + excluded.replies;

        INSERT INTO report_durations AS r (hour, inbox_id, team_id, agent_id, metric, clock, bucket, shard, n, sum_ms)
        SELECT date_trunc('hour', x.at), x.inbox_id, x.team_id, x.agent_id, x.metric, 'wall', report_bucket(x.ms), report_shard(), count(*), sum(x.ms)
        FROM (SELECT n.sent_at AS at, n.inbox_id, coalesce(c.team_id, '00000000-0000-0000-0000-000000000000') AS team_id,
                     coalesce(n.sender_user_id, '00000000-0000-0000-0000-000000000000') AS agent_id,
                     CASE WHEN c.first_reply_at IS NULL THEN 'first_response' ELSE 'next_response' END AS metric,
                     (extract(epoch FROM n.sent_at - c.waiting_since) * 1000)::bigint AS ms
              FROM new_rows n JOIN conversations c ON c.id = n.conversation_id
              WHERE n.direction = 'outgoing' AND n.sender_type IN ('user','page') AND n.kind IN ('text','attachment')
                AND c.waiting_since IS NOT NULL AND c.waiting_since <= n.sent_at) x
        GROUP BY 1, 2, 3, 4, 5, 7
        ON CONFLICT (hour, inbox_id, team_id, agent_id, metric, clock, bucket, shard)
        DO UPDATE SET n = r.n + excluded.n, sum_ms = r.sum_ms + excluded.sum_ms;
        RETURN NULL;
      END $$;
      CREATE TRIGGER report_messages AFTER INSERT ON messages REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION report_on_messages();

      -- New conversations, resolutions (with the time since creation or the last reopening), and the SLA
      -- events of the automation (sla_hit / sla_missed with data {target, wallMs, businessMs}); their
      -- businessMs is the only business-hours duration there is, so it feeds the business clock.
      CREATE FUNCTION report_on_events() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
${eventsSql('new_rows', 'report_shard()')}
        RETURN NULL;
      END $$;
      CREATE TRIGGER report_events AFTER INSERT ON conversation_events REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION report_on_events();

      -- The backfill: the same figures computed set-based from the source tables. For responses, a reply's
      -- wait began at the oldest customer message since the previous reply (DESIGN.md's waiting_since).
      CREATE FUNCTION report_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE report_hourly, report_durations;
        CREATE TEMP TABLE report_replies ON COMMIT DROP AS
          WITH m AS (
            SELECT conversation_id, inbox_id, direction, sender_user_id, sent_at, id,
                   direction = 'outgoing' AS is_reply
            FROM messages
            WHERE direction = 'incoming' OR (sender_type IN ('user','page') AND kind IN ('text','attachment'))),
          g AS (
            SELECT *, count(*) FILTER (WHERE is_reply) OVER (PARTITION BY conversation_id ORDER BY sent_at, id
                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS grp
            FROM m),
          w AS (
            SELECT *, min(sent_at) FILTER (WHERE NOT is_reply) OVER (PARTITION BY conversation_id, grp) AS wait_from
            FROM g)
          SELECT w.conversation_id, w.inbox_id, w.direction, w.sender_user_id, w.sent_at, w.is_reply, w.grp,
                 CASE WHEN w.is_reply AND w.wait_from <= w.sent_at THEN (extract(epoch FROM w.sent_at - w.wait_from) * 1000)::bigint END AS ms
          FROM w;
        INSERT INTO report_hourly (hour, inbox_id, team_id, agent_id, shard, incoming, replies)
        SELECT date_trunc('hour', r.sent_at), r.inbox_id, coalesce(c.team_id, '00000000-0000-0000-0000-000000000000'),
               CASE WHEN r.is_reply THEN coalesce(r.sender_user_id, '00000000-0000-0000-0000-000000000000') ELSE '00000000-0000-0000-0000-000000000000' END,
               0, count(*) FILTER (WHERE NOT r.is_reply), count(*) FILTER (WHERE r.is_reply)
        FROM report_replies r JOIN conversations c ON c.id = r.conversation_id
        GROUP BY 1, 2, 3, 4;
        INSERT INTO report_durations (hour, inbox_id, team_id, agent_id, metric, clock, bucket, shard, n, sum_ms)
        SELECT date_trunc('hour', r.sent_at), r.inbox_id, coalesce(c.team_id, '00000000-0000-0000-0000-000000000000'),
               coalesce(r.sender_user_id, '00000000-0000-0000-0000-000000000000'),
               CASE WHEN r.grp = 0 THEN 'first_response' ELSE 'next_response' END, 'wall', report_bucket(r.ms), 0, count(*), sum(r.ms)
        FROM report_replies r JOIN conversations c ON c.id = r.conversation_id
        WHERE r.is_reply AND r.ms IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5, 7;
${eventsSql('conversation_events', '0')}
      END $$;
    `);
    await q.query('SELECT report_rebuild()');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER report_events ON conversation_events;
      DROP TRIGGER report_messages ON messages;
      DROP FUNCTION report_rebuild(), report_on_events(), report_on_messages(), report_shard(), report_bucket(bigint);
      DROP INDEX idx_conversation_events_type_created;
      DROP TABLE report_durations, report_hourly;
    `);
  }
}

/**
 * What conversation events add to the aggregates, over `source` (the trigger's transition table, or the
 * whole table for the backfill): one code path, so the backfill and the live figures cannot disagree.
 */
function eventsSql(source: string, shard: string): string {
  return `
        INSERT INTO report_hourly AS r (hour, inbox_id, team_id, agent_id, shard, created, resolved, sla_hit, sla_missed)
        SELECT date_trunc('hour', e.created_at), e.inbox_id, coalesce(c.team_id, '00000000-0000-0000-0000-000000000000'),
               CASE WHEN e.type = 'created' THEN '00000000-0000-0000-0000-000000000000'
                    ELSE coalesce(c.assignee_id, '00000000-0000-0000-0000-000000000000') END,
               ${shard}, count(*) FILTER (WHERE e.type = 'created'), count(*) FILTER (WHERE e.type = 'status_changed'),
               count(*) FILTER (WHERE e.type = 'sla_hit'), count(*) FILTER (WHERE e.type IN ('sla_missed','sla_breached'))
        FROM ${source} e LEFT JOIN conversations c ON c.id = e.conversation_id
        WHERE e.type IN ('created','sla_hit','sla_missed','sla_breached') OR (e.type = 'status_changed' AND e.data->>'to' = 'resolved')
        GROUP BY 1, 2, 3, 4
        ON CONFLICT (hour, inbox_id, team_id, agent_id, shard)
        DO UPDATE SET created = r.created + excluded.created, resolved = r.resolved + excluded.resolved,
                      sla_hit = r.sla_hit + excluded.sla_hit, sla_missed = r.sla_missed + excluded.sla_missed;

        INSERT INTO report_durations AS r (hour, inbox_id, team_id, agent_id, metric, clock, bucket, shard, n, sum_ms)
        SELECT date_trunc('hour', x.at), x.inbox_id, x.team_id, x.agent_id, x.metric, x.clock, report_bucket(x.ms), ${shard}, count(*), sum(x.ms)
        FROM (SELECT e.created_at AS at, e.inbox_id, coalesce(c.team_id, '00000000-0000-0000-0000-000000000000') AS team_id,
                     coalesce(c.assignee_id, '00000000-0000-0000-0000-000000000000') AS agent_id, 'resolution' AS metric, 'wall' AS clock,
                     (extract(epoch FROM e.created_at - coalesce(
                        (SELECT max(p.created_at) FROM conversation_events p
                         WHERE p.conversation_id = e.conversation_id AND p.type = 'reopened' AND p.created_at <= e.created_at),
                        c.created_at)) * 1000)::bigint AS ms
              FROM ${source} e JOIN conversations c ON c.id = e.conversation_id
              WHERE e.type = 'status_changed' AND e.data->>'to' = 'resolved'
              UNION ALL
              SELECT e.created_at, e.inbox_id, coalesce(c.team_id, '00000000-0000-0000-0000-000000000000'),
                     coalesce(c.assignee_id, '00000000-0000-0000-0000-000000000000'),
                     CASE e.data->>'target' WHEN 'firstResponse' THEN 'first_response' WHEN 'nextResponse' THEN 'next_response' ELSE 'resolution' END,
                     'business', (e.data->>'businessMs')::numeric::bigint
              FROM ${source} e LEFT JOIN conversations c ON c.id = e.conversation_id
              WHERE e.type IN ('sla_hit','sla_missed','sla_breached') AND e.data->>'target' IN ('firstResponse','nextResponse','resolution')
                AND jsonb_typeof(e.data->'businessMs') = 'number') x
        WHERE x.ms >= 0
        GROUP BY 1, 2, 3, 4, 5, 6, 7
        ON CONFLICT (hour, inbox_id, team_id, agent_id, metric, clock, bucket, shard)
        DO UPDATE SET n = r.n + excluded.n, sum_ms = r.sum_ms + excluded.sum_ms;`;
}
