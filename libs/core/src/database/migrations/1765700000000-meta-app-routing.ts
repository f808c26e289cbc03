import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One Meta app serves several Pages, Instagram accounts and WhatsApp numbers:
 * - `webhook_unknown_accounts` counts entries for accounts no inbox is connected to, per inbox whose app
 *   secret signed them, so the admin sees which account still needs an inbox (the platform gets its 200);
 * - `messages.standby` marks what arrived while another app controlled the thread (Meta's handover
 *   protocol): context, not a question waiting for our answer;
 * - `conversations.thread_controller` says who controls the thread: null for Parley, else the other app.
 */
export class MetaAppRouting1765700000000 implements MigrationInterface {
  name = 'MetaAppRouting1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook_unknown_accounts (
        inbox_id uuid NOT NULL REFERENCES inboxes(id) ON DELETE CASCADE,
        account_id text NOT NULL,
        events integer NOT NULL DEFAULT 0,
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (inbox_id, account_id)
      );
      ALTER TABLE messages ADD COLUMN standby boolean NOT NULL DEFAULT false;
      ALTER TABLE conversations ADD COLUMN thread_controller text;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE conversations DROP COLUMN thread_controller;
      ALTER TABLE messages DROP COLUMN standby;
      DROP TABLE webhook_unknown_accounts;
    `);
  }
}
