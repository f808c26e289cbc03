import { Module } from '@nestjs/common';
import { AccessService } from './access/access.service.js';
import { ConversationMutator } from './conversations/conversation-mutator.js';
import { ConversationsRepository } from './conversations/conversations.repository.js';

/** What every inbox context builds on: who may see what, and the one way a conversation changes. */
@Module({
  providers: [AccessService, ConversationsRepository, ConversationMutator],
  exports: [AccessService, ConversationsRepository, ConversationMutator],
})
export class InboxCoreModule {}
