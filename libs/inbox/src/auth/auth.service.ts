import { Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { MoreThan, Repository } from 'typeorm';
import type { LoginResponse } from '@parley/contracts';
import { loadConfig, SessionEntity, UserEntity } from '@parley/core';
import type { Actor } from '../access/actor.js';
import { hashPassword, verifyPassword } from '../users/password.js';
import { toUserDto } from '../users/user.mapper.js';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

// Compared against when the email is unknown, so a wrong email costs as long as a wrong password.
const DUMMY_HASH = hashPassword('parley-timing-equalizer');

@Injectable()
export class AuthService {
  private readonly logger = new Logger('AuthService');
  private readonly ttlMs = loadConfig().sessionTtlHours * 3600_000;

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
  ) {}

  async login(email: string, password: string): Promise<LoginResponse> {
    const user = await this.users.createQueryBuilder('u').addSelect('u.passwordHash')
      .where('u.email = :email AND u.deactivated_at IS NULL', { email: email.trim().toLowerCase() }).getOne();
    const ok = await verifyPassword(password, user?.passwordHash ?? (await DUMMY_HASH));
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
    const session = await this.sessions.findOne({ where: { tokenHash: sha256(token), expiresAt: MoreThan(new Date()) } });
    if (!session) return null;
    const user = await this.users.findOne({ where: { id: session.userId } });
    if (!user || user.deactivatedAt) return null;
    return { id: user.id, role: user.role, name: user.name, email: user.email };
  }
}
