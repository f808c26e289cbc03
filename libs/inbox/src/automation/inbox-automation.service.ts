import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { AutoAssignMode, BusinessHoursDto, InboxAutomationDto } from '@parley/contracts';
import { InboxEntity, JobDispatcher, Jobs, type InboxSettings } from '@parley/core';
import { AccessService } from '../access/access.service.js';
import type { Actor } from '../access/actor.js';
import { assertBusinessHours, businessHoursOf } from './business-hours/index.js';

export interface InboxAutomationInput {
  autoResolveHours?: number | null;
  autoAssignment?: { mode: AutoAssignMode; capacity?: number | null } | null;
}

const toDto = (inbox: InboxEntity): InboxAutomationDto => ({
  inboxId: inbox.id,
  businessHours: (businessHoursOf(inbox.settings) as BusinessHoursDto | null) ?? null,
  autoResolveHours: inbox.settings.autoResolveHours ?? null,
  autoAssignment: inbox.settings.autoAssignment
    ? { mode: inbox.settings.autoAssignment.mode, capacity: inbox.settings.autoAssignment.capacity ?? null } : null,
});

/** An inbox's business hours, auto-resolve and auto-assignment settings (kept in `inboxes.settings`). */
@Injectable()
export class InboxAutomationService {
  constructor(
    @InjectRepository(InboxEntity) private readonly inboxes: Repository<InboxEntity>,
    private readonly access: AccessService,
    private readonly jobs: JobDispatcher,
  ) {}

  async get(actor: Actor, inboxId: string): Promise<InboxAutomationDto> {
    await this.access.assertInbox(actor, inboxId, 'Inbox');
    return toDto(await this.load(inboxId));
  }

  async setBusinessHours(actor: Actor, inboxId: string, businessHours: unknown): Promise<InboxAutomationDto> {
    this.access.assertRole(actor, ['admin', 'manager'], 'edit business hours');
    const valid = businessHours === null ? null : assertBusinessHours(businessHours);
    return this.patch(inboxId, (s) => ({ ...s, businessHours: valid ?? undefined }));
  }

  async update(actor: Actor, inboxId: string, input: InboxAutomationInput): Promise<InboxAutomationDto> {
    this.access.assertRole(actor, ['admin', 'manager'], 'edit automation settings');
    const { autoResolveHours, autoAssignment } = input;
    if (autoResolveHours != null && !(Number.isInteger(autoResolveHours) && autoResolveHours >= 1 && autoResolveHours <= 24 * 90)) {
      throw new BadRequestException('autoResolveHours must be a whole number of hours from 1 to 2160 (90 days), or null to turn it off');
    }
    const dto = await this.patch(inboxId, (s) => ({
      ...s,
      ...(autoResolveHours !== undefined ? { autoResolveHours } : {}),
      ...(autoAssignment !== undefined
        ? { autoAssignment: autoAssignment ? { mode: autoAssignment.mode, capacity: autoAssignment.capacity ?? undefined } : null } : {}),
    }));
    // Turning assignment on should serve the conversations already waiting, not only the next ones.
    if (dto.autoAssignment) await this.jobs.enqueue(Jobs.drainAssignments(inboxId, inboxId));
    return dto;
  }

  private async load(inboxId: string): Promise<InboxEntity> {
    const inbox = await this.inboxes.findOneBy({ id: inboxId });
    if (!inbox) throw new NotFoundException('Inbox not found');
    return inbox;
  }

  private async patch(inboxId: string, change: (s: InboxSettings) => InboxSettings): Promise<InboxAutomationDto> {
    return this.inboxes.manager.transaction(async (m) => {
      const inbox = await m.findOne(InboxEntity, { where: { id: inboxId }, lock: { mode: 'pessimistic_write' } });
      if (!inbox) throw new NotFoundException('Inbox not found');
      inbox.settings = change(inbox.settings ?? {});
      await m.update(InboxEntity, inboxId, { settings: inbox.settings as never });
      return toDto(inbox);
    });
  }
}
