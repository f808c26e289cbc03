import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface UnknownAccountRow { accountId: string; events: number; lastSeenAt: Date }

// An account id is the platform's (under 200 characters); a longer one is cut so a hostile value cannot bloat the key.
const MAX_ACCOUNT_ID = 200;

/** Webhook entries for accounts no inbox is connected to, counted per inbox whose app secret signed them. */
@Injectable()
export class UnknownAccountsRepository {
  constructor(private readonly db: DataSource) {}

  async record(inboxIds: string[], counts: Map<string, number>): Promise<void> {
    if (inboxIds.length === 0 || counts.size === 0) return;
    const accounts = [...counts.keys()].map((a) => a.slice(0, MAX_ACCOUNT_ID));
    await this.db.query(
      `INSERT INTO webhook_unknown_accounts (inbox_id, account_id, events, last_seen_at)
       SELECT i, a.id, a.n, now() FROM unnest($1::uuid[]) AS i, unnest($2::text[], $3::int[]) AS a(id, n)
       ON CONFLICT (inbox_id, account_id) DO UPDATE
         SET events = webhook_unknown_accounts.events + excluded.events, last_seen_at = excluded.last_seen_at`,
      [inboxIds, accounts, [...counts.values()]]);
  }

  async summary(inboxId: string, recent: number): Promise<{ events: number; accounts: UnknownAccountRow[] }> {
    const [total] = await this.db.query(
      'SELECT coalesce(sum(events), 0)::int AS events FROM webhook_unknown_accounts WHERE inbox_id = $1', [inboxId]);
    const rows: { account_id: string; events: number; last_seen_at: Date }[] = await this.db.query(
      `SELECT account_id, events, last_seen_at FROM webhook_unknown_accounts WHERE inbox_id = $1
       ORDER BY last_seen_at DESC, account_id LIMIT $2`, [inboxId, recent]);
    return { events: total.events, accounts: rows.map((r) => ({ accountId: r.account_id, events: r.events, lastSeenAt: r.last_seen_at })) };
  }
}
