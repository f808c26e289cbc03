import pg from 'pg';
import type { TestApi } from './api.js';

/** Runs one SQL statement against the test database, as an operator would, to see what is really stored. */
export async function sql<T = Record<string, unknown>>(api: TestApi, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: api.databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

// Sessions change on every login and the outbox relay drains its table on its own schedule.
const VOLATILE = ['migrations', 'sessions', 'outbox'];

/**
 * A fingerprint of every stored row (per table: count and an md5 over the rows in a stable order), so a test
 * can assert that a rejected request changed nothing at all.
 */
export async function snapshot(api: TestApi): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: api.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND NOT (tablename = ANY($1)) ORDER BY tablename", [VOLATILE]);
    const out: Record<string, string> = {};
    for (const { tablename } of rows) {
      const [r] = (await client.query(
        `SELECT count(*)::int AS n, coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS h FROM "${tablename}" t`)).rows;
      out[tablename] = `${r.n}:${r.h}`;
    }
    return out;
  } finally {
    await client.end();
  }
}

/** Row counts of the tables ingestion writes; outbox_writes counts every outbox row ever written (the relay deletes them). */
export async function counts(api: TestApi): Promise<Record<string, number>> {
  const [row] = await sql<Record<string, number>>(api, `SELECT
    (SELECT count(*)::int FROM contacts) AS contacts, (SELECT count(*)::int FROM conversations) AS conversations,
    (SELECT count(*)::int FROM messages) AS messages, (SELECT count(*)::int FROM conversation_events) AS events,
    (SELECT last_value::int FROM outbox_id_seq) AS outbox_writes`);
  return row;
}
