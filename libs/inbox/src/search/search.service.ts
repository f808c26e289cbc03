import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SearchResultDto } from '@parley/contracts';
import { AccessService } from '../access/access.service.js';
import type { Actor } from '../access/actor.js';
import { toListItem, type ConversationRow } from '../conversations/conversation-row.js';
import { ConversationsRepository } from '../conversations/conversations.repository.js';

/** Words to a prefix tsquery: "pedido cord" finds "Mi pedido ... Córdoba"-style text word by word. */
export function toPrefixQuery(q: string): string | null {
  const words = q.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.slice(0, 8).map((w) => `${w}:*`).join(' & ') : null;
}

/** Full-text search over message text and contact names, within the inboxes the user may see. */
@Injectable()
export class SearchService {
  constructor(private readonly dataSource: DataSource, private readonly access: AccessService, private readonly conversations: ConversationsRepository) {}

  async search(actor: Actor, q: string, limit = 20): Promise<SearchResultDto[]> {
    const tsquery = toPrefixQuery(q);
    if (!tsquery) throw new BadRequestException('q must contain at least one letter or digit');
    const inboxIds = await this.access.visibleInboxIds(actor);
    const scope = inboxIds ? 'AND x.inbox_id = ANY($3::uuid[])' : '';
    const params: unknown[] = [tsquery, limit, ...(inboxIds ? [inboxIds] : [])];
    const hits: { conversation_id: string; message_id: string | null; text: string | null; sent_at: Date | null; headline: string }[] =
      await this.dataSource.query(`
      WITH q AS (SELECT to_tsquery('simple', $1) AS q),
      by_contact AS (
        SELECT c.id AS conversation_id, NULL::uuid AS message_id, NULL::text AS text, NULL::timestamptz AS sent_at,
               ts_headline('simple', coalesce(x.name, ''), q.q) AS headline, 1 AS pri, c.last_message_at AS at
        FROM contacts x JOIN conversations c ON c.contact_id = x.id, q
        WHERE to_tsvector('simple', coalesce(x.name, '')) @@ q.q ${scope}
        ORDER BY c.last_message_at DESC LIMIT $2),
      by_message AS (
        SELECT DISTINCT ON (x.conversation_id) x.conversation_id, x.id AS message_id, x.text, x.sent_at,
               ts_headline('simple', x.text, q.q, 'MaxFragments=1, MaxWords=18, MinWords=6') AS headline, 2 AS pri, x.sent_at AS at
        FROM messages x, q
        WHERE x.search @@ q.q AND x.deleted_at IS NULL ${scope}
        ORDER BY x.conversation_id, x.sent_at DESC)
      SELECT * FROM (SELECT DISTINCT ON (conversation_id) * FROM (SELECT * FROM by_contact UNION ALL SELECT * FROM by_message) u
                     ORDER BY conversation_id, pri) d
      ORDER BY pri, at DESC LIMIT $2`, params);
    const rows = await this.conversations.findRows(hits.map((h) => h.conversation_id));
    const byId = new Map<string, ConversationRow>(rows.map((r) => [r.id, r]));
    return hits.filter((h) => byId.has(h.conversation_id)).map((h) => ({
      conversation: toListItem(byId.get(h.conversation_id)!),
      message: h.message_id ? { id: h.message_id, text: h.text ?? '', sentAt: h.sent_at!.toISOString() } : null,
      headline: h.headline,
    }));
  }
}
