import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { Attachment, ConversationListItemDto, MessageDto, PageDto } from '@parley/contracts';
import { Jobs, MessageEntity, QuickReplyEntity } from '@parley/core';
import { AccessService } from '../access/access.service.js';
import type { Actor } from '../access/actor.js';
import { ConversationMutator } from '../conversations/conversation-mutator.js';
import { ConversationsRepository } from '../conversations/conversations.repository.js';
import { applyNonReply, applyReply } from '../conversations/derived-fields.js';
import { snippetOf, toMessageDto } from './message.mapper.js';
import { MessagesRepository } from './messages.repository.js';
import { QuickRepliesService } from '../quick-replies/quick-replies.service.js';
import { ReplyPolicy } from './reply-policy.js';

export interface ReplyInput { text?: string; attachments?: Attachment[]; quickReplyId?: string; replyToId?: string }

@Injectable()
export class MessagesService {
  constructor(
    private readonly access: AccessService,
    private readonly conversations: ConversationsRepository,
    private readonly repository: MessagesRepository,
    private readonly mutator: ConversationMutator,
    private readonly replyPolicy: ReplyPolicy,
    private readonly quickReplies: QuickRepliesService,
  ) {}

  async list(actor: Actor, conversationId: string, q: { cursor?: string; direction?: 'older' | 'newer'; limit?: number }): Promise<PageDto<MessageDto>> {
    const inboxId = await this.conversations.inboxOf(conversationId);
    if (!inboxId) throw new NotFoundException('Conversation not found');
    await this.access.assertInbox(actor, inboxId);
    const { rows, nextCursor } = await this.repository.page({
      conversationId, cursor: q.cursor, direction: q.direction ?? 'older', limit: q.limit ?? 50,
    });
    return { items: rows.map((m) => toMessageDto(m, m.senderName)), nextCursor };
  }

  /**
   * An agent's reply: stored as a pending outgoing message with a delivery job in the same transaction.
   * It answers the customer, so the conversation is no longer waiting.
   */
  async reply(actor: Actor, conversationId: string, input: ReplyInput): Promise<{ message: MessageDto; conversation: ConversationListItemDto }> {
    const text = input.text?.trim() ? input.text : undefined;
    if (!text && !input.attachments?.length) throw new BadRequestException('A reply needs text or at least one attachment');
    let message!: MessageEntity;
    const conversation = await this.mutator.apply(actor, conversationId, async (c, tx) => {
      // Usage counts rank the composer's suggestions: only a reply this sender may use can be credited.
      // Checked once the conversation is known to be the sender's to see, so a stranger learns nothing here.
      if (input.quickReplyId && !(await this.quickReplies.isUsableBy(actor, input.quickReplyId))) {
        throw new BadRequestException('quickReplyId is not a quick reply you can use (a shared one or one of your own)');
      }
      const sending = await this.replyPolicy.check(c, 'agent', new Date(), tx.manager);
      const now = new Date();
      message = await tx.manager.save(MessageEntity, tx.manager.create(MessageEntity, {
        conversationId: c.id, inboxId: c.inboxId, direction: 'outgoing', kind: text ? 'text' : 'attachment',
        senderType: 'user', senderUserId: actor.id, text: text ?? null, attachments: input.attachments ?? [],
        deliveryStatus: 'pending', sentAt: now, quickReplyId: input.quickReplyId ?? null,
        replyToId: await this.replyTarget(tx.manager, c.id, input.replyToId),
      }));
      Object.assign(c, applyReply(c, now, null), { snippet: snippetOf(message), unreadCount: 0 });
      if (input.quickReplyId) await tx.manager.increment(QuickReplyEntity, { id: input.quickReplyId }, 'usageCount', 1);
      tx.outbox.add(Jobs.deliver(message.id));
      // The body goes to the agents with the thread open; the mutator's list row tells the rest of the inbox.
      await tx.outbox.realtime('message.created', { message: toMessageDto(message, actor.name), conversationVersion: Number(c.version) + 1 }, [{ conversationId: c.id }]);
      return [{ type: 'replied', data: { messageId: message.id, messagingType: sending.messagingType ?? null } }];
    });
    return { message: toMessageDto(message, actor.name), conversation };
  }

  /** A private note: visible to colleagues only, never sent, and not a reply. */
  async note(actor: Actor, conversationId: string, text: string): Promise<{ message: MessageDto; conversation: ConversationListItemDto }> {
    if (!text.trim()) throw new BadRequestException('text must not be empty');
    let message!: MessageEntity;
    const conversation = await this.mutator.apply(actor, conversationId, async (c, tx) => {
      const now = new Date();
      message = await tx.manager.save(MessageEntity, tx.manager.create(MessageEntity, {
        conversationId: c.id, inboxId: c.inboxId, direction: 'outgoing', kind: 'note', senderType: 'user',
        senderUserId: actor.id, text, attachments: [], sentAt: now,
      }));
      Object.assign(c, applyNonReply(c, now));
      await tx.outbox.realtime('message.created', { message: toMessageDto(message, actor.name), conversationVersion: Number(c.version) + 1 }, [{ conversationId: c.id }]);
      if (text.includes('@')) tx.outbox.add(Jobs.mentions(message.id));
      return [{ type: 'note_added', data: { messageId: message.id } }];
    });
    return { message: toMessageDto(message, actor.name), conversation };
  }

  private async replyTarget(manager: import('typeorm').EntityManager, conversationId: string, replyToId?: string): Promise<string | null> {
    if (!replyToId) return null;
    const exists = await manager.existsBy(MessageEntity, { id: replyToId, conversationId });
    if (!exists) throw new BadRequestException('replyToId is not a message of this conversation');
    return replyToId;
  }
}
