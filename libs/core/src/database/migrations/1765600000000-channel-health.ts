import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Channel health: two notification types for admins (a channel to reconnect, a busy channel gone silent),
 * and the indexes its per-inbox counts read (customer messages by arrival, failed replies by time).
 */
export class ChannelHealth1765600000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE notifications DROP CONSTRAINT IF EXISTS notifications_type_check;
      ALTER TABLE notifications ADD CONSTRAINT notifications_type_check
        CHECK (type IN ('assigned','mention','sla_reminder','sla_breach','reply_failed','channel_reconnect','channel_silent'));
      CREATE INDEX idx_messages_inbox_arrivals ON messages (inbox_id, created_at) WHERE direction = 'incoming';
      CREATE INDEX idx_messages_inbox_failed ON messages (inbox_id, created_at) WHERE delivery_status = 'failed';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX IF EXISTS idx_messages_inbox_failed;
      DROP INDEX IF EXISTS idx_messages_inbox_arrivals;
      DELETE FROM notifications WHERE type IN ('channel_reconnect','channel_silent');
      ALTER TABLE notifications DROP CONSTRAINT IF EXISTS notifications_type_check;
      ALTER TABLE notifications ADD CONSTRAINT notifications_type_check
        CHECK (type IN ('assigned','mention','sla_reminder','sla_breach','reply_failed'));
    `);
  }
}
