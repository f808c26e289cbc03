import { Injectable } from '@nestjs/common';
import { RealtimePublisher } from '@parley/core';
import type { Actor } from '@parley/inbox';

/**
 * Who is viewing which conversation, kept per socket so two tabs of one agent count once and a closed
 * tab stops counting. In memory per api process for now; the viewing list is broadcast through Redis.
 */
@Injectable()
export class PresenceService {
  private readonly viewers = new Map<string, Map<string, { id: string; name: string }>>();

  constructor(private readonly publisher: RealtimePublisher) {}

  async connected(_actor: Actor): Promise<void> {}

  async disconnected(actor: Actor, socketId: string): Promise<void> {
    for (const [conversationId, sockets] of this.viewers) {
      if (sockets.delete(socketId)) await this.broadcast(conversationId);
    }
    void actor;
  }

  async viewing(actor: Actor, socketId: string, conversationId: string, on: boolean): Promise<void> {
    const sockets = this.viewers.get(conversationId) ?? new Map();
    if (on) sockets.set(socketId, { id: actor.id, name: actor.name });
    else sockets.delete(socketId);
    this.viewers.set(conversationId, sockets);
    await this.broadcast(conversationId);
  }

  private async broadcast(conversationId: string): Promise<void> {
    const users = [...new Map([...(this.viewers.get(conversationId)?.values() ?? [])].map((u) => [u.id, u])).values()];
    if (users.length === 0) this.viewers.delete(conversationId);
    await this.publisher.publish('viewing', { conversationId, users }, [{ conversationId }]).catch(() => undefined);
  }
}
