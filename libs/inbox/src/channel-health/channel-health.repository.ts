import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ChannelType } from '@parley/contracts';
import { returningRows } from '@parley/core';

export interface ChannelHealthRow {
  inboxId: string;
  name: string;
  channel: ChannelType;
  credentialsInvalid: boolean;
  arrivedLastHour: number;
  /** arrivals in the same hour of each of the last 7 days, summed */
  sameHourLastWeek: number;
  lastArrivalAt: Date | null;
  ingestionLagSeconds: number | null;
  repliesWaiting: number;
  oldestReplyWaitingAt: Date | null;
}

export interface ChannelFailureRow { inboxId: string; code: string; reason: string; count: number }

/** The counts behind channel health, each from a partial index on messages (arrivals, pending, failed). */
@Injectable()
export class ChannelHealthRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One row per inbox (all of them, or the ids given), as of `now`. */
  async rows(now: Date, inboxIds: string[] | null = null): Promise<ChannelHealthRow[]> {
    return this.dataSource.query(`
      SELECT i.id AS "inboxId", i.name, i.channel, i.credentials_invalid AS "credentialsInvalid",
        coalesce(a.last_hour, 0)::int AS "arrivedLastHour", coalesce(a.same_hour, 0)::int AS "sameHourLastWeek",
        last.at AS "lastArrivalAt", a.lag AS "ingestionLagSeconds",
        coalesce(p.n, 0)::int AS "repliesWaiting", p.oldest AS "oldestReplyWaitingAt"
      FROM inboxes i
      LEFT JOIN LATERAL (
        SELECT count(*) FILTER (WHERE m.created_at > $1::timestamptz - interval '1 hour') AS last_hour,
          -- the hour before now on each of the 7 previous days
          count(*) FILTER (WHERE m.created_at <= $1::timestamptz - interval '1 day'
            AND mod(extract(epoch FROM $1::timestamptz - m.created_at)::bigint, 86400) < 3600) AS same_hour,
          percentile_cont(0.5) WITHIN GROUP (ORDER BY greatest(0, extract(epoch FROM m.created_at - m.sent_at)))
            FILTER (WHERE m.created_at > $1::timestamptz - interval '1 hour') AS lag
        FROM messages m
        WHERE m.inbox_id = i.id AND m.direction = 'incoming' AND m.created_at > $1::timestamptz - interval '7 days 1 hour'
          AND m.created_at <= $1::timestamptz
      ) a ON true
      LEFT JOIN LATERAL (
        SELECT max(m.created_at) AS at FROM messages m WHERE m.inbox_id = i.id AND m.direction = 'incoming' AND m.created_at <= $1::timestamptz
      ) last ON true
      LEFT JOIN LATERAL (
        SELECT count(*) AS n, min(m.created_at) AS oldest FROM messages m
        WHERE m.inbox_id = i.id AND m.delivery_status = 'pending' AND m.direction = 'outgoing'
      ) p ON true
      WHERE $2::uuid[] IS NULL OR i.id = ANY($2::uuid[])
      ORDER BY i.name, i.id`, [now, inboxIds]);
  }

  /** Replies that failed in the last hour, per inbox and reason. */
  async failures(now: Date, inboxIds: string[] | null = null): Promise<ChannelFailureRow[]> {
    return this.dataSource.query(`
      SELECT m.inbox_id AS "inboxId", coalesce(m.delivery_error->>'code', 'unknown') AS code,
        max(coalesce(m.delivery_error->>'message', 'The reply could not be delivered')) AS reason, count(*)::int AS count
      FROM messages m
      WHERE m.delivery_status = 'failed' AND m.created_at > $1::timestamptz - interval '1 hour' AND m.created_at <= $1::timestamptz
        AND ($2::uuid[] IS NULL OR m.inbox_id = ANY($2::uuid[]))
      GROUP BY 1, 2 ORDER BY count(*) DESC, 2`, [now, inboxIds]);
  }

  /**
   * Marks the inbox's credentials rejected; true only for the call that flipped it, so whatever follows
   * (telling the admins) happens once per rejection, however many replies fail on it.
   */
  async markCredentialsRejected(manager: EntityManager, inboxId: string): Promise<{ name: string; channel: ChannelType } | null> {
    const rows = returningRows<{ name: string; channel: ChannelType }>(await manager.query(
      `UPDATE inboxes SET credentials_invalid = true, updated_at = CURRENT_TIMESTAMP WHERE id = $1 AND NOT credentials_invalid
       RETURNING name, channel`, [inboxId]));
    return rows[0] ?? null;
  }

  async adminIds(manager: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query("SELECT id FROM users WHERE role = 'admin' AND deactivated_at IS NULL");
    return rows.map((r) => r.id);
  }
}
