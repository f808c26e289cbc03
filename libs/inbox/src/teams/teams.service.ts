import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { TeamDto } from '@parley/contracts';
import { TeamEntity, TeamMemberEntity, UserEntity } from '@parley/core';
import { AccessService } from '../access/access.service.js';
import type { Actor } from '../access/actor.js';
import { AuditLogService } from '../audit/audit-log.service.js';
import { membershipChange } from '../audit/membership-change.js';

@Injectable()
export class TeamsService {
  constructor(
    @InjectRepository(TeamEntity) private readonly teams: Repository<TeamEntity>,
    @InjectRepository(TeamMemberEntity) private readonly members: Repository<TeamMemberEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly access: AccessService,
    private readonly audit: AuditLogService,
  ) {}

  async list(): Promise<TeamDto[]> {
    const [teams, members] = await Promise.all([this.teams.find({ order: { name: 'ASC' } }), this.members.find()]);
    return teams.map((t) => ({ id: t.id, name: t.name, memberIds: members.filter((m) => m.teamId === t.id).map((m) => m.userId) }));
  }

  async create(actor: Actor, name: string): Promise<TeamDto> {
    this.access.assertRole(actor, ['admin'], 'manage teams');
    if (await this.teams.exists({ where: { name: name.trim() } })) throw new ConflictException(`A team named "${name.trim()}" already exists`);
    const team = await this.teams.save(this.teams.create({ name: name.trim() }));
    await this.audit.record({ actor, action: 'team.created', targetType: 'team', targetId: team.id, data: { name: team.name } });
    return { id: team.id, name: team.name, memberIds: [] };
  }

  async rename(actor: Actor, id: string, name: string): Promise<TeamDto> {
    this.access.assertRole(actor, ['admin'], 'manage teams');
    const team = await this.getOrFail(id);
    team.name = name.trim();
    await this.teams.save(team);
    return this.one(id);
  }

  async remove(actor: Actor, id: string): Promise<void> {
    this.access.assertRole(actor, ['admin'], 'manage teams');
    await this.getOrFail(id);
    await this.teams.delete({ id });
    await this.audit.record({ actor, action: 'team.deleted', targetType: 'team', targetId: id });
  }

  async setMembers(actor: Actor, id: string, userIds: string[]): Promise<TeamDto> {
    this.access.assertRole(actor, ['admin'], 'manage teams');
    await this.getOrFail(id);
    const unique = [...new Set(userIds)];
    const found = unique.length ? await this.users.countBy({ id: In(unique) }) : 0;
    if (found !== unique.length) throw new NotFoundException('One or more users do not exist');
    const before = (await this.members.findBy({ teamId: id })).map((m) => m.userId);
    await this.members.manager.transaction(async (m) => {
      await m.delete(TeamMemberEntity, { teamId: id });
      if (unique.length) await m.insert(TeamMemberEntity, unique.map((userId) => ({ teamId: id, userId })));
      await this.audit.record({ actor, action: 'team.members_changed', targetType: 'team', targetId: id, data: membershipChange(before, unique) }, m);
    });
    return this.one(id);
  }

  async exists(id: string): Promise<boolean> {
    return this.teams.exists({ where: { id } });
  }

  private async one(id: string): Promise<TeamDto> {
    return (await this.list()).find((t) => t.id === id)!;
  }

  private async getOrFail(id: string): Promise<TeamEntity> {
    const team = await this.teams.findOneBy({ id });
    if (!team) throw new NotFoundException('Team not found');
    return team;
  }
}
