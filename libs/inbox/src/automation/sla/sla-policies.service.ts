import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Priority, SlaPolicyDto } from '@parley/contracts';
import { InboxEntity, SlaPolicyEntity, TagEntity, TeamEntity } from '@parley/core';
import { AccessService } from '../../access/access.service.js';
import type { Actor } from '../../access/actor.js';

export interface SlaPolicyInput {
  name?: string;
  inboxId?: string;
  firstResponseMinutes?: number | null;
  nextResponseMinutes?: number | null;
  resolutionMinutes?: number | null;
  businessHoursOnly?: boolean;
  reminderLeadMinutes?: number;
  tagId?: string | null;
  priority?: Priority | null;
  escalatePriority?: Priority | null;
  escalateTeamId?: string | null;
  enabled?: boolean;
}

const toDto = (p: SlaPolicyEntity): SlaPolicyDto => ({
  id: p.id, name: p.name, inboxId: p.inboxId, firstResponseMinutes: p.firstResponseMinutes, nextResponseMinutes: p.nextResponseMinutes,
  resolutionMinutes: p.resolutionMinutes, businessHoursOnly: p.businessHoursOnly, reminderLeadMinutes: p.reminderLeadMinutes,
  tagId: p.tagId, priority: p.priority, escalatePriority: p.escalatePriority, escalateTeamId: p.escalateTeamId, enabled: p.enabled,
});

/** SLA policies: targets, reminder lead, the inbox (and optional tag or priority) they cover, and escalation. */
@Injectable()
export class SlaPoliciesService {
  constructor(private readonly dataSource: DataSource, private readonly access: AccessService) {}

  async list(actor: Actor, inboxId?: string): Promise<SlaPolicyDto[]> {
    const visible = await this.access.visibleInboxIds(actor);
    const qb = this.dataSource.manager.createQueryBuilder(SlaPolicyEntity, 'p').orderBy('p.createdAt', 'ASC');
    if (inboxId) qb.andWhere('p.inboxId = :inboxId', { inboxId });
    if (visible) qb.andWhere('p.inboxId IN (:...visible)', { visible: visible.length ? visible : ['00000000-0000-0000-0000-000000000000'] });
    return (await qb.getMany()).map(toDto);
  }

  async create(actor: Actor, input: SlaPolicyInput & { name: string; inboxId: string }): Promise<SlaPolicyDto> {
    this.access.assertRole(actor, ['admin', 'manager'], 'edit SLA policies');
    const policy = this.dataSource.manager.create(SlaPolicyEntity, {
      businessHoursOnly: false, reminderLeadMinutes: 0, enabled: true, ...input, name: input.name.trim(),
    });
    await this.check(policy);
    return toDto(await this.dataSource.manager.save(SlaPolicyEntity, policy));
  }

  async update(actor: Actor, id: string, input: SlaPolicyInput): Promise<SlaPolicyDto> {
    this.access.assertRole(actor, ['admin', 'manager'], 'edit SLA policies');
    const policy = await this.dataSource.manager.findOneBy(SlaPolicyEntity, { id });
    if (!policy) throw new NotFoundException('SLA policy not found');
    if (input.inboxId && input.inboxId !== policy.inboxId) throw new BadRequestException('A policy cannot move to another inbox; create one there');
    Object.assign(policy, input);
    await this.check(policy);
    return toDto(await this.dataSource.manager.save(SlaPolicyEntity, policy));
  }

  async remove(actor: Actor, id: string): Promise<void> {
    this.access.assertRole(actor, ['admin', 'manager'], 'edit SLA policies');
    const r = await this.dataSource.manager.delete(SlaPolicyEntity, { id });
    if (!r.affected) throw new NotFoundException('SLA policy not found');
  }

  private async check(p: SlaPolicyEntity): Promise<void> {
    const m = this.dataSource.manager;
    if (p.firstResponseMinutes == null && p.nextResponseMinutes == null && p.resolutionMinutes == null) {
      throw new BadRequestException('Set at least one target: firstResponseMinutes, nextResponseMinutes or resolutionMinutes');
    }
    const shortest = Math.min(...[p.firstResponseMinutes, p.nextResponseMinutes, p.resolutionMinutes].filter((x): x is number => x != null));
    if (p.reminderLeadMinutes >= shortest) {
      throw new BadRequestException(`reminderLeadMinutes (${p.reminderLeadMinutes}) must be shorter than the shortest target (${shortest} minutes)`);
    }
    if (!(await m.existsBy(InboxEntity, { id: p.inboxId }))) throw new BadRequestException('inboxId does not name an inbox');
    if (p.tagId && !(await m.existsBy(TagEntity, { id: p.tagId }))) throw new BadRequestException('tagId does not name a tag');
    if (p.escalateTeamId && !(await m.existsBy(TeamEntity, { id: p.escalateTeamId }))) throw new BadRequestException('escalateTeamId does not name a team');
  }
}
