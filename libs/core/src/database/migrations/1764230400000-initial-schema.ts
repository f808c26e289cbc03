import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The inbox core: users, inboxes, contacts, conversations, messages, tags, quick replies, history, outbox. */
export class InitialSchema1764230400000 implements MigrationInterface {
  name = 'InitialSchema1764230400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL UNIQUE CHECK (email = lower(email)),
        name text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin','manager','agent')),
        availability text NOT NULL DEFAULT 'offline' CHECK (availability IN ('online','away','offline')),
        deactivated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX idx_sessions_user ON sessions (user_id);
      CREATE TABLE teams (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE team_members (
        team_id uuid NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        PRIMARY KEY (team_id, user_id)
      );
      CREATE TABLE inboxes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('messenger','instagram','whatsapp','api')),
        platform_account_id text,
        app_secret text,
        access_token text,
        verify_token text,
        has_app_secret boolean NOT NULL DEFAULT false,
        has_access_token boolean NOT NULL DEFAULT false,
        unarchive_on_incoming boolean NOT NULL DEFAULT true,
        credentials_invalid boolean NOT NULL DEFAULT false,
        settings jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX idx_inboxes_platform_account ON inboxes (channel, platform_account_id);
      CREATE TABLE inbox_members (
        inbox_id uuid NOT NULL REFERENCES inboxes(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        PRIMARY KEY (inbox_id, user_id)
      );
      CREATE INDEX idx_inbox_members_user ON inbox_members (user_id);
      CREATE TABLE contacts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        inbox_id uuid NOT NULL REFERENCES inboxes(id) ON DELETE CASCADE,
        platform_id text NOT NULL,
        name text,
        avatar_url text,
        custom_attributes jsonb NOT NULL DEFAULT '{}',
        profile_fetched_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_contacts_inbox_platform UNIQUE (inbox_id, platform_id)
      );
      CREATE INDEX idx_contacts_name_fts ON contacts USING gin (to_tsvector('simple', coalesce(name, '')));
      CREATE TABLE tags (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        color text,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX uq_tags_name ON tags (lower(name));
      CREATE TABLE conversations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        inbox_id uuid NOT NULL REFERENCES inboxes(id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','pending','snoozed','resolved')),
        archived boolean NOT NULL DEFAULT false,
        priority text NOT NULL DEFAULT 'none' CHECK (priority IN ('none','low','medium','high','urgent')),
        priority_rank smallint NOT NULL DEFAULT 0,
        assignee_id uuid REFERENCES users(id) ON DELETE SET NULL,
        team_id uuid REFERENCES teams(id) ON DELETE SET NULL,
        snoozed_until timestamptz,
        last_message_at timestamptz NOT NULL DEFAULT now(),
        last_incoming_at timestamptz,
        last_reply_at timestamptz,
        first_reply_at timestamptz,
        waiting_since timestamptz,
        unread_count integer NOT NULL DEFAULT 0,
        snippet text,
        resolved_at timestamptz,
        version bigint NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_conversations_inbox_contact UNIQUE (inbox_id, contact_id)
      );
      -- One index per list sort (keyset pagination walks them); inbox filters are applied on top.
      CREATE INDEX idx_conv_latest_status ON conversations (status, last_message_at DESC, id DESC) WHERE NOT archived;
      CREATE INDEX idx_conv_latest ON conversations (last_message_at DESC, id DESC) WHERE NOT archived;
      CREATE INDEX idx_conv_newest ON conversations (created_at DESC, id DESC) WHERE NOT archived;
      CREATE INDEX idx_conv_waiting ON conversations (status, (coalesce(waiting_since, 'infinity'::timestamptz)), id) WHERE NOT archived;
      CREATE INDEX idx_conv_priority ON conversations (status, priority_rank DESC, last_message_at DESC, id DESC) WHERE NOT archived;
      CREATE INDEX idx_conv_archived ON conversations (last_message_at DESC, id DESC) WHERE archived;
      CREATE INDEX idx_conv_assignee ON conversations (assignee_id, status, last_message_at DESC, id DESC) WHERE NOT archived;
      CREATE INDEX idx_conv_inbox_status ON conversations (inbox_id, status, archived) INCLUDE (assignee_id, waiting_since);
      CREATE INDEX idx_conv_snoozed ON conversations (snoozed_until) WHERE status = 'snoozed';
      CREATE TABLE conversation_tags (
        conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        tag_id uuid NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (conversation_id, tag_id)
      );
      CREATE INDEX idx_conversation_tags_tag ON conversation_tags (tag_id);
      CREATE TABLE messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        inbox_id uuid NOT NULL REFERENCES inboxes(id) ON DELETE CASCADE,
        direction text NOT NULL CHECK (direction IN ('incoming','outgoing')),
        kind text NOT NULL CHECK (kind IN ('text','attachment','note','activity')),
        sender_type text NOT NULL CHECK (sender_type IN ('contact','user','automation','page')),
        sender_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        text text,
        attachments jsonb NOT NULL DEFAULT '[]',
        platform_message_id text,
        delivery_status text CHECK (delivery_status IN ('pending','sent','delivered','read','failed')),
        delivery_error jsonb,
        reply_to_id uuid REFERENCES messages(id) ON DELETE SET NULL,
        reply_to_platform_id text,
        payload text,
        reactions jsonb NOT NULL DEFAULT '[]',
        edit_history jsonb NOT NULL DEFAULT '[]',
        edited_at timestamptz,
        deleted_at timestamptz,
        quick_reply_id uuid,
        sent_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        search tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(text, ''))) STORED
      );
      -- The idempotency key of ingestion: a re-delivered webhook hits this and changes nothing.
      CREATE UNIQUE INDEX uq_messages_inbox_platform_id ON messages (inbox_id, platform_message_id) WHERE platform_message_id IS NOT NULL;
      CREATE INDEX idx_messages_conversation_sent ON messages (conversation_id, sent_at, id);
      CREATE INDEX idx_messages_search ON messages USING gin (search);
      CREATE TABLE quick_replies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        shortcut text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        scope text NOT NULL CHECK (scope IN ('global','team','personal')),
        team_id uuid REFERENCES teams(id) ON DELETE CASCADE,
        owner_id uuid REFERENCES users(id) ON DELETE CASCADE,
        usage_count integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX uq_quick_replies_shortcut ON quick_replies (scope, coalesce(team_id, owner_id), lower(shortcut));
      CREATE TABLE conversation_events (
        id bigserial PRIMARY KEY,
        conversation_id uuid NOT NULL,
        inbox_id uuid NOT NULL,
        type text NOT NULL,
        actor_id uuid,
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX idx_conversation_events_conversation ON conversation_events (conversation_id, id);
      CREATE INDEX idx_conversation_events_created ON conversation_events (created_at);
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('job','realtime')),
        name text NOT NULL,
        payload jsonb NOT NULL,
        options jsonb NOT NULL DEFAULT '{}',
        attempts integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        actor_id uuid,
        action text NOT NULL,
        target_type text NOT NULL,
        target_id text NOT NULL,
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log, outbox, conversation_events, quick_replies, messages, conversation_tags,
      conversations, tags, contacts, inbox_members, inboxes, team_members, teams, sessions, users CASCADE`);
  }
}
