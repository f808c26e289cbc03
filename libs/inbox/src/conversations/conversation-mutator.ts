import { Injectable, NotFoundException } from '@nestjs/common';
import type { ConversationListItemDto } from '@parley/contracts';
import { ConversationEntity, Jobs, TransactionRunner, type Tx } from '@parley/core';
import { AccessService } from '../access/access.service.js';
import type { Actor } from '../access/actor.js';
import { recordHistory, type HistoryEntry } from '../history/conversation-history.js';
import { toListItem } from './conversation-row.js';
import { ConversationsRepository } from './conversations.repository.js';

export type Change = (conversation: ConversationEntity, tx: Tx) => Promise<HistoryEntry[]>;

/**
 * The one path every change to a conversation takes: check access, lock the row, apply, record history,
 * bump the version, and publish the new list row through the outbox, all in one transaction.
 * A change that changes nothing writes nothing.
 */
@Injectable()
export class ConversationMutator {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly access: AccessService,
    private readonly repository: ConversationsRepository,
  ) {}

  async apply(actor: Actor | null, id: string, change: Change): Promise<ConversationListItemDto> {
    if (actor) {
      const inboxId = await this.repository.inboxOf(id);
      if (!inboxId) throw new NotFoundException('Conversation not found');
      await this.access.assertInbox(actor, inboxId);
    }
    return this.tx.run(async (tx) => {
      const conversation = await tx.manager.findOne(ConversationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!conversation) throw new NotFoundException('Conversation not found');
      const entries = await change(conversation, tx);
      if (entries.length > 0) {
        conversation.version = String(Number(conversation.version) + 1);
        await tx.manager.save(ConversationEntity, conversation);
        await recordHistory(tx.manager, conversation, actor?.id ?? null, entries);
      }
      const [row] = await this.repository.findRows([id], tx.manager);
      const item = toListItem(row);
      if (entries.length > 0) {
        await tx.outbox.realtime('conversation.updated', { conversation: item }, [{ inboxId: item.inboxId }]);
        // SLA clocks, assignment notifications and auto-resolve follow each change (one job per version).
        tx.outbox.add(Jobs.conversationChanged(id, item.version, entries.map((e) => e.type), actor?.id ?? null));
      }
      return item;
    });
  }
}
