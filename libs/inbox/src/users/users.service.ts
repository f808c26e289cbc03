import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import type { Availability, UserDto, UserRole } from '@parley/contracts';
import { InjectConfig, SessionEntity, UserEntity, type ParleyConfig } from '@parley/core';
import { AccessService } from '../access/access.service.js';
import type { Actor } from '../access/actor.js';
import { AuditLogService } from '../audit/audit-log.service.js';
import { hashPassword } from './password.js';
import { toUserDto } from './user.mapper.js';

export interface CreateUserInput { email: string; name: string; password: string; role: UserRole }
export interface UpdateUserInput { name?: string; password?: string; role?: UserRole; deactivated?: boolean }

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    private readonly access: AccessService,
    private readonly audit: AuditLogService,
    @InjectConfig() private readonly config: ParleyConfig,
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
    const user = await this.users.findOneBy({ id });
    if (!user) throw new NotFoundException('User not found');
    const before = { role: user.role, deactivated: user.deactivatedAt !== null };
    if (input.name !== undefined) user.name = input.name.trim();
    if (input.role !== undefined) user.role = input.role;
    if (input.password !== undefined) user.passwordHash = await hashPassword(input.password, this.config.BCRYPT_COST);
    if (input.deactivated !== undefined) user.deactivatedAt = input.deactivated ? new Date() : null;
    const saved = await this.users.save(user);
    // A password change or deactivation ends every open session of that user.
    if (input.password !== undefined || input.deactivated) await this.sessions.delete({ userId: id });
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
