import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Delivery bookkeeping: when a send to the platform began (so a crash after the platform answered never
 * sends twice) and the last delivery attempt's count.
 */
export class DeliveryTracking1764234000000 implements MigrationInterface {
  name = 'DeliveryTracking1764234000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE messages ADD COLUMN send_started_at timestamptz, ADD COLUMN delivery_attempts integer NOT NULL DEFAULT 0;
      CREATE INDEX idx_messages_pending ON messages (created_at) WHERE delivery_status = 'pending';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX idx_messages_pending; ALTER TABLE messages DROP COLUMN send_started_at, DROP COLUMN delivery_attempts');
  }
}
