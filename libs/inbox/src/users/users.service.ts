import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository, type EntityManager } from 'typeorm';
import type { Availability, UserDto, UserRole } from '@parley/contracts';
import { InjectConfig, UserEntity, type ParleyConfig } from '@parley/core';
import { AccessService } from '../access/access.service.js';
import type { Actor } from '../access/actor.js';
import { AuditLogService } from '../audit/audit-log.service.js';
import { AuthService } from '../auth/auth.service.js';
import { hashPassword } from './password.js';
import { passwordProblem } from './password-policy.js';
import { toUserDto } from './user.mapper.js';

export interface CreateUserInput { email: string; name: string; password: string; role: UserRole }
export interface UpdateUserInput { name?: string; password?: string; role?: UserRole; deactivated?: boolean }

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly access: AccessService,
    private readonly audit: AuditLogService,
    @InjectConfig() private readonly config: ParleyConfig,
    private readonly auth: AuthService,
  ) {}

  async list(): Promise<UserDto[]> {
    const rows = await this.users.find({ where: { deactivatedAt: IsNull() }, order: { name: 'ASC' } });
    return rows.map(toUserDto);
  }

  async get(id: string): Promise<UserDto> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new NotFoundException('User not found');
    return toUserDto(user);
  }

  async create(actor: Actor, input: CreateUserInput): Promise<UserDto> {
    this.access.assertRole(actor, ['admin'], 'create users');
    assertAcceptablePassword(input.password);
    const user = await this.createUnchecked(input);
    await this.audit.record({ actor, action: 'user.created', targetType: 'user', targetId: user.id, data: { role: user.role } });
    return user;
  }

  /** Used by the first-start bootstrap and the seed, where there is no actor yet. */
  async createUnchecked(input: CreateUserInput): Promise<UserDto> {
    const email = input.email.trim().toLowerCase();
    if (await this.users.exists({ where: { email } })) throw new ConflictException(`A user with email ${email} already exists`);
    const saved = await this.users.save(this.users.create({
      email, name: input.name.trim(), role: input.role, passwordHash: await hashPassword(input.password, this.config.BCRYPT_COST),
    }));
    return toUserDto(saved);
  }

  async update(actor: Actor, id: string, input: UpdateUserInput): Promise<UserDto> {
    this.access.assertRole(actor, ['admin'], 'edit users');
    if (input.password !== undefined) assertAcceptablePassword(input.password);
    const passwordHash = input.password !== undefined ? await hashPassword(input.password, this.config.BCRYPT_COST) : undefined;
    const { saved, before } = await this.users.manager.transaction(async (em) => {
      // The active admins first, then the user: every demotion locks in the same order, so none deadlock.
      const mayEndAdmin = (input.role !== undefined && input.role !== 'admin') || input.deactivated === true;
      const activeAdmins = mayEndAdmin ? await lockActiveAdminIds(em) : [];
      const user = await em.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new NotFoundException('User not found');
      if (mayEndAdmin && activeAdmins.length === 1 && activeAdmins[0] === user.id) {
        throw new ConflictException(`${user.name} is the last active admin; make another user an admin first, then change or deactivate this one`);
      }
      const before = { role: user.role, deactivated: user.deactivatedAt !== null };
      if (input.name !== undefined) user.name = input.name.trim();
      if (input.role !== undefined) user.role = input.role;
      if (passwordHash !== undefined) user.passwordHash = passwordHash;
      if (input.deactivated !== undefined) user.deactivatedAt = input.deactivated ? user.deactivatedAt ?? new Date() : null;
      return { saved: await em.save(user), before };
    });
    // A password reset or deactivation ends every session of that user, sockets included; a new role
    // closes the sockets so they come back with the rooms the new role allows (HTTP re-reads it each request).
    if (input.password !== undefined || input.deactivated) await this.auth.endSessions(id);
    else if (input.role !== undefined && input.role !== before.role) await this.auth.closeUserSockets(id);
    await this.auditUpdate(actor, id, before, input);
    return toUserDto(saved);
  }

  private async auditUpdate(actor: Actor, id: string, before: { role: UserRole; deactivated: boolean }, input: UpdateUserInput): Promise<void> {
    const target = { actor, targetType: 'user', targetId: id } as const;
    if (input.role !== undefined && input.role !== before.role) {
      await this.audit.record({ ...target, action: 'user.role_changed', data: { from: before.role, to: input.role } });
    }
    if (input.deactivated !== undefined && input.deactivated !== before.deactivated) {
      await this.audit.record({ ...target, action: input.deactivated ? 'user.deactivated' : 'user.reactivated' });
    }
    if (input.password !== undefined) await this.audit.record({ ...target, action: 'user.password_changed' });
  }

  async setAvailability(actor: Actor, availability: Availability): Promise<UserDto> {
    await this.users.update({ id: actor.id }, { availability });
    return toUserDto(await this.users.findOneByOrFail({ id: actor.id }));
  }

  async countAdmins(): Promise<number> {
    return this.users.countBy({ role: 'admin', deactivatedAt: IsNull() });
  }
}

export function assertAcceptablePassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem) throw new BadRequestException(problem);
}

/**
 * Without an active admin nobody could manage users any more. Locked in id order: two admins demoting
 * each other at once wait for one another, and the second then sees that it would remove the last one.
 */
async function lockActiveAdminIds(em: EntityManager): Promise<string[]> {
  const admins = await em.find(UserEntity, {
    where: { role: 'admin', deactivatedAt: IsNull() }, select: { id: true }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' },
  });
  return admins.map((a) => a.id);
}
