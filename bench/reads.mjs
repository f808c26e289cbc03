// 2 and 3. The conversations list (first and deep page) and the view counts: through HTTP, and the very
// SQL the app's repository builds for the same request, run by `pg` directly (the raw figure).
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { sequential } from './lib/measure.mjs';

/** The repository from the compiled build, wired to a recorder instead of a database: the SQL it would send. */
export async function sqlRecorder(buildDir) {
  const file = join(buildDir, 'libs/inbox/src/conversations/conversations.repository.js');
  const { ConversationsRepository } = await import(pathToFileURL(file).href);
  return async (call) => {
    const calls = [];
    const query = async (sql, params) => { calls.push({ sql, params }); return [{}]; };
    // The list runs as a prepared statement on the pool (runPrepared); the counts through dataSource.query.
    const pool = { query: async (config) => ({ rows: await query(config.text, config.values) }) };
    const repo = new ConversationsRepository({ query, manager: { connection: { driver: { master: pool } } } });
    await call(repo);
    if (calls.length !== 1) throw new Error(`expected one round trip, the repository made ${calls.length}`);
    return calls[0];
  };
}

const LIST = '/api/conversations?view=all&sort=latest&limit=25';

/** Follows nextCursor `pages` times and returns the cursor of the last page reached. */
export async function deepCursor(request, token, pages) {
  let cursor = null;
  for (let i = 0; i < pages; i++) {
    const res = await request('GET', cursor ? `${LIST}&cursor=${encodeURIComponent(cursor)}` : LIST, { headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 200) throw new Error(`list answered ${res.status}: ${res.text.slice(0, 200)}`);
    if (!res.json.nextCursor) break;
    cursor = res.json.nextCursor;
  }
  return cursor;
}

export function listPath(cursor) {
  return cursor ? `${LIST}&cursor=${encodeURIComponent(cursor)}` : LIST;
}

/** p50/p99 of `count` sequential GETs, checking every answer. */
export function timeHttp(request, token, path, count, check = () => true) {
  return sequential(count, async () => {
    const res = await request('GET', path, { headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 200 || !check(res.json)) throw new Error(`GET ${path} answered ${res.status}: ${res.text.slice(0, 200)}`);
  });
}

export function timeSql(client, { sql, params }, count) {
  return sequential(count, () => client.query(sql, params));
}

export async function explain(client, { sql, params }, lines = 10) {
  const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
  const plan = rows.map((r) => r['QUERY PLAN']);
  const tail = plan.filter((l) => /^(Planning|Execution) Time/.test(l.trim()));
  return plan.length > lines ? [...plan.slice(0, lines), '  ...', ...tail] : plan;
}
