import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The view counts read only these two partial indexes (index-only scans), instead of every conversation:
 * open and not archived is what `mine`, `unassigned`, `all` and `unanswered` count; `archived` the rest.
 */
export class ViewCountIndexes1764241200000 implements MigrationInterface {
  name = 'ViewCountIndexes1764241200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX idx_conv_open_counts ON conversations (inbox_id, assignee_id) INCLUDE (waiting_since) WHERE NOT archived AND status = 'open';
      CREATE INDEX idx_conv_archived_counts ON conversations (inbox_id) WHERE archived;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX idx_conv_open_counts, idx_conv_archived_counts');
  }
}
