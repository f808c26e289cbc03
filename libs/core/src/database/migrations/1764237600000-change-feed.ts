import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Lets a reconnecting dashboard ask "what changed since my cursor" without scanning every conversation. */
export class ChangeFeed1764237600000 implements MigrationInterface {
  name = 'ChangeFeed1764237600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX idx_conversations_updated ON conversations (updated_at, id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX idx_conversations_updated');
  }
}
