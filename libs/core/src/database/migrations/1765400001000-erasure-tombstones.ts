import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Erasure is final: when a conversation or contact is erased (on request or by retention), a hash of each of
 * its platform message ids is kept, and nothing of the content. Ingestion looks an incoming id up here, so a
 * replayed or late webhook of an erased message stores nothing.
 */
export class ErasureTombstones1765400001000 implements MigrationInterface {
  name = 'ErasureTombstones1765400001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE erased_messages (
        inbox_id uuid NOT NULL REFERENCES inboxes(id) ON DELETE CASCADE,
        platform_message_hash bytea NOT NULL,
        erased_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (inbox_id, platform_message_hash)
      );
      -- Retention finds resolved conversations by age, per inbox.
      CREATE INDEX idx_conv_resolved_at ON conversations (inbox_id, resolved_at) WHERE status = 'resolved';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX idx_conv_resolved_at; DROP TABLE erased_messages');
  }
}
