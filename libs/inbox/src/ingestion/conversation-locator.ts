import type { EntityManager } from 'typeorm';
import { ConversationEntity } from '@parley/core';

/**
 * Finds the contact's conversation in the inbox, creating it when there is none, and locks it: every
 * message of one customer is ingested one at a time, so derived fields never race.
 */
export async function lockConversation(
  manager: EntityManager, inboxId: string, contactId: string, at: Date,
): Promise<{ conversation: ConversationEntity; created: boolean }> {
  const inserted: { id: string }[] = await manager.query(
    `INSERT INTO conversations (inbox_id, contact_id, last_message_at) VALUES ($1, $2, $3)
     ON CONFLICT (inbox_id, contact_id) DO NOTHING RETURNING id`, [inboxId, contactId, at]);
  const conversation = await manager.findOneOrFail(ConversationEntity, {
    where: { inboxId, contactId }, lock: { mode: 'pessimistic_write' },
  });
  return { conversation, created: inserted.length > 0 };
}
