import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Automation: auto-reply rules and the replies they sent, SLA policies and per-conversation SLA state,
 * notifications, and the round-robin cursor. Business hours, auto-resolve and auto-assignment settings
 * live in `inboxes.settings` (validated by the automation services).
 */
export class Automation1764300000000 implements MigrationInterface {
  name = 'Automation1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE auto_reply_rules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        inbox_id uuid NOT NULL REFERENCES inboxes(id) ON DELETE CASCADE,
        position integer NOT NULL,
        trigger text NOT NULL CHECK (trigger IN ('first_message','outside_hours','keyword')),
        keywords jsonb NOT NULL DEFAULT '[]',
        pattern text,
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
        enabled boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX idx_auto_reply_rules_inbox ON auto_reply_rules (inbox_id, position);
      CREATE TABLE automation_replies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        source_message_id uuid NOT NULL,
        rule_id uuid REFERENCES auto_reply_rules(id) ON DELETE SET NULL,
        trigger text NOT NULL,
        message_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- One auto-reply per customer message: a repeated evaluation finds this and sends nothing.
        CONSTRAINT uq_automation_replies_source UNIQUE (source_message_id)
      );
      CREATE INDEX idx_automation_replies_conversation ON automation_replies (conversation_id, trigger, created_at DESC);
      CREATE TABLE sla_policies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        inbox_id uuid NOT NULL REFERENCES inboxes(id) ON DELETE CASCADE,
        first_response_minutes integer CHECK (first_response_minutes > 0),
        next_response_minutes integer CHECK (next_response_minutes > 0),
        resolution_minutes integer CHECK (resolution_minutes > 0),
        business_hours_only boolean NOT NULL DEFAULT false,
        reminder_lead_minutes integer NOT NULL DEFAULT 0 CHECK (reminder_lead_minutes >= 0),
        tag_id uuid REFERENCES tags(id) ON DELETE CASCADE,
        priority text CHECK (priority IN ('none','low','medium','high','urgent')),
        escalate_priority text CHECK (escalate_priority IN ('none','low','medium','high','urgent')),
        escalate_team_id uuid REFERENCES teams(id) ON DELETE SET NULL,
        enabled boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX idx_sla_policies_inbox ON sla_policies (inbox_id);
      CREATE TABLE conversation_sla (
        conversation_id uuid PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
        inbox_id uuid NOT NULL,
        policy_id uuid REFERENCES sla_policies(id) ON DELETE SET NULL,
        clocks jsonb NOT NULL DEFAULT '{}',
        pauses jsonb NOT NULL DEFAULT '[]',
        paused_at timestamptz,
        due_at timestamptz,
        next_check_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX idx_conversation_sla_due ON conversation_sla (inbox_id, due_at) WHERE due_at IS NOT NULL;
      CREATE INDEX idx_conversation_sla_next_check ON conversation_sla (next_check_at) WHERE next_check_at IS NOT NULL;
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        type text NOT NULL CHECK (type IN ('assigned','mention','sla_reminder','sla_breach','reply_failed')),
        title text NOT NULL,
        conversation_id uuid REFERENCES conversations(id) ON DELETE CASCADE,
        data jsonb NOT NULL DEFAULT '{}',
        dedupe_key text,
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX idx_notifications_user ON notifications (user_id, created_at DESC, id DESC);
      CREATE INDEX idx_notifications_unread ON notifications (user_id) WHERE read_at IS NULL;
      CREATE UNIQUE INDEX uq_notifications_dedupe ON notifications (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL;
      CREATE TABLE assignment_cursor (
        inbox_id uuid NOT NULL REFERENCES inboxes(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        last_assigned_at timestamptz NOT NULL,
        PRIMARY KEY (inbox_id, user_id)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE assignment_cursor, notifications, conversation_sla, sla_policies, automation_replies, auto_reply_rules');
  }
}
