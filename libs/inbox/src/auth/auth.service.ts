import { Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { Repository } from 'typeorm';
import type { LoginResponse } from '@parley/contracts';
import { InjectConfig, runPrepared, SessionEntity, UserEntity, type ParleyConfig, type PreparedStatement } from '@parley/core';
import type { Actor } from '../access/actor.js';
import { hashPassword, verifyPassword } from '../users/password.js';
import { toUserDto } from '../users/user.mapper.js';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

// Every authenticated request runs this: one prepared statement, not two ORM look-ups (session, then user).
const ACTOR_OF_TOKEN: PreparedStatement = {
  name: 'auth.actor-of-token',
  text: `SELECT u.id, u.role, u.name, u.email FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = $1 AND s.expires_at > now() AND u.deactivated_at IS NULL`,
};

@Injectable()
export class AuthService {
  private readonly logger = new Logger('AuthService');
  private readonly ttlMs: number;
  /** Compared against when the email is unknown, so a wrong email costs as long as a wrong password. */
  private readonly dummyHash: Promise<string>;

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @InjectConfig() config: ParleyConfig,
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

  async logout(token: string): Promise<void> {
    await this.sessions.delete({ tokenHash: sha256(token) });
  }

  /** The actor behind a token, or null when it is unknown, expired or its user was deactivated. */
  async authenticate(token: string | undefined): Promise<Actor | null> {
    if (!token) return null;
    const [actor] = await runPrepared<Actor>(this.sessions.manager, ACTOR_OF_TOKEN, [sha256(token)]);
    return actor ?? null;
  }
}
