import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PostgreSQL as the record of the work Redis only carries: large webhook batches stay stored until they
 * are ingested, and each customer message's follow-up (auto-reply, SLA step, assignment) is marked done,
 * so the reconciler can find what a lost Redis job never did.
 */
export class DurableWork1765500000000 implements MigrationInterface {
  name = 'DurableWork1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook_batches (
        id bigserial PRIMARY KEY,
        inbox_id uuid NOT NULL REFERENCES inboxes(id) ON DELETE CASCADE,
        events jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE automation_evaluations (
        message_id uuid PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
        decided_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX idx_automation_evaluations_decided ON automation_evaluations (decided_at);
      -- What the reconciler walks: recent customer messages, and contacts still without a profile.
      CREATE INDEX idx_messages_incoming_created ON messages (created_at) WHERE direction = 'incoming' AND sender_type = 'contact';
      CREATE INDEX idx_contacts_profile_missing ON contacts (created_at) WHERE profile_fetched_at IS NULL AND name IS NULL;
      -- Messages that arrived before this migration were followed up by the jobs of their time.
      INSERT INTO automation_evaluations (message_id)
        SELECT id FROM messages WHERE direction = 'incoming' AND sender_type = 'contact' AND created_at > now() - interval '1 day';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX idx_contacts_profile_missing; DROP INDEX idx_messages_incoming_created;
      DROP TABLE automation_evaluations, webhook_batches`);
  }
}
