import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NotificationDto, NotificationPreferencesDto, NotificationType } from '@parley/contracts';
import { NotificationEntity, type Tx } from '@parley/core';
import type { Actor } from '../access/actor.js';
import { NotificationPreferencesRepository, usersWhoMuted } from './notification-preferences.repository.js';

export interface NewNotification {
  type: NotificationType;
  title: string;
  conversationId: string | null;
  data?: Record<string, unknown>;
  /** per user: a second notification with the same key is dropped (repeated jobs) */
  dedupeKey?: string;
}

const toDto = (n: NotificationEntity): NotificationDto => ({
  id: n.id, type: n.type, title: n.title, conversationId: n.conversationId, data: n.data,
  readAt: n.readAt?.toISOString() ?? null, createdAt: n.createdAt.toISOString(),
});

/**
 * Stores a notification per user inside the caller's transaction and publishes it to that user's room
 * through the outbox, so it exists (and is pushed) if and only if the change behind it committed. Users who
 * muted the type get nothing.
 */
export async function notifyUsers(tx: Tx, userIds: string[], n: NewNotification): Promise<number> {
  let stored = 0;
  const unique = [...new Set(userIds)];
  const muted = await usersWhoMuted(tx.manager, unique, n.type);
  for (const userId of unique.filter((id) => !muted.has(id))) {
    const rows: { id: string; created_at: Date }[] = await tx.manager.query(
      `INSERT INTO notifications (user_id, type, title, conversation_id, data, dedupe_key) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING RETURNING id, created_at`,
      [userId, n.type, n.title, n.conversationId, JSON.stringify(n.data ?? {}), n.dedupeKey ?? null]);
    if (rows.length === 0) continue;
    stored++;
    await tx.outbox.realtime('notification', {
      id: rows[0].id, type: n.type, title: n.title, conversationId: n.conversationId, createdAt: new Date(rows[0].created_at).toISOString(),
    }, [{ userId }]);
  }
  return stored;
}

/** A user's own notifications: listed newest first, marked read one by one or all at once. */
@Injectable()
export class NotificationsService {
  constructor(private readonly dataSource: DataSource, private readonly preferences: NotificationPreferencesRepository) {}

  getPreferences(actor: Actor): Promise<NotificationPreferencesDto> {
    return this.preferences.get(actor.id);
  }

  setPreferences(actor: Actor, p: NotificationPreferencesDto): Promise<NotificationPreferencesDto> {
    return this.preferences.put(actor.id, p);
  }

  async list(actor: Actor, q: { unread?: boolean; limit?: number; before?: string }): Promise<{ items: NotificationDto[]; unreadCount: number }> {
    const qb = this.dataSource.manager.createQueryBuilder(NotificationEntity, 'n').where('n.userId = :u', { u: actor.id });
    if (q.unread) qb.andWhere('n.readAt IS NULL');
    if (q.before) qb.andWhere('n.createdAt < :before', { before: new Date(q.before) });
    const rows = await qb.orderBy('n.createdAt', 'DESC').addOrderBy('n.id', 'DESC').limit(q.limit ?? 50).getMany();
    const [{ n }] = await this.dataSource.query('SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL', [actor.id]);
    return { items: rows.map(toDto), unreadCount: n };
  }

  async markRead(actor: Actor, id: string): Promise<NotificationDto> {
    const n = await this.dataSource.manager.findOneBy(NotificationEntity, { id, userId: actor.id });
    if (!n) throw new NotFoundException('Notification not found');
    if (!n.readAt) {
      n.readAt = new Date();
      await this.dataSource.manager.update(NotificationEntity, { id }, { readAt: n.readAt });
    }
    return toDto(n);
  }

  async markAllRead(actor: Actor): Promise<{ updated: number }> {
    const r = await this.dataSource.manager.query(
      'UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL', [actor.id]);
    return { updated: Array.isArray(r) ? Number(r[1] ?? 0) : 0 };
  }
}
