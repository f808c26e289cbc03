import type { EntityManager } from 'typeorm';
import { ConversationEventEntity } from '@parley/core';

export interface HistoryEntry { type: string; data?: Record<string, unknown> }

/** Appends to a conversation's history (the activity trail, and what the reports read). */
export async function recordHistory(
  manager: EntityManager, conversation: { id: string; inboxId: string }, actorId: string | null, entries: HistoryEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await manager.insert(ConversationEventEntity, entries.map((e) => ({
    conversationId: conversation.id, inboxId: conversation.inboxId, type: e.type, actorId, data: e.data ?? {},
  })) as never);
}
