import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import type { Availability, UserDto, UserRole } from '@parley/contracts';
import { SessionEntity, UserEntity } from '@parley/core';
import { AccessService } from '../access/access.service.js';
import type { Actor } from '../access/actor.js';
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
    return this.createUnchecked(input);
  }

  /** Used by the first-start bootstrap and the seed, where there is no actor yet. */
  async createUnchecked(input: CreateUserInput): Promise<UserDto> {
    const email = input.email.trim().toLowerCase();
    if (await this.users.exists({ where: { email } })) throw new ConflictException(`A user with email ${email} already exists`);
    const saved = await this.users.save(this.users.create({
      email, name: input.name.trim(), role: input.role, passwordHash: await hashPassword(input.password),
    }));
    return toUserDto(saved);
  }

  async update(actor: Actor, id: string, input: UpdateUserInput): Promise<UserDto> {
    this.access.assertRole(actor, ['admin'], 'edit users');
    const user = await this.users.findOneBy({ id });
    if (!user) throw new NotFoundException('User not found');
    if (input.name !== undefined) user.name = input.name.trim();
    if (input.role !== undefined) user.role = input.role;
    if (input.password !== undefined) user.passwordHash = await hashPassword(input.password);
    if (input.deactivated !== undefined) user.deactivatedAt = input.deactivated ? new Date() : null;
    const saved = await this.users.save(user);
    // A password change or deactivation ends every open session of that user.
    if (input.password !== undefined || input.deactivated) await this.sessions.delete({ userId: id });
    return toUserDto(saved);
  }

  async setAvailability(actor: Actor, availability: Availability): Promise<UserDto> {
    await this.users.update({ id: actor.id }, { availability });
    return toUserDto(await this.users.findOneByOrFail({ id: actor.id }));
  }

  async countAdmins(): Promise<number> {
    return this.users.countBy({ role: 'admin', deactivatedAt: IsNull() });
  }
}
