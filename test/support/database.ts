import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../libs/core/src/database/data-source.js';

/**
 * One database per jest worker (the run's database name plus the worker id), created and migrated on
 * first use under an advisory lock, so test files in parallel workers never reset each other's tables.
 */
export function workerDatabaseUrl(): string {
  // The run's database as global setup named it (startApi later points DATABASE_URL at the worker's copy).
  process.env.PARLEY_RUN_DATABASE_URL ??= process.env.DATABASE_URL;
  const base = new URL(process.env.PARLEY_RUN_DATABASE_URL!);
  base.pathname = `${base.pathname}_w${process.env.JEST_WORKER_ID ?? '1'}`;
  return base.toString();
}

export async function prepareWorkerDatabase(): Promise<string> {
  const url = workerDatabaseUrl();
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: process.env.TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      await admin.query(`CREATE DATABASE ${name}`);
      const ds = new DataSource(dataSourceOptions(url));
      await ds.initialize();
      await ds.runMigrations();
      await ds.destroy();
    }
  } finally {
    await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [name]);
    await admin.end();
  }
  return url;
}

/** Empties every table (keeps the schema): each test file starts from nothing. */
export async function resetDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'");
    await client.query(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`);
  } finally {
    await client.end();
  }
}
