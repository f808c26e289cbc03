import { Injectable, NotFoundException } from '@nestjs/common';
import type { Attachment, ChannelType, ContactExportDto, ConversationStatus, ErasureResultDto, MessageDirection, MessageKind, SenderType } from '@parley/contracts';
import { TransactionRunner, type Tx } from '@parley/core';
import { AccessService } from '../access/access.service.js';
import type { Actor } from '../access/actor.js';
import { AuditLogService } from '../audit/audit-log.service.js';
import { PrivacyRepository, type ErasedConversation } from './privacy.repository.js';

/**
 * A customer's data under their control: export everything about a contact, erase a contact or a conversation
 * for good (tombstones keep a replayed webhook from bringing it back). Admins only; every action is audited.
 */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly access: AccessService,
    private readonly repository: PrivacyRepository,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditLogService,
  ) {}

  async exportContact(actor: Actor, contactId: string): Promise<ContactExportDto> {
    this.access.assertRole(actor, ['admin'], "export a contact's data");
    const contact = await this.repository.contact(contactId);
    if (!contact) throw new NotFoundException('Contact not found');
    const conversations = await this.repository.conversationsOfContact(contactId);
    const messages = await this.repository.messagesOf(conversations.map((c) => c.id));
    await this.audit.record({ actor, action: 'contact.exported', targetType: 'contact', targetId: contactId, data: { inboxId: contact.inbox_id, conversations: conversations.length, messages: messages.length } });
    return {
      exportedAt: new Date().toISOString(),
      contact: {
        id: contact.id, inboxId: contact.inbox_id, platformId: contact.platform_id, name: contact.name, avatarUrl: contact.avatar_url,
        customAttributes: contact.custom_attributes, createdAt: contact.created_at.toISOString(),
      },
      conversations: conversations.map((c) => ({
        id: c.id, inbox: { id: c.inbox_id, name: c.inbox_name, channel: c.channel as ChannelType }, status: c.status as ConversationStatus,
        tags: c.tags, createdAt: c.created_at.toISOString(), resolvedAt: c.resolved_at?.toISOString() ?? null,
        messages: messages.filter((m) => m.conversation_id === c.id).map((m) => ({
          id: m.id, direction: m.direction as MessageDirection, kind: m.kind as MessageKind, senderType: m.sender_type as SenderType,
          senderName: m.sender_name, text: m.text, attachments: m.attachments as Attachment[], editHistory: m.edit_history,
          sentAt: m.sent_at.toISOString(), deletedAt: m.deleted_at?.toISOString() ?? null,
        })),
      })),
    };
  }

  /** The contact, their conversations and messages, gone; only tombstones of the platform ids and the audit counts stay. */
  async eraseContact(actor: Actor, contactId: string): Promise<ErasureResultDto> {
    this.access.assertRole(actor, ['admin'], 'erase contacts');
    return this.tx.run(async (tx) => {
      const contact = await this.repository.contact(contactId, tx.manager);
      if (!contact) throw new NotFoundException('Contact not found');
      const conversations = await this.repository.lockConversationsOfContact(tx.manager, contactId);
      const result = await this.erase(tx, conversations, [contactId]);
      await this.audit.record({ actor, action: 'contact.erased', targetType: 'contact', targetId: contactId, data: { inboxId: contact.inbox_id, ...result } }, tx.manager);
      return result;
    });
  }

  /** Spam and erasure requests: removes the thread (and its contact when asked), keeps tombstones and an audit record. */
  async eraseConversation(actor: Actor, id: string, deleteContact: boolean): Promise<ErasureResultDto> {
    this.access.assertRole(actor, ['admin'], 'delete conversations');
    return this.tx.run(async (tx) => {
      const c = await this.repository.lockConversation(tx.manager, id);
      if (!c) throw new NotFoundException('Conversation not found');
      const result = await this.erase(tx, [c], deleteContact ? [c.contact_id] : []);
      await this.audit.record({
        actor, action: deleteContact ? 'conversation.deleted_with_contact' : 'conversation.deleted',
        targetType: 'conversation', targetId: id, data: { inboxId: c.inbox_id, contactId: c.contact_id, messages: result.messages },
      }, tx.manager);
      return result;
    });
  }

  /** Used by erasures and retention alike, inside their transaction. */
  async erase(tx: Tx, conversations: ErasedConversation[], contactIds: string[]): Promise<ErasureResultDto> {
    const messages = await this.repository.eraseConversations(tx.manager, conversations.map((c) => c.id));
    await this.repository.deleteContactsWithoutConversations(tx.manager, contactIds);
    for (const c of conversations) {
      await tx.outbox.realtime('conversation.deleted', { conversationId: c.id, inboxId: c.inbox_id }, [{ inboxId: c.inbox_id }]);
    }
    return { conversations: conversations.length, messages };
  }
}
