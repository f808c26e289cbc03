import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TransactionRunner } from '@parley/core';
import { findMentions } from './mentions.js';
import { notifyUsers } from './notifications.service.js';

/** Tells the colleagues an internal note mentions (@Name) that they were mentioned. */
@Injectable()
export class MentionNotifier {
  constructor(private readonly dataSource: DataSource, private readonly tx: TransactionRunner) {}

  async notify(messageId: string): Promise<string[]> {
    const [note] = await this.dataSource.query(
      `SELECT m.id, m.conversation_id, m.inbox_id, m.kind, m.text, m.sender_user_id, u.name AS sender_name
       FROM messages m LEFT JOIN users u ON u.id = m.sender_user_id WHERE m.id = $1`, [messageId]);
    if (!note || note.kind !== 'note' || !note.text?.includes('@')) return [];
    // Who can read the note: the inbox's members, and every manager and admin.
    const users: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT u.id, u.name FROM users u WHERE u.deactivated_at IS NULL
         AND (u.role IN ('manager', 'admin') OR EXISTS (SELECT 1 FROM inbox_members im WHERE im.inbox_id = $1 AND im.user_id = u.id))`,
      [note.inbox_id]);
    const mentioned = findMentions(note.text, users).filter((id) => id !== note.sender_user_id);
    if (mentioned.length === 0) return [];
    await this.tx.run((tx) => notifyUsers(tx, mentioned, {
      type: 'mention', title: `${note.sender_name ?? 'A colleague'} mentioned you in a note`, conversationId: note.conversation_id,
      data: { messageId }, dedupeKey: `mention-${messageId}`,
    }));
    return mentioned;
  }
}
