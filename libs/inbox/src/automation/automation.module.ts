import { Module } from '@nestjs/common';
import { InboxCoreModule } from '../inbox-core.module.js';
import { IncomingNotifier } from '../notifications/incoming-notifier.js';
import { MentionNotifier } from '../notifications/mention-notifier.js';
import { NotificationPreferencesRepository } from '../notifications/notification-preferences.repository.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { AssignmentModule } from './assignment/index.js';
import { AutoRepliesModule } from './auto-replies/index.js';
import { AutoResolveService } from './auto-resolve.service.js';
import { ConversationFollowup } from './conversation-followup.service.js';
import { EvaluationRecord } from './evaluation.repository.js';
import { InboxAutomationService } from './inbox-automation.service.js';
import { SlaModule } from './sla/index.js';

const SERVICES = [AutoResolveService, ConversationFollowup, EvaluationRecord, InboxAutomationService, IncomingNotifier, MentionNotifier, NotificationsService];

/**
 * The automation contexts (sla/, auto-replies/, assignment/; business-hours/ is pure logic) and what ties them
 * together after a conversation changes. Each context is its own module exporting only its services.
 */
@Module({
  imports: [InboxCoreModule, SlaModule, AutoRepliesModule, AssignmentModule],
  providers: [...SERVICES, NotificationPreferencesRepository],
  exports: [...SERVICES, SlaModule, AutoRepliesModule, AssignmentModule],
})
export class AutomationModule {}
