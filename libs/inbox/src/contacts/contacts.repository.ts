import type { EntityManager } from 'typeorm';
import type { InboundContact } from '@parley/contracts';

export interface ContactRef { id: string; name: string | null; created: boolean }

/**
 * Upserts a contact by (inbox, platform id) in one round trip. A known contact is only written when the
 * platform tells us something new, so a re-delivered webhook writes nothing.
 */
export async function upsertContact(manager: EntityManager, inboxId: string, c: InboundContact): Promise<ContactRef> {
  type Row = { id: string; name: string | null; avatar_url: string | null; created: boolean };
  let [row]: Row[] = await manager.query(
    `WITH ins AS (
       INSERT INTO contacts (inbox_id, platform_id, name, avatar_url) VALUES ($1, $2, $3, $4)
       ON CONFLICT (inbox_id, platform_id) DO NOTHING RETURNING id, name, avatar_url, true AS created)
     SELECT * FROM ins
     UNION ALL
     SELECT id, name, avatar_url, false FROM contacts WHERE inbox_id = $1 AND platform_id = $2 AND NOT EXISTS (SELECT 1 FROM ins)`,
    [inboxId, c.platformId, c.name ?? null, c.avatarUrl ?? null]);
  // A concurrent insert of the same contact committed after this statement's snapshot: read it now.
  row ??= (await manager.query('SELECT id, name, avatar_url, false AS created FROM contacts WHERE inbox_id = $1 AND platform_id = $2',
    [inboxId, c.platformId]) as Row[])[0];
  if (row.created) return { id: row.id, name: row.name, created: true };
  const name = c.name && c.name !== row.name ? c.name : null;
  const avatar = c.avatarUrl && c.avatarUrl !== row.avatar_url ? c.avatarUrl : null;
  if (name || avatar) {
    await manager.query(
      'UPDATE contacts SET name = coalesce($2, name), avatar_url = coalesce($3, avatar_url), updated_at = now() WHERE id = $1',
      [row.id, name, avatar]);
  }
  return { id: row.id, name: name ?? row.name, created: false };
}
