import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NotificationPreferencesDto, NotificationType } from '@parley/contracts';
import type { Tx } from '@parley/core';

export const DEFAULT_PREFERENCES: NotificationPreferencesDto = { muted: [], desktop: true, sound: false };

type Queryable = Pick<Tx['manager'], 'query'>;

/** The users among `userIds` who muted `type` (they get no row and no push of it). */
export async function usersWhoMuted(db: Queryable, userIds: string[], type: NotificationType): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows: { user_id: string }[] = await db.query(
    'SELECT user_id FROM notification_preferences WHERE user_id = ANY($1::uuid[]) AND $2 = ANY(muted)', [userIds, type]);
  return new Set(rows.map((r) => r.user_id));
}

@Injectable()
export class NotificationPreferencesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async get(userId: string): Promise<NotificationPreferencesDto> {
    const [row] = await this.dataSource.query('SELECT muted, desktop, sound FROM notification_preferences WHERE user_id = $1', [userId]);
    return row ? { muted: row.muted, desktop: row.desktop, sound: row.sound } : { ...DEFAULT_PREFERENCES };
  }

  async put(userId: string, p: NotificationPreferencesDto): Promise<NotificationPreferencesDto> {
    const [row] = await this.dataSource.query(
      `INSERT INTO notification_preferences (user_id, muted, desktop, sound) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id) DO UPDATE SET muted = excluded.muted, desktop = excluded.desktop, sound = excluded.sound, updated_at = now()
       RETURNING muted, desktop, sound`,
      [userId, [...new Set(p.muted)], p.desktop, p.sound]);
    return { muted: row.muted, desktop: row.desktop, sound: row.sound };
  }
}
