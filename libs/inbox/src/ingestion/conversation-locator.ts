import type { EntityManager } from 'typeorm';
import { ConversationEntity } from '@parley/core';

/**
 * Finds the contact's conversation in the inbox, creating it when there is none, and locks it, in one
 * round trip: every message of one customer is ingested one at a time, so derived fields never race.
 * (The no-op DO UPDATE is what takes the row lock and returns the existing row.)
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
  });
}
