import type { EntityManager } from 'typeorm';
import type { InboundContact } from '@parley/contracts';

export interface ContactRef { id: string; name: string | null; created: boolean }

/**
 * Upserts a contact by (inbox, platform id). A known contact is only written when the platform tells us
 * something new, so a re-delivered webhook writes nothing.
 */
export async function upsertContact(manager: EntityManager, inboxId: string, c: InboundContact): Promise<ContactRef> {
  const inserted: { id: string; name: string | null }[] = await manager.query(
    `INSERT INTO contacts (inbox_id, platform_id, name, avatar_url) VALUES ($1, $2, $3, $4)
     ON CONFLICT (inbox_id, platform_id) DO NOTHING RETURNING id, name`,
    [inboxId, c.platformId, c.name ?? null, c.avatarUrl ?? null]);
  if (inserted.length) return { ...inserted[0], created: true };
  const [row]: { id: string; name: string | null; avatar_url: string | null }[] = await manager.query(
    'SELECT id, name, avatar_url FROM contacts WHERE inbox_id = $1 AND platform_id = $2', [inboxId, c.platformId]);
  const name = c.name && c.name !== row.name ? c.name : null;
  const avatar = c.avatarUrl && c.avatarUrl !== row.avatar_url ? c.avatarUrl : null;
  if (name || avatar) {
    await manager.query(
      'UPDATE contacts SET name = coalesce($2, name), avatar_url = coalesce($3, avatar_url), updated_at = now() WHERE id = $1',
      [row.id, name, avatar]);
  }
  return { id: row.id, name: name ?? row.name, created: false };
}

export async function findContactId(manager: EntityManager, inboxId: string, platformId: string): Promise<string | null> {
  const [row] = await manager.query('SELECT id FROM contacts WHERE inbox_id = $1 AND platform_id = $2', [inboxId, platformId]);
  return row?.id ?? null;
}
