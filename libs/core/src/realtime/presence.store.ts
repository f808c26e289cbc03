import type { Redis } from 'ioredis';

export interface Viewer { id: string; name: string }

/**
 * Presence and viewing in Redis, so every api process sees the same picture. Each socket is a member
 * with an expiry that its process's heartbeat pushes forward: when a process dies its sockets simply
 * expire and the sweep of any other process reports the users offline.
 */
export class PresenceStore {
  constructor(private readonly redis: Redis, readonly ttlMs: number, private readonly p: string) {}

  private userKey = (userId: string) => `${this.p}:presence:user:${userId}`;
  private viewKey = (conversationId: string) => `${this.p}:viewing:${conversationId}`;
  private usersKey = () => `${this.p}:presence:users`;
  private viewedKey = () => `${this.p}:viewing:index`;

  /** Returns true when this socket brought the user online. */
  async addSocket(userId: string, socketId: string, now = Date.now()): Promise<boolean> {
    const before = await this.liveSockets(userId, now);
    await this.redis.multi().zadd(this.userKey(userId), now + this.ttlMs, socketId).sadd(this.usersKey(), userId).exec();
    return before === 0;
  }

  /** Returns true when the user has no live socket left. */
  async removeSocket(userId: string, socketId: string, now = Date.now()): Promise<boolean> {
    await this.redis.zrem(this.userKey(userId), socketId);
    return (await this.liveSockets(userId, now)) === 0;
  }

  async touch(userId: string, socketId: string, now = Date.now()): Promise<void> {
    await this.redis.zadd(this.userKey(userId), 'XX', now + this.ttlMs, socketId);
  }

  async liveSockets(userId: string, now = Date.now()): Promise<number> {
    return this.redis.zcount(this.userKey(userId), now, '+inf');
  }

  async onlineUsers(now = Date.now()): Promise<string[]> {
    const users = await this.redis.smembers(this.usersKey());
    const live = await Promise.all(users.map(async (u) => ((await this.liveSockets(u, now)) > 0 ? u : null)));
    return live.filter((u): u is string => u !== null);
  }

  /** Drops expired sockets; returns the users who went offline. */
  async sweepUsers(now = Date.now()): Promise<string[]> {
    const gone: string[] = [];
    for (const userId of await this.redis.smembers(this.usersKey())) {
      await this.redis.zremrangebyscore(this.userKey(userId), '-inf', now);
      if ((await this.redis.zcard(this.userKey(userId))) === 0) {
        await this.redis.srem(this.usersKey(), userId);
        gone.push(userId);
      }
    }
    return gone;
  }

  async setViewing(conversationId: string, socketId: string, viewer: Viewer | null, now = Date.now()): Promise<void> {
    if (viewer) {
      await this.redis.multi().hset(this.viewKey(conversationId), socketId, JSON.stringify({ ...viewer, exp: now + this.ttlMs }))
        .sadd(this.viewedKey(), conversationId).exec();
    } else {
      await this.redis.hdel(this.viewKey(conversationId), socketId);
    }
  }

  /** The distinct users viewing a conversation now. */
  async viewers(conversationId: string, now = Date.now()): Promise<Viewer[]> {
    const all = await this.redis.hgetall(this.viewKey(conversationId));
    const byUser = new Map<string, Viewer>();
    for (const raw of Object.values(all)) {
      const v = JSON.parse(raw) as Viewer & { exp: number };
      if (v.exp > now) byUser.set(v.id, { id: v.id, name: v.name });
    }
    return [...byUser.values()];
  }

  /** Drops expired viewers; returns the conversations whose viewer list changed. */
  async sweepViewing(now = Date.now()): Promise<string[]> {
    const changed: string[] = [];
    for (const conversationId of await this.redis.smembers(this.viewedKey())) {
      const all = await this.redis.hgetall(this.viewKey(conversationId));
      const expired = Object.entries(all).filter(([, raw]) => (JSON.parse(raw) as { exp: number }).exp <= now).map(([socket]) => socket);
      if (expired.length) {
        await this.redis.hdel(this.viewKey(conversationId), ...expired);
        changed.push(conversationId);
      }
      if (expired.length === Object.keys(all).length) await this.redis.srem(this.viewedKey(), conversationId);
    }
    return changed;
  }
}
