import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log records where an action came from, is browsed newest first with filters, and is append-only:
 * the database itself refuses to change or delete an entry, whatever code asks (TRUNCATE, an operator's tool,
 * is still possible).
 */
export class AuditLog1765400000000 implements MigrationInterface {
  name = 'AuditLog1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE audit_log ADD COLUMN ip text;
      CREATE INDEX idx_audit_log_action ON audit_log (action, id DESC);
      CREATE INDEX idx_audit_log_actor ON audit_log (actor_id, id DESC);
      CREATE INDEX idx_audit_log_target ON audit_log (target_type, target_id, id DESC);
      CREATE INDEX idx_audit_log_created ON audit_log (created_at);
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log entries cannot be changed or deleted' USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER audit_log_append_only ON audit_log;
      DROP FUNCTION audit_log_append_only();
      DROP INDEX idx_audit_log_action, idx_audit_log_actor, idx_audit_log_target, idx_audit_log_created;
      ALTER TABLE audit_log DROP COLUMN ip;
    `);
  }
}
