import { Emitter } from '@socket.io/redis-emitter';
import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';
import type { ClientEventName, RealtimeAudience } from '@parley/contracts';

/** The Redis channel prefix shared by the api's socket.io adapter and every publisher. */
export const realtimeChannelKey = (prefix: string): string => `${prefix}-socket.io`;

/** The server-side event (api process to api process) that asks for a re-check of a user's conversation rooms. */
export const RECHECK_CONVERSATION_ROOMS = 'parley:recheck-conversation-rooms';

/** The room every socket of one login session joins, so ending the session can close exactly those. */
export const sessionRoom = (sessionId: string): string => `session:${sessionId}`;

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
  private readonly logger = new Logger('RealtimePublisher');
  private readonly redis: Redis;
  private readonly emitter: Emitter;
  /** The PUBLISH the emitter issued last: the emitter drops its promise, we keep it to await or to log. */
  private lastPublish: Promise<unknown> = Promise.resolve();

  constructor(redisUrl: string, private readonly prefix: string) {
    // Auto-pipelining sends the relay's burst of publishes in a few writes instead of one each.
    this.redis = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2, enableAutoPipelining: true });
    const client = { publish: (channel: string, message: Buffer) => (this.lastPublish = this.redis.publish(channel, message)) };
    this.emitter = new Emitter(client, { key: realtimeChannelKey(prefix) });
  }

  /** Resolves once Redis took the event; rejects when it did not (the relay then keeps the outbox row). */
  async publish(event: ClientEventName, payload: unknown, audiences: RealtimeAudience[]): Promise<void> {
    if (this.redis.status !== 'ready') throw new Error(`Redis is ${this.redis.status}`);
    const rooms = audiences.map(roomOf);
    if (rooms.length === 0) return;
    this.emitter.to(rooms).emit(event, payload as never);
    await this.lastPublish;
  }

  /** Moves every socket in `room` into `target` too, on every api process (membership granted). */
  joinRoom(room: string, target: string): void {
    this.emitter.in(room).socketsJoin(target);
    this.warnIfUnpublished(`socketsJoin ${target}`);
  }

  /** Takes every socket in `room` out of `target`, on every api process (membership revoked). */
  leaveRoom(room: string, target: string): void {
    this.emitter.in(room).socketsLeave(target);
    this.warnIfUnpublished(`socketsLeave ${target}`);
  }

  /**
   * Asks every api process to re-check the conversation rooms that `userId`'s sockets are in (membership
   * revoked): a thread open on a revoked agent's screen stops getting its messages too.
   */
  recheckConversationRooms(userId: string): void {
    this.emitter.serverSideEmit(RECHECK_CONVERSATION_ROOMS, userId);
    this.warnIfUnpublished(RECHECK_CONVERSATION_ROOMS);
  }

  /**
   * Closes every socket in `room` (but not those also in `except`) on every api process: a session that
   * ended (logout, password change, deactivation) or a role that changed must not keep receiving events.
   * Awaited, unlike the room commands: the caller says in its answer that the sockets are gone.
   */
  async disconnectSockets(room: string, except?: string): Promise<void> {
    const target = except ? this.emitter.in(room).except(except) : this.emitter.in(room);
    target.disconnectSockets(true);
    await this.lastPublish;
  }

  /** For the fire-and-forget room commands: a lost one is logged, not thrown at the caller. */
  private warnIfUnpublished(what: string): void {
    this.lastPublish.catch((e: Error) => this.logger.warn(`${what} not published: ${e.message}`));
  }

  /** The Redis connection, for stores that live beside the realtime layer (presence, viewing). */
  get client(): Redis {
    return this.redis;
  }

  /** The deployment's Redis key prefix (PARLEY_QUEUE_PREFIX), for those stores' keys. */
  get keyPrefix(): string {
    return this.prefix;
  }

  async ping(): Promise<void> {
    await this.redis.ping();
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
