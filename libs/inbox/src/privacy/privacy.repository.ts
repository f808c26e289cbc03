import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export interface ContactRow {
  id: string; inbox_id: string; platform_id: string; name: string | null; avatar_url: string | null;
  custom_attributes: Record<string, unknown>; created_at: Date;
}
export interface ExportConversationRow {
  id: string; inbox_id: string; inbox_name: string; channel: string; status: string; tags: string[]; created_at: Date; resolved_at: Date | null;
}
export interface ExportMessageRow {
  id: string; conversation_id: string; direction: string; kind: string; sender_type: string; sender_name: string | null;
  text: string | null; attachments: unknown[]; edit_history: unknown[]; sent_at: Date; deleted_at: Date | null;
}
export interface ErasedConversation { id: string; inbox_id: string; contact_id: string }

/** The queries of exports, erasures and retention. Erasures run inside the caller's transaction. */
@Injectable()
export class PrivacyRepository {
  constructor(private readonly dataSource: DataSource) {}

  async contact(id: string, manager: EntityManager = this.dataSource.manager): Promise<ContactRow | null> {
    const [row] = await manager.query('SELECT * FROM contacts WHERE id = $1', [id]);
    return row ?? null;
  }

  async conversationsOfContact(contactId: string): Promise<ExportConversationRow[]> {
    return this.dataSource.query(
      `SELECT c.id, c.inbox_id, i.name AS inbox_name, i.channel, c.status, c.created_at, c.resolved_at,
         coalesce((SELECT array_agg(t.name ORDER BY t.name) FROM conversation_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.conversation_id = c.id), '{}') AS tags
       FROM conversations c JOIN inboxes i ON i.id = c.inbox_id WHERE c.contact_id = $1 ORDER BY c.created_at`, [contactId]);
  }

  async messagesOf(conversationIds: string[]): Promise<ExportMessageRow[]> {
    if (!conversationIds.length) return [];
    return this.dataSource.query(
      `SELECT m.id, m.conversation_id, m.direction, m.kind, m.sender_type, u.name AS sender_name, m.text, m.attachments,
         m.edit_history, m.sent_at, m.deleted_at
       FROM messages m LEFT JOIN users u ON u.id = m.sender_user_id WHERE m.conversation_id = ANY($1) ORDER BY m.sent_at, m.id`, [conversationIds]);
  }

  /** Locks the conversations a contact erasure removes. */
  async lockConversationsOfContact(manager: EntityManager, contactId: string): Promise<ErasedConversation[]> {
    return manager.query('SELECT id, inbox_id, contact_id FROM conversations WHERE contact_id = $1 FOR UPDATE', [contactId]);
  }

  async lockConversation(manager: EntityManager, id: string): Promise<ErasedConversation | null> {
    const [row] = await manager.query('SELECT id, inbox_id, contact_id FROM conversations WHERE id = $1 FOR UPDATE', [id]);
    return row ?? null;
  }

  /**
   * Keeps a tombstone (a hash of the platform message id, no content) of every message of these conversations,
   * then deletes them; messages, tags, SLA clocks, notifications and the search index go with them (cascades).
   * Report aggregates hold only counts and are left as they are. Returns how many messages went.
   */
  async eraseConversations(manager: EntityManager, ids: string[]): Promise<number> {
    if (!ids.length) return 0;
    const [{ messages }] = await manager.query(
      `WITH tombstones AS (
         INSERT INTO erased_messages (inbox_id, platform_message_hash)
         SELECT DISTINCT inbox_id, sha256(convert_to(platform_message_id, 'UTF8')) FROM messages
         WHERE conversation_id = ANY($1) AND platform_message_id IS NOT NULL
         ON CONFLICT DO NOTHING)
       SELECT count(*)::int AS messages FROM messages WHERE conversation_id = ANY($1)`, [ids]);
    await manager.query('DELETE FROM conversations WHERE id = ANY($1)', [ids]);
    return messages;
  }

  /** Deletes contacts left without any conversation (a contact belongs to one inbox and has one conversation there). */
  async deleteContactsWithoutConversations(manager: EntityManager, ids: string[]): Promise<void> {
    if (!ids.length) return;
    await manager.query('DELETE FROM contacts ct WHERE ct.id = ANY($1) AND NOT EXISTS (SELECT 1 FROM conversations c WHERE c.contact_id = ct.id)', [ids]);
  }

  async inboxesWithRetention(inboxId: string | null): Promise<{ id: string; days: number }[]> {
    return this.dataSource.query(
      `SELECT id, (settings->>'retentionDays')::int AS days FROM inboxes
       WHERE (settings->>'retentionDays') IS NOT NULL AND ($1::uuid IS NULL OR id = $1)`, [inboxId]);
  }

  async countResolvedBefore(inboxId: string, cutoff: Date): Promise<number> {
    const [{ n }] = await this.dataSource.query(
      "SELECT count(*)::int AS n FROM conversations WHERE inbox_id = $1 AND status = 'resolved' AND resolved_at < $2", [inboxId, cutoff]);
    return n;
  }

  /** One batch of conversations due for deletion, locked; a conversation reopened meanwhile no longer matches. */
  async lockResolvedBefore(manager: EntityManager, inboxId: string, cutoff: Date, limit: number): Promise<ErasedConversation[]> {
    return manager.query(
      `SELECT id, inbox_id, contact_id FROM conversations WHERE inbox_id = $1 AND status = 'resolved' AND resolved_at < $2
       ORDER BY resolved_at LIMIT $3 FOR UPDATE SKIP LOCKED`, [inboxId, cutoff, limit]);
  }
}
