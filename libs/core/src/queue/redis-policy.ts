import type { Redis } from 'ioredis';

/**
 * Redis carries the jobs in flight: under memory pressure any policy but `noeviction` silently deletes
 * some of them (the reconciler then redoes them, late). Returns the warning to log, or null when the
 * policy is right or cannot be read (managed Redis often forbids CONFIG).
 */
export async function evictionPolicyWarning(redis: Redis): Promise<string | null> {
  let policy: string | undefined;
  try {
    const reply = (await redis.config('GET', 'maxmemory-policy')) as string[];
    policy = reply[1];
  } catch {
    return null;
  }
  if (!policy || policy === 'noeviction') return null;
  return `Redis maxmemory-policy is "${policy}": under memory pressure Redis will delete queued jobs. `
    + 'Set maxmemory-policy noeviction (and appendonly yes, appendfsync everysec), as docker/compose.yml does.';
}
