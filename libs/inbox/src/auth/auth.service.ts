import { BadRequestException, ForbiddenException, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { Not, Repository } from 'typeorm';
import type { LoginResponse } from '@parley/contracts';
import { InjectConfig, RealtimePublisher, roomOf, runPrepared, sessionRoom, SessionEntity, UserEntity, type ParleyConfig, type PreparedStatement } from '@parley/core';
import type { Actor } from '../access/actor.js';
import { AuditLogService } from '../audit/audit-log.service.js';
import { hashPassword, verifyPassword } from '../users/password.js';
import { passwordProblem } from '../users/password-policy.js';
import { toUserDto } from '../users/user.mapper.js';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

// Every authenticated request runs this: one prepared statement, not two ORM look-ups (session, then user).
const ACTOR_OF_TOKEN: PreparedStatement = {
  name: 'auth.actor-of-token',
  text: `SELECT u.id, u.role, u.name, u.email, s.id AS session_id FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = $1 AND s.expires_at > now() AND u.deactivated_at IS NULL`,
};
// A socket re-reads its user on every room join: the role and the session as they are now, not at the handshake.
const ACTOR_OF_SESSION: PreparedStatement = {
  name: 'auth.actor-of-session',
  text: `SELECT u.id, u.role, u.name, u.email, s.id AS session_id FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.id = $1 AND s.expires_at > now() AND u.deactivated_at IS NULL`,
};

type ActorRow = Actor & { session_id: string };
/** A logged-in user and the session they act through (sockets join that session's room). */
export interface SessionActor { actor: Actor; sessionId: string }
const toSessionActor = ({ session_id, ...actor }: ActorRow): SessionActor => ({ actor, sessionId: session_id });

@Injectable()
export class AuthService {
  private readonly logger = new Logger('AuthService');
  private readonly ttlMs: number;
  /** Compared against when the email is unknown, so a wrong email costs as long as a wrong password. */
  private readonly dummyHash: Promise<string>;

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @InjectConfig() private readonly config: ParleyConfig,
    private readonly realtime: RealtimePublisher,
    private readonly audit: AuditLogService,
  ) {
    this.ttlMs = config.SESSION_TTL_HOURS * 3600_000;
    this.dummyHash = hashPassword('parley-timing-equalizer', config.BCRYPT_COST);
  }

  async login(email: string, password: string): Promise<LoginResponse> {
    const user = await this.users.createQueryBuilder('u').addSelect('u.passwordHash')
      .where('u.email = :email AND u.deactivated_at IS NULL', { email: email.trim().toLowerCase() }).getOne();
    const ok = await verifyPassword(password, user?.passwordHash ?? (await this.dummyHash));
    if (!user || !ok) throw new UnauthorizedException('Wrong email or password');
    const token = randomBytes(32).toString('base64url');
    await this.sessions.insert({ tokenHash: sha256(token), userId: user.id, expiresAt: new Date(Date.now() + this.ttlMs) });
    this.logger.log(`login ${user.id}`);
    return { token, user: toUserDto(user) };
  }

  /** Ends this session, and closes its sockets on every api process. */
  async logout(token: string): Promise<void> {
    const session = await this.sessions.findOne({ where: { tokenHash: sha256(token) }, select: { id: true } });
    if (!session) return;
    await this.sessions.delete({ id: session.id });
    await this.closeSockets(sessionRoom(session.id));
  }

  /** The actor behind a token, or null when it is unknown, expired or its user was deactivated. */
  async authenticate(token: string | undefined): Promise<Actor | null> {
    return (await this.authenticateSession(token))?.actor ?? null;
  }

  async authenticateSession(token: string | undefined): Promise<SessionActor | null> {
    if (!token) return null;
    const [row] = await runPrepared<ActorRow>(this.sessions.manager, ACTOR_OF_TOKEN, [sha256(token)]);
    return row ? toSessionActor(row) : null;
  }

  /** The session's user as they are now, or null once the session ended or the user was deactivated. */
  async actorOfSession(sessionId: string): Promise<Actor | null> {
    const [row] = await runPrepared<ActorRow>(this.sessions.manager, ACTOR_OF_SESSION, [sessionId]);
    return row ? toSessionActor(row).actor : null;
  }

  /**
   * A user changes their own password: the current one proves it is them (a session left open on a shared
   * screen is not enough). Every other session of theirs ends, with its sockets; this one stays.
   */
  async changeOwnPassword(actor: Actor, token: string, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.users.createQueryBuilder('u').addSelect('u.passwordHash').where('u.id = :id', { id: actor.id }).getOneOrFail();
    if (!(await verifyPassword(currentPassword, user.passwordHash))) throw new ForbiddenException('Your current password is not correct');
    const problem = passwordProblem(newPassword);
    if (problem) throw new BadRequestException(problem);
    if (newPassword === currentPassword) throw new BadRequestException('The new password must differ from the current one');
    await this.users.update({ id: actor.id }, { passwordHash: await hashPassword(newPassword, this.config.BCRYPT_COST) });
    await this.endSessions(actor.id, token);
    await this.audit.record({ actor, action: 'user.password_changed', targetType: 'user', targetId: actor.id });
  }

  /** Ends every session of a user (but the one of `exceptToken`) and closes their sockets everywhere. */
  async endSessions(userId: string, exceptToken?: string): Promise<void> {
    const keep = exceptToken ? await this.sessions.findOne({ where: { tokenHash: sha256(exceptToken) }, select: { id: true } }) : null;
    await this.sessions.delete(keep ? { userId, id: Not(keep.id) } : { userId });
    await this.closeSockets(roomOf({ userId }), keep ? sessionRoom(keep.id) : undefined);
  }

  /** Closes a user's sockets (role changed): the client reconnects and gets the rooms of the new role. */
  async closeUserSockets(userId: string): Promise<void> {
    await this.closeSockets(roomOf({ userId }));
  }

  private async closeSockets(room: string, except?: string): Promise<void> {
    // Redis away: the sockets stay for now, but the next room join re-reads the session and closes them.
    await this.realtime.disconnectSockets(room, except).catch((error: Error) => this.logger.warn(`sockets of ${room} not closed: ${error.message}`));
  }
}
