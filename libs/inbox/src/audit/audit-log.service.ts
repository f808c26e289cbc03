import { BadRequestException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditAction, AuditEntryDto, AuditLogQuery, PageDto } from '@parley/contracts';
import { AccessService } from '../access/access.service.js';
import type { Actor } from '../access/actor.js';
import { AuditLogRepository, type AuditRow } from './audit-log.repository.js';

export interface AuditRecord {
  /** null for the system's own actions, such as the nightly retention */
  actor: Actor | null;
  action: AuditAction;
  targetType: string;
  targetId: string;
  /** ids, counts, names of changed fields: never a secret's value or a message's content */
  data?: Record<string, unknown>;
}

const toDto = (r: AuditRow): AuditEntryDto => ({
  id: r.id, action: r.action as AuditAction, targetType: r.targetType, targetId: r.targetId,
  actor: r.actorId ? { id: r.actorId, name: r.actorName ?? '', email: r.actorEmail ?? '' } : null,
  ip: r.ip, data: r.data, createdAt: r.createdAt.toISOString(),
});

/** Who did what, when and from where: written by every admin and privacy action, read by admins only. */
@Injectable()
export class AuditLogService {
  constructor(private readonly access: AccessService, private readonly repository: AuditLogRepository) {}

  /** Pass the action's transaction manager so the entry and the action commit together. */
  async record(entry: AuditRecord, manager?: EntityManager): Promise<void> {
    await this.repository.insert({
      actorId: entry.actor?.id ?? null, action: entry.action, targetType: entry.targetType, targetId: entry.targetId,
      data: entry.data ?? {}, ip: entry.actor?.ip ?? null,
    }, manager);
  }

  async list(actor: Actor, q: AuditLogQuery): Promise<PageDto<AuditEntryDto>> {
    this.access.assertRole(actor, ['admin'], 'read the audit log');
    if (q.cursor !== undefined && !/^\d{1,19}$/.test(q.cursor)) throw new BadRequestException('cursor must be the nextCursor of a previous page');
    const from = q.from ? new Date(q.from) : undefined;
    const to = q.to ? new Date(q.to) : undefined;
    if (from && to && from >= to) throw new BadRequestException('from must be before to');
    const limit = q.limit ?? 50;
    const rows = await this.repository.page({
      action: q.action, actorId: q.actorId, targetType: q.targetType, targetId: q.targetId, from, to, beforeId: q.cursor, limit,
    });
    return { items: rows.map(toDto), nextCursor: rows.length === limit ? rows[rows.length - 1].id : null };
  }
}
