import type { EntityManager } from 'typeorm';

/** The oldest customer message sent after `at`: who is still waiting once a reply at `at` is placed. */
export async function oldestIncomingAfter(m: EntityManager, conversationId: string, at: Date): Promise<Date | null> {
  const [row] = await m.query(
    `SELECT min(sent_at) AS t FROM messages WHERE conversation_id = $1 AND direction = 'incoming' AND sent_at > $2`,
    [conversationId, at]);
  return row?.t ?? null;
}
