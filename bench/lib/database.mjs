// The bench's own database: created here, migrated with the app's compiled CLI, dropped only if created here.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';

export function withDatabase(url, name) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin(serverUrl, fn) {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try { return await fn(client); } finally { await client.end(); }
}

const ident = (name) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe database name ${name}`);
  return name;
};

/** Creates `name`; returns false when it already exists (then the bench refuses to seed over it). */
export function createDatabase(serverUrl, name) {
  return admin(serverUrl, async (c) => {
    const { rowCount } = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return false;
    await c.query(`CREATE DATABASE ${ident(name)}`);
    return true;
  });
}

export function dropDatabase(serverUrl, name) {
  return admin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`));
}

export function migrate(buildDir, databaseUrl) {
  const r = spawnSync(process.execPath, [join(buildDir, 'apps/api/src/cli/migrate.js')], {
    env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`migrations failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout.trim();
}
