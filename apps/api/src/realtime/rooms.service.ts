import { Injectable } from '@nestjs/common';
import { AccessService, ConversationsRepository, InboxesService, type Actor } from '@parley/inbox';

/** Which rooms a user belongs in: their own, and one per inbox they may see. */
@Injectable()
export class RoomsService {
  constructor(private readonly access: AccessService, private readonly inboxes: InboxesService, private readonly conversations: ConversationsRepository) {}

  async roomsFor(actor: Actor): Promise<string[]> {
    const inboxIds = (await this.inboxes.list(actor)).map((i) => i.id);
    const staff = actor.role === 'agent' ? [] : ['staff'];
    return [`user:${actor.id}`, ...staff, ...inboxIds.map((id) => `inbox:${id}`)];
  }

  async canSeeConversation(actor: Actor, conversationId: string): Promise<boolean> {
    if (!/^[0-9a-f-]{36}$/i.test(conversationId)) return false;
    const inboxId = await this.conversations.inboxOf(conversationId);
    return !!inboxId && (await this.access.canSeeInbox(actor, inboxId));
  }
}
