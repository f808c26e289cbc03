import { AuditLogEntity } from './audit-log.entity.js';
import {
  AssignmentCursorEntity, AutomationReplyEntity, AutoReplyRuleEntity, ConversationSlaEntity, NotificationEntity, SlaPolicyEntity,
} from './automation.entity.js';
import { ContactEntity } from './contact.entity.js';
import { ConversationEventEntity } from './conversation-event.entity.js';
import { ConversationEntity, ConversationTagEntity } from './conversation.entity.js';
import { InboxEntity, InboxMemberEntity } from './inbox.entity.js';
import { MessageEntity } from './message.entity.js';
import { OutboxEntity } from './outbox.entity.js';
import { QuickReplyEntity } from './quick-reply.entity.js';
import { SessionEntity } from './session.entity.js';
import { TagEntity } from './tag.entity.js';
import { TeamEntity, TeamMemberEntity } from './team.entity.js';
import { UserEntity } from './user.entity.js';

export {
  AuditLogEntity, ContactEntity, ConversationEventEntity, ConversationEntity, ConversationTagEntity, InboxEntity,
  InboxMemberEntity, MessageEntity, OutboxEntity, QuickReplyEntity, SessionEntity, TagEntity, TeamEntity,
  TeamMemberEntity, UserEntity,
};
export { AssignmentCursorEntity, AutomationReplyEntity, AutoReplyRuleEntity, ConversationSlaEntity, NotificationEntity, SlaPolicyEntity };
export type { InboxSettings } from './inbox.entity.js';

export const ENTITIES = [
  AuditLogEntity, ContactEntity, ConversationEventEntity, ConversationEntity, ConversationTagEntity, InboxEntity,
  InboxMemberEntity, MessageEntity, OutboxEntity, QuickReplyEntity, SessionEntity, TagEntity, TeamEntity,
  TeamMemberEntity, UserEntity,
  AutoReplyRuleEntity, AutomationReplyEntity, SlaPolicyEntity, ConversationSlaEntity, NotificationEntity, AssignmentCursorEntity,
];
