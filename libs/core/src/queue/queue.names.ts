import { JOB_QUEUES } from '@parley/contracts';

export const QUEUE_NAMES = [...new Set(Object.values(JOB_QUEUES))];

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
