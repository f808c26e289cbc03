import { JOB_QUEUES } from '@parley/contracts';

export const QUEUE_NAMES = [...new Set(Object.values(JOB_QUEUES))];

/** A key prefix per deployment (and per test run), so two Parleys can share one Redis. */
export function queuePrefix(): string {
  return process.env.PARLEY_QUEUE_PREFIX ?? 'parley';
}

export function redisConnection(url: string): { host: string; port: number; password?: string; db?: number; maxRetriesPerRequest: null } {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    password: u.password || undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : undefined,
    // BullMQ workers need this: a blocking command must wait for Redis to come back, not fail.
    maxRetriesPerRequest: null,
  };
}
