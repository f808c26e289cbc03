import pg from 'pg';

const ADMIN_URL = process.env.TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Each test run gets its own database, created here and dropped by the teardown; the first test file
 * migrates it (test/support/database.ts), under an advisory lock so parallel workers wait for it.
 */
export default async function globalSetup() {
  const name = `parley_test_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  process.env.PARLEY_TEST_DB = name;
  process.env.REDIS_URL ??= 'redis://127.0.0.1:6379';
  // Each run uses its own Redis key prefix, so parallel runs and leftovers never collide.
  process.env.PARLEY_QUEUE_PREFIX = `parley-test-${process.pid}-${Date.now()}`;
}
