import { Emitter } from '@socket.io/redis-emitter';
import { Redis } from 'ioredis';
import type { ClientEventName, RealtimeAudience } from '@parley/contracts';

/** The Redis channel prefix shared by the api's socket.io adapter and every publisher. */
export const realtimeChannelKey = (): string => `${process.env.PARLEY_QUEUE_PREFIX ?? 'parley'}-socket.io`;

export function roomOf(audience: RealtimeAudience): string {
  if ('inboxId' in audience) return `inbox:${audience.inboxId}`;
  if ('userId' in audience) return `user:${audience.userId}`;
  if ('conversationId' in audience) return `conversation:${audience.conversationId}`;
  return 'staff';
}

/**
 * Publishes socket.io events through Redis, so every api process (each with the Redis adapter) delivers
 * them, and workers can publish without a socket server of their own.
 */
export class RealtimePublisher {
  private readonly redis: Redis;
  private readonly emitter: Emitter;

  constructor(redisUrl: string) {
    // Auto-pipelining sends the relay's burst of publishes in a few writes instead of one each.
    this.redis = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2, enableAutoPipelining: true });
    this.emitter = new Emitter(this.redis, { key: realtimeChannelKey() });
  }

  async publish(event: ClientEventName, payload: unknown, audiences: RealtimeAudience[]): Promise<void> {
    if (this.redis.status !== 'ready') throw new Error(`Redis is ${this.redis.status}`);
    const rooms = audiences.map(roomOf);
    if (rooms.length === 0) return;
    this.emitter.to(rooms).emit(event, payload as never);
  }

  /** Moves every socket in `room` into `target` too, on every api process (membership granted). */
  joinRoom(room: string, target: string): void {
    this.emitter.in(room).socketsJoin(target);
  }

  /** Takes every socket in `room` out of `target`, on every api process (membership revoked). */
  leaveRoom(room: string, target: string): void {
    this.emitter.in(room).socketsLeave(target);
  }

  /** The Redis connection, for stores that live beside the realtime layer (presence, viewing). */
  get client(): Redis {
    return this.redis;
  }

  async ping(): Promise<void> {
    await this.redis.ping();
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
