import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MessageEntity } from '@parley/core';
import { decodeCursor, encodeCursor } from '../conversations/cursor.js';

export interface MessagePageOptions { conversationId: string; cursor?: string; direction: 'older' | 'newer'; limit: number }

@Injectable()
export class MessagesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A page of a thread, always returned oldest to newest. `older` walks back from the newest message (what
   * a thread shows first, then on scroll up); `newer` walks forward from the oldest.
   */
  async page(o: MessagePageOptions): Promise<{ rows: (MessageEntity & { senderName: string | null })[]; nextCursor: string | null }> {
    const qb = this.dataSource.createQueryBuilder(MessageEntity, 'm')
      .leftJoin('users', 'u', 'u.id = m.sender_user_id')
      .addSelect('u.name', 'sender_name')
      .where('m.conversation_id = :id', { id: o.conversationId });
    const desc = o.direction === 'older';
    if (o.cursor) {
      const [sentAt, id] = decodeCursor(o.cursor, ['timestamptz', 'uuid']);
      qb.andWhere(`(m.sent_at, m.id) ${desc ? '<' : '>'} (:sentAt::timestamptz, :cid::uuid)`, { sentAt, cid: id });
    }
    qb.addSelect('m.sent_at::text', 'sent_at_text')
      .orderBy('m.sent_at', desc ? 'DESC' : 'ASC').addOrderBy('m.id', desc ? 'DESC' : 'ASC').limit(o.limit + 1);
    const { entities, raw } = await qb.getRawAndEntities<{ sender_name: string | null; sent_at_text: string; m_id: string }>();
    const more = entities.length > o.limit;
    const page = entities.slice(0, o.limit).map((e) => {
      const r = raw.find((x) => x.m_id === e.id)!;
      return Object.assign(e, { senderName: r.sender_name, sentAtText: r.sent_at_text });
    });
    const last = page[page.length - 1];
    const nextCursor = more && last ? encodeCursor([last.sentAtText, last.id]) : null;
    if (desc) page.reverse();
    return { rows: page, nextCursor };
  }
}
