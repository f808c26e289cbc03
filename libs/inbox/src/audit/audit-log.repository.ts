import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export interface NewAuditRow {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  data: Record<string, unknown>;
  ip: string | null;
}

export interface AuditRow extends NewAuditRow {
  id: string;
  actorName: string | null;
  actorEmail: string | null;
  createdAt: Date;
}

export interface AuditFilter {
  action?: string;
  actorId?: string;
  targetType?: string;
  targetId?: string;
  from?: Date;
  to?: Date;
  /** the id of the last entry of the previous page (entries go newest first) */
  beforeId?: string;
  limit: number;
}

/** The audit log's only reader and writer: inserts, and pages newest first. It never updates or deletes. */
@Injectable()
export class AuditLogRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inside the caller's transaction when given one, so the record commits (or not) with the action. */
  async insert(row: NewAuditRow, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query('INSERT INTO audit_log (actor_id, action, target_type, target_id, data, ip) VALUES ($1, $2, $3, $4, $5, $6)',
      [row.actorId, row.action, row.targetType, row.targetId, JSON.stringify(row.data), row.ip]);
  }

  async page(f: AuditFilter): Promise<AuditRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => { params.push(value); where.push(sql.replace('?', `$${params.length}`)); };
    if (f.action) add('a.action = ?', f.action);
    if (f.actorId) add('a.actor_id = ?', f.actorId);
    if (f.targetType) add('a.target_type = ?', f.targetType);
    if (f.targetId) add('a.target_id = ?', f.targetId);
    if (f.from) add('a.created_at >= ?', f.from);
    if (f.to) add('a.created_at < ?', f.to);
    if (f.beforeId) add('a.id < ?', f.beforeId);
    params.push(f.limit);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT a.id::text, a.actor_id, a.action, a.target_type, a.target_id, a.data, a.ip, a.created_at, u.name AS actor_name, u.email AS actor_email
       FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.id DESC LIMIT $${params.length}`, params);
    return rows.map((r) => ({
      id: r.id as string, actorId: r.actor_id as string | null, action: r.action as string, targetType: r.target_type as string,
      targetId: r.target_id as string, data: r.data as Record<string, unknown>, ip: r.ip as string | null,
      actorName: r.actor_name as string | null, actorEmail: r.actor_email as string | null, createdAt: r.created_at as Date,
    }));
  }
}
