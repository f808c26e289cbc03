import { BadRequestException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { RetentionDto, RetentionPreviewDto } from '@parley/contracts';
import { InboxEntity, TransactionRunner } from '@parley/core';
import { AccessService } from '../access/access.service.js';
import type { Actor } from '../access/actor.js';
import { AuditLogService } from '../audit/audit-log.service.js';
import { PrivacyRepository } from './privacy.repository.js';
import { PrivacyService } from './privacy.service.js';

export const MAX_RETENTION_DAYS = 3650;
const BATCH = 200;
const DAY_MS = 86_400_000;

/** Per inbox: conversations resolved more than N days ago are deleted every night (with tombstones), with a preview. */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger('Retention');

  constructor(
    @InjectRepository(InboxEntity) private readonly inboxes: Repository<InboxEntity>,
    private readonly access: AccessService,
    private readonly repository: PrivacyRepository,
    private readonly privacy: PrivacyService,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditLogService,
  ) {}

  async get(actor: Actor, inboxId: string): Promise<RetentionDto> {
    this.access.assertRole(actor, ['admin'], 'manage data retention');
    return { inboxId, days: (await this.load(inboxId)).settings.retentionDays ?? null };
  }

  async set(actor: Actor, inboxId: string, days: number | null): Promise<RetentionDto> {
    this.access.assertRole(actor, ['admin'], 'manage data retention');
    assertDays(days);
    const inbox = await this.load(inboxId);
    const from = inbox.settings.retentionDays ?? null;
    // One statement on the jsonb, so a concurrent edit of other settings is not overwritten.
    await this.inboxes.query(`UPDATE inboxes SET settings = jsonb_set(settings, '{retentionDays}', $2::jsonb), updated_at = now() WHERE id = $1`, [inboxId, JSON.stringify(days)]);
    await this.audit.record({ actor, action: 'inbox.retention_changed', targetType: 'inbox', targetId: inboxId, data: { from, to: days } });
    return { inboxId, days };
  }

  /** How many conversations a retention of `days` (the inbox's own when not given) would delete tonight. */
  async preview(actor: Actor, inboxId: string, days?: number): Promise<RetentionPreviewDto> {
    this.access.assertRole(actor, ['admin'], 'manage data retention');
    const effective = days ?? (await this.load(inboxId)).settings.retentionDays ?? null;
    if (effective === null) throw new BadRequestException('This inbox keeps conversations for ever: pass days to preview a retention');
    assertDays(effective);
    if (days !== undefined) await this.load(inboxId);
    const cutoff = new Date(Date.now() - effective * DAY_MS);
    return { inboxId, days: effective, cutoff: cutoff.toISOString(), conversations: await this.repository.countResolvedBefore(inboxId, cutoff) };
  }

  /** The nightly job: per inbox with retention, deletes in batches; returns how many conversations went. */
  async purge(inboxId: string | null, now = new Date()): Promise<number> {
    let total = 0;
    for (const inbox of await this.repository.inboxesWithRetention(inboxId)) {
      const cutoff = new Date(now.getTime() - inbox.days * DAY_MS);
      let conversations = 0;
      let messages = 0;
      for (;;) {
        const batch = await this.tx.run(async (tx) => {
          const due = await this.repository.lockResolvedBefore(tx.manager, inbox.id, cutoff, BATCH);
          return this.privacy.erase(tx, due, due.map((c) => c.contact_id));
        });
        conversations += batch.conversations;
        messages += batch.messages;
        if (batch.conversations < BATCH) break;
      }
      if (conversations) {
        await this.audit.record({ actor: null, action: 'retention.purged', targetType: 'inbox', targetId: inbox.id, data: { days: inbox.days, cutoff: cutoff.toISOString(), conversations, messages } });
        this.logger.log(`inbox ${inbox.id}: deleted ${conversations} conversations resolved before ${cutoff.toISOString()}`);
      }
      total += conversations;
    }
    return total;
  }

  private async load(inboxId: string): Promise<InboxEntity> {
    const inbox = await this.inboxes.findOneBy({ id: inboxId });
    if (!inbox) throw new NotFoundException('Inbox not found');
    return inbox;
  }
}

function assertDays(days: number | null): void {
  if (days !== null && !(Number.isInteger(days) && days >= 1 && days <= MAX_RETENTION_DAYS)) {
    throw new BadRequestException(`days must be a whole number from 1 to ${MAX_RETENTION_DAYS}, or null to keep conversations for ever`);
  }
}
