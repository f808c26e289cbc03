import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { PresenceStatus } from '@parley/contracts';
import { InjectConfig, JobDispatcher, Jobs, PresenceStore, RealtimePublisher, UserEntity, type ParleyConfig } from '@parley/core';
import type { Actor } from '@parley/inbox';


/**
 * Who is online (a live socket, shown as the availability they chose) and who is viewing what. The
 * heartbeat keeps this process's sockets alive in Redis; the sweep reports what expired anywhere.
 */
@Injectable()
export class PresenceService implements OnModuleInit, OnModuleDestroy {
  private store!: PresenceStore;
  private readonly local = new Map<string, { actor: Actor; viewing: Set<string> }>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly publisher: RealtimePublisher,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly jobs: JobDispatcher,
    @InjectConfig() private readonly config: ParleyConfig,
  ) {}

  onModuleInit(): void {
    const ttlMs = this.config.PRESENCE_TTL_MS;
    this.store = new PresenceStore(this.publisher.client, ttlMs, this.publisher.keyPrefix);
    this.timer = setInterval(() => void this.tick().catch(() => undefined), Math.max(200, Math.floor(ttlMs / 3)));
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  async connected(actor: Actor, socketId: string): Promise<void> {
    this.local.set(socketId, { actor, viewing: new Set() });
    if (await this.store.addSocket(actor.id, socketId)) await this.announce(actor.id);
  }

  async disconnected(actor: Actor, socketId: string): Promise<void> {
    const entry = this.local.get(socketId);
    this.local.delete(socketId);
    for (const conversationId of entry?.viewing ?? []) await this.viewing(actor, socketId, conversationId, false);
    if (await this.store.removeSocket(actor.id, socketId)) await this.publish(actor.id, 'offline');
  }

  async viewing(actor: Actor, socketId: string, conversationId: string, on: boolean): Promise<void> {
    const entry = this.local.get(socketId);
    if (on) entry?.viewing.add(conversationId); else entry?.viewing.delete(conversationId);
    await this.store.setViewing(conversationId, socketId, on ? { id: actor.id, name: actor.name } : null);
    await this.broadcastViewers(conversationId);
  }

  /** Everyone with a live socket, with the availability they chose (online or away). */
  async statuses(): Promise<{ userId: string; availability: PresenceStatus }[]> {
    const online = await this.store.onlineUsers();
    if (online.length === 0) return [];
    const users = await this.users.find({ where: { id: In(online) }, select: { id: true, availability: true } });
    return users.map((u) => ({ userId: u.id, availability: u.availability === 'away' ? 'away' : 'online' }));
  }

  /** Called when a user changes their availability by hand. */
  async announce(userId: string): Promise<void> {
    if ((await this.store.liveSockets(userId)) === 0) return this.publish(userId, 'offline');
    const user = await this.users.findOne({ where: { id: userId }, select: { id: true, availability: true } });
    await this.publish(userId, user?.availability === 'away' ? 'away' : 'online');
    // Someone became available: conversations waiting for an agent can be assigned now.
    if (user?.availability === 'online') {
      await this.jobs.enqueue(Jobs.drainAssignments(null, `online-${userId}`)).catch(() => undefined);
    }
  }

  private async tick(): Promise<void> {
    for (const [socketId, { actor, viewing }] of this.local) {
      await this.store.touch(actor.id, socketId);
      for (const conversationId of viewing) await this.store.setViewing(conversationId, socketId, { id: actor.id, name: actor.name });
    }
    for (const userId of await this.store.sweepUsers()) await this.publish(userId, 'offline');
    for (const conversationId of await this.store.sweepViewing()) await this.broadcastViewers(conversationId);
  }

  private async broadcastViewers(conversationId: string): Promise<void> {
    await this.publisher.publish('viewing', { conversationId, users: await this.store.viewers(conversationId) }, [{ conversationId }]);
  }

  private async publish(userId: string, availability: PresenceStatus): Promise<void> {
    // Managers and admins watch who is online; telling every agent of every other agent would cost n² frames.
    await this.publisher.publish('presence', { userId, availability }, [{ staff: true }]);
  }
}
