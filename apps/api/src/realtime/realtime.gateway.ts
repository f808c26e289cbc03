import { Logger } from '@nestjs/common';
import {
  ConnectedSocket, MessageBody, OnGatewayConnection, OnGatewayDisconnect, OnGatewayInit, SubscribeMessage, WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import type { ClientEventMap } from '@parley/contracts';
import { InjectConfig, RECHECK_CONVERSATION_ROOMS, sessionRoom, socketsConnected, type ParleyConfig } from '@parley/core';
import { AuthService, type Actor } from '@parley/inbox';
import { sessionTokenOf } from '../auth/session-token.js';
import { allowedOrigins, originRefusal } from '../security/origin-policy.js';
import { PresenceService } from './presence.service.js';
import { RoomsService } from './rooms.service.js';

// A client forgets a typing notice after this unless the typist's client repeats it.
const TYPING_EXPIRES_MS = 6000;

type ParleySocket = Socket<Record<string, never>, ClientEventMap, Record<string, never>, { actor: Actor; sessionId: string }>;

/** Authenticates at the handshake and joins rooms; everything it pushes comes from the outbox relay. */
@WebSocketGateway({ path: '/socket.io' })
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect {
  private readonly logger = new Logger('Realtime');
  @WebSocketServer() server: Server;

  private readonly allowedOrigins: string[];

  constructor(
    private readonly auth: AuthService, private readonly rooms: RoomsService, private readonly presence: PresenceService,
    @InjectConfig() config: ParleyConfig,
  ) {
    this.allowedOrigins = allowedOrigins(config);
  }

  afterInit(server: Server): void {
    // A revoked membership (from any process): this process's sockets of that user leave the threads they may no longer see.
    server.on(RECHECK_CONVERSATION_ROOMS, (userId: string) => void this.recheckConversationRooms(userId).catch((error: Error) =>
      this.logger.warn(`conversation rooms of ${userId} not re-checked: ${error.message}`)));
    // Refuse unauthenticated sockets before they connect, with the same credentials as the HTTP API, and
    // sockets opened by another site's page with the dashboard's cookie (cross-site WebSocket hijacking).
    server.use((socket, next) => {
      const { headers, secure } = socket.handshake;
      const refusal = originRefusal({
        origin: headers.origin, secFetchSite: headers['sec-fetch-site'] as string | undefined, own: `${secure ? 'https' : 'http'}://${headers.host ?? ''}`,
      }, this.allowedOrigins);
      if (refusal) return next(new Error(`forbidden: ${refusal}`));
      const token = (socket.handshake.auth as { token?: string } | undefined)?.token
        ?? sessionTokenOf({ authorization: headers.authorization, cookie: headers.cookie });
      this.auth.authenticateSession(token).then((session) => {
        if (!session) return next(new Error('unauthorized: log in first'));
        Object.assign((socket as ParleySocket).data, session);
        next();
      }, () => next(new Error('authentication is unavailable; retry')));
    });
  }

  private async recheckConversationRooms(userId: string): Promise<void> {
    // One check per conversation, however many of the user's sockets (tabs) have it open.
    const allowed = new Map<string, Promise<boolean>>();
    for (const socket of await this.server.in(`user:${userId}`).local.fetchSockets()) {
      const actor = (socket.data as ParleySocket['data']).actor;
      for (const room of [...socket.rooms].filter((r) => r.startsWith('conversation:'))) {
        const id = room.slice('conversation:'.length);
        if (actor && !allowed.has(id)) allowed.set(id, this.rooms.canSeeConversation(actor, id));
        if (actor && (await allowed.get(id))) continue;
        socket.leave(room);
        if (actor) await this.presence.viewing(actor, socket.id, id, false);
      }
    }
  }

  async handleConnection(socket: ParleySocket): Promise<void> {
    const actor = socket.data.actor;
    if (!actor) return void socket.disconnect(true);
    socketsConnected.inc();
    try {
      // The session's room lets a logout or a password change close exactly this session's sockets.
      await socket.join([sessionRoom(socket.data.sessionId), ...(await this.rooms.roomsFor(actor))]);
    } catch (error) {
      // A socket without its rooms would look connected and receive nothing: drop it, the client comes back.
      this.logger.warn(`rooms for ${actor.id} unavailable, socket dropped: ${(error as Error).message}`);
      return void socket.disconnect(true);
    }
    // Presence lives in Redis; while Redis is away the socket still works, it just is not shown as online yet.
    await this.presence.connected(actor, socket.id).catch((error: Error) => this.logger.warn(`presence not recorded: ${error.message}`));
  }

  async handleDisconnect(socket: ParleySocket): Promise<void> {
    const actor = socket.data.actor;
    if (!actor) return;
    socketsConnected.dec();
    // The heartbeat's TTL clears what this could not (Redis away): the user goes offline a little later.
    await this.presence.disconnected(actor, socket.id).catch((error: Error) => this.logger.warn(`presence not cleared: ${error.message}`));
  }

  @SubscribeMessage('conversation.view')
  async view(@ConnectedSocket() socket: ParleySocket, @MessageBody() body: { conversationId?: string }): Promise<{ ok: boolean }> {
    const id = body?.conversationId;
    const actor = await this.currentActor(socket);
    if (!actor || !id || !(await this.rooms.canSeeConversation(actor, id))) return { ok: false };
    await socket.join(`conversation:${id}`);
    await this.presence.viewing(actor, socket.id, id, true);
    return { ok: true };
  }

  /**
   * The socket's user as they are now: a room join never relies on what was true at the handshake. A
   * session that ended or a role that changed closes the socket (in case the broadcast close was lost);
   * the client reconnects, and its new handshake decides again.
   */
  private async currentActor(socket: ParleySocket): Promise<Actor | null> {
    const actor = await this.auth.actorOfSession(socket.data.sessionId);
    if (actor && actor.role === socket.data.actor.role) return (socket.data.actor = actor);
    socket.disconnect(true);
    return null;
  }

  @SubscribeMessage('conversation.leave')
  async leave(@ConnectedSocket() socket: ParleySocket, @MessageBody() body: { conversationId?: string }): Promise<{ ok: boolean }> {
    const id = body?.conversationId;
    if (!id) return { ok: false };
    await socket.leave(`conversation:${id}`);
    await this.presence.viewing(socket.data.actor, socket.id, id, false);
    return { ok: true };
  }

  @SubscribeMessage('typing')
  typing(@ConnectedSocket() socket: ParleySocket, @MessageBody() body: { conversationId?: string; typing?: boolean }): { ok: boolean } {
    const id = body?.conversationId;
    if (!id || !socket.rooms.has(`conversation:${id}`)) return { ok: false };
    const { actor } = socket.data;
    socket.to(`conversation:${id}`).emit('typing', { conversationId: id, user: { id: actor.id, name: actor.name }, typing: body.typing !== false, expiresInMs: TYPING_EXPIRES_MS });
    return { ok: true };
  }
}
