import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each user's notification preferences: the types they muted, and whether they want desktop notifications and
 * a sound. No row means the defaults (everything, desktop on, no sound), so existing users need no backfill.
 * Two new types: a new conversation in one's inboxes, a new message in a conversation assigned to one.
 */
export class NotificationPreferences1765800000000 implements MigrationInterface {
  name = 'NotificationPreferences1765800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE notifications DROP CONSTRAINT notifications_type_check,
        ADD CONSTRAINT notifications_type_check
          CHECK (type IN ('new_conversation','new_message','assigned','mention','sla_reminder','sla_breach','reply_failed',
            'channel_reconnect','channel_silent'))`); // the last two: channel health (1765600000000); this replaces its check
    await q.query(`
      CREATE TABLE notification_preferences (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        muted text[] NOT NULL DEFAULT '{}',
        desktop boolean NOT NULL DEFAULT true,
        sound boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE notification_preferences');
    await q.query(`
      DELETE FROM notifications WHERE type IN ('new_conversation', 'new_message');
      ALTER TABLE notifications DROP CONSTRAINT notifications_type_check,
        ADD CONSTRAINT notifications_type_check CHECK (type IN ('assigned','mention','sla_reminder','sla_breach','reply_failed','channel_reconnect','channel_silent'))`);
  }
}
