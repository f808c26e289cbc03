import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TransactionRunner } from '@parley/core';
import { notifyUsers } from './notifications.service.js';

const SNIPPET = 80;
const snippet = (text: string | null) => {
  if (!text) return 'sent an attachment';
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > SNIPPET ? `${line.slice(0, SNIPPET - 1)}…` : line;
};

/**
 * Tells agents a customer wrote: the members of the inbox when it is the customer's first message there
 * (a new conversation), the assignee for every later one. Runs in the job after the message, never in the
 * webhook's transaction; the dedupe keys make a repeated job harmless.
 */
@Injectable()
export class IncomingNotifier {
  constructor(private readonly dataSource: DataSource, private readonly tx: TransactionRunner) {}

  async notify(conversationId: string, messageId: string): Promise<void> {
    const [m] = await this.dataSource.query(
      `SELECT m.text, m.direction, c.inbox_id, c.assignee_id, ct.name,
         NOT EXISTS (SELECT 1 FROM messages o WHERE o.conversation_id = c.id AND o.direction = 'incoming' AND o.id <> m.id
           AND (o.sent_at, o.id) < (m.sent_at, m.id)) AS first
       FROM messages m JOIN conversations c ON c.id = m.conversation_id JOIN contacts ct ON ct.id = c.contact_id
       WHERE m.id = $1 AND c.id = $2`, [messageId, conversationId]);
    if (!m || m.direction !== 'incoming') return;
    const who = m.name ?? 'A customer';
    if (m.first) {
      const members: { user_id: string }[] = await this.dataSource.query(
        `SELECT im.user_id FROM inbox_members im JOIN users u ON u.id = im.user_id WHERE im.inbox_id = $1 AND u.deactivated_at IS NULL`, [m.inbox_id]);
      await this.tx.run((tx) => notifyUsers(tx, members.map((r) => r.user_id), {
        type: 'new_conversation', title: `New conversation from ${who}: ${snippet(m.text)}`, conversationId,
        data: { messageId }, dedupeKey: `new-conversation-${conversationId}`,
      }));
      return;
    }
    if (!m.assignee_id) return;
    await this.tx.run((tx) => notifyUsers(tx, [m.assignee_id], {
      type: 'new_message', title: `${who}: ${snippet(m.text)}`, conversationId, data: { messageId }, dedupeKey: `message-${messageId}`,
    }));
  }
}
