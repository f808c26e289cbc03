import { Module } from '@nestjs/common';
import { AccessService } from './access/access.service.js';
import { AuditLogRepository } from './audit/audit-log.repository.js';
import { AuditLogService } from './audit/audit-log.service.js';
import { ConversationMutator } from './conversations/conversation-mutator.js';
import { ConversationsRepository } from './conversations/conversations.repository.js';

/** What every inbox context builds on: who may see what, the one way a conversation changes, the audit log. */
@Module({
  providers: [AccessService, ConversationsRepository, ConversationMutator, AuditLogRepository, AuditLogService],
  exports: [AccessService, ConversationsRepository, ConversationMutator, AuditLogService],
})
export class InboxCoreModule {}
