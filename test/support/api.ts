import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { LoginResponse, UserRole } from '@parley/contracts';
import { randomBytes } from 'node:crypto';
import { prepareWorkerDatabase, resetDatabase } from './database.js';

// The run's Redis prefix as global setup chose it; startApi narrows it to this test file.
const RUN_PREFIX = process.env.PARLEY_QUEUE_PREFIX;

export interface TestApi {
  app: INestApplication;
  url: string;
  http: ReturnType<typeof request>;
  databaseUrl: string;
  close(): Promise<void>;
}

/** The real api (real PostgreSQL, Redis, socket.io) on a free port, over an emptied database. */
export async function startApi(options: { reset?: boolean; webDist?: string } = {}): Promise<TestApi> {
  const databaseUrl = await prepareWorkerDatabase();
  if (options.reset !== false) await resetDatabase(databaseUrl);
  process.env.DATABASE_URL = databaseUrl;
  process.env.BCRYPT_COST = '4'; // fast hashing in tests; production uses 10
  process.env.LOGIN_RATE_LIMIT ??= '1000';
  // One Redis prefix per test file (unless the file chose its own): jobs and login counters left by one
  // file never reach another file's worker or limiter. Start a worker after startApi so it shares it.
  if (process.env.PARLEY_QUEUE_PREFIX === RUN_PREFIX) {
    process.env.PARLEY_QUEUE_PREFIX = `${RUN_PREFIX ?? 'parley-test'}-${randomBytes(4).toString('hex')}`;
  }
  const { createApp } = await import('../../apps/api/src/app.factory.js');
  const app = await createApp({ logger: process.env.TEST_API_LOGS === '1', webDist: options.webDist ?? '/nonexistent' });
  await app.listen(0, '127.0.0.1');
  const server = app.getHttpServer();
  const { port } = server.address() as { port: number };
  const url = `http://127.0.0.1:${port}`;
  return { app, url, http: request(url), databaseUrl, close: () => app.close() };
}

export interface Session { token: string; user: LoginResponse['user']; auth: { Authorization: string } }

let counter = 0;
/** Creates a user straight through the service (there is no actor yet for the first one) and logs in. */
export async function userSession(api: TestApi, role: UserRole, name?: string): Promise<Session> {
  const { UsersService } = await import('../../libs/inbox/src/users/users.service.js');
  const email = `${role}${++counter}-${Date.now()}@parley.test`;
  await api.app.get(UsersService).createUnchecked({ email, name: name ?? `${role[0].toUpperCase()}${role.slice(1)} ${counter}`, password: 'correct horse battery', role });
  const res = await api.http.post('/api/auth/login').send({ email, password: 'correct horse battery' }).expect(200);
  return { token: res.body.token, user: res.body.user, auth: { Authorization: `Bearer ${res.body.token}` } };
}
