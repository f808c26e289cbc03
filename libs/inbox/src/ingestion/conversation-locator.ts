import type { EntityManager } from 'typeorm';
import type { InboundContact } from '@parley/contracts';
import { ConversationEntity, runPrepared, type PreparedStatement } from '@parley/core';
import { upsertContact, type ContactRef } from '../contacts/contacts.repository.js';
import { CONVERSATION_COLUMNS } from '../conversations/conversation-row.js';

const LOCK_CONTACT_CONVERSATION: PreparedStatement = {
  name: 'ingest.lock-contact-conversation',
  text: `WITH written AS (
     INSERT INTO contacts (inbox_id, platform_id, name, avatar_url) VALUES ($1, $2, nullif($3, ''), nullif($4, ''))
     ON CONFLICT (inbox_id, platform_id) DO UPDATE
       SET name = coalesce(excluded.name, contacts.name), avatar_url = coalesce(excluded.avatar_url, contacts.avatar_url), updated_at = now()
       WHERE excluded.name IS DISTINCT FROM contacts.name AND excluded.name IS NOT NULL
          OR excluded.avatar_url IS DISTINCT FROM contacts.avatar_url AND excluded.avatar_url IS NOT NULL
     RETURNING id, name, (xmax = 0) AS created),
   contact AS (
     SELECT id, name, created FROM written
     UNION ALL
     SELECT id, name, false FROM contacts WHERE inbox_id = $1 AND platform_id = $2 AND NOT EXISTS (SELECT 1 FROM written))
   INSERT INTO conversations (inbox_id, contact_id, last_message_at) SELECT $1, id, $5 FROM contact
   ON CONFLICT (inbox_id, contact_id) DO UPDATE SET inbox_id = excluded.inbox_id
   RETURNING ${CONVERSATION_COLUMNS.join(', ')}, (xmax = 0) AS created, (SELECT name FROM contact) AS contact_name, (SELECT created FROM contact) AS contact_created`,
};

export interface LockedConversation { contact: ContactRef; conversation: ConversationEntity; created: boolean }

/**
 * Upserts the contact, then finds its conversation in the inbox (creating it when there is none) and locks
 * it: every message of one customer is ingested one at a time, so derived fields never race.
 * One round trip on the hot path: a known contact is only written when the platform tells us something new
 * (the DO UPDATE's WHERE), and otherwise read from the statement's snapshot. Only when a concurrent first
 * message of the same new contact committed after that snapshot does it take the two-statement path.
 */
export async function lockContactConversation(
  manager: EntityManager, inboxId: string, c: InboundContact, at: Date,
): Promise<LockedConversation> {
  const [row] = await runPrepared<Record<string, unknown> & { contact_id: string; contact_name: string | null; contact_created: boolean; created: boolean }>(
    manager, LOCK_CONTACT_CONVERSATION, [inboxId, c.platformId, c.name ?? null, c.avatarUrl ?? null, at]);
  if (row) {
    return { contact: { id: row.contact_id, name: row.contact_name, created: row.contact_created }, conversation: conversationFromRow(row), created: row.created };
  }
  const contact = await upsertContact(manager, inboxId, c);
  return { contact, ...await lockConversation(manager, inboxId, contact.id, at) };
}

/**
 * Finds the contact's conversation in the inbox, creating it when there is none, and locks it, in one
 * round trip. (The no-op DO UPDATE is what takes the row lock and returns the existing row.)
 */
export async function lockConversation(
  manager: EntityManager, inboxId: string, contactId: string, at: Date,
): Promise<{ conversation: ConversationEntity; created: boolean }> {
  const [row] = await manager.query(
    `INSERT INTO conversations (inbox_id, contact_id, last_message_at) VALUES ($1, $2, $3)
     ON CONFLICT (inbox_id, contact_id) DO UPDATE SET inbox_id = excluded.inbox_id
     RETURNING *, (xmax = 0) AS created`, [inboxId, contactId, at]);
  return { conversation: conversationFromRow(row), created: row.created };
}

/** A conversations row (snake_case, as PostgreSQL returns it) as the entity. */
export function conversationFromRow(r: Record<string, unknown>): ConversationEntity {
  return Object.assign(new ConversationEntity(), {
    id: r.id, inboxId: r.inbox_id, contactId: r.contact_id, status: r.status, archived: r.archived, priority: r.priority,
    priorityRank: r.priority_rank, assigneeId: r.assignee_id, teamId: r.team_id, snoozedUntil: r.snoozed_until,
    lastMessageAt: r.last_message_at, lastIncomingAt: r.last_incoming_at, lastReplyAt: r.last_reply_at,
    firstReplyAt: r.first_reply_at, waitingSince: r.waiting_since, unreadCount: r.unread_count, snippet: r.snippet,
    resolvedAt: r.resolved_at, version: r.version, createdAt: r.created_at, updatedAt: r.updated_at,
    threadController: r.thread_controller ?? null,
  });
}
