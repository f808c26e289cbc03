import { Module } from '@nestjs/common';
import { ContactProfileService } from './contacts/contact-profile.service.js';
import { PrivacyRepository } from './privacy/privacy.repository.js';
import { PrivacyService } from './privacy/privacy.service.js';
import { RetentionService } from './privacy/retention.service.js';
import { SnoozeWakeService } from './conversations/snooze-wake.service.js';
import { DeliveryRepository } from './delivery/delivery.repository.js';
import { DeliveryService } from './delivery/delivery.service.js';
import { PlatformSender } from './delivery/platform-sender.js';
import { AuthService } from './auth/auth.service.js';
import { ConversationsService } from './conversations/conversations.service.js';
import { InboxesService } from './inboxes/inboxes.service.js';
import { UnknownAccountsRepository } from './inboxes/unknown-accounts.repository.js';
import { IngestionService } from './ingestion/ingestion.service.js';
import { MessageIngestion } from './ingestion/message-ingestion.js';
import { BatchIngestion } from './ingestion/batch-ingestion.js';
import { WebhookBatchesRepository } from './ingestion/webhook-batches.repository.js';
import { ReconciliationRepository } from './reconciliation/reconciliation.repository.js';
import { Reconciler } from './reconciliation/reconciler.service.js';
import { ReceiptIngestion } from './ingestion/receipt-ingestion.js';
import { MessagesRepository } from './messages/messages.repository.js';
import { MessagesService } from './messages/messages.service.js';
import { ReplyPolicy } from './messages/reply-policy.js';
import { ReportsRepository } from './reports/reports.repository.js';
import { ReportsService } from './reports/reports.service.js';
import { QuickRepliesService } from './quick-replies/quick-replies.service.js';
import { SearchService } from './search/search.service.js';
import { TagsService } from './tags/tags.service.js';
import { TeamsService } from './teams/teams.service.js';
import { AdminBootstrapService } from './users/admin-bootstrap.service.js';
import { UsersService } from './users/users.service.js';
import { AutomationModule } from './automation/automation.module.js';
import { InboxCoreModule } from './inbox-core.module.js';
import { ChannelAlertsService } from './channel-health/channel-alerts.service.js';
import { ChannelHealthRepository } from './channel-health/channel-health.repository.js';
import { ChannelHealthService } from './channel-health/channel-health.service.js';

const SERVICES = [
  AuthService, ConversationsService, InboxesService,
  IngestionService, MessageIngestion, ReceiptIngestion, MessagesRepository, MessagesService, ReplyPolicy,
  QuickRepliesService, SearchService, TagsService, TeamsService, UsersService, DeliveryService, DeliveryRepository, PlatformSender,
  SnoozeWakeService, ContactProfileService, UnknownAccountsRepository, BatchIngestion, WebhookBatchesRepository, ReconciliationRepository, Reconciler,
  ReportsRepository, ReportsService, PrivacyRepository, PrivacyService, RetentionService,
  ChannelHealthRepository, ChannelHealthService, ChannelAlertsService,
];

/** The inbox domain; needs the global DatabaseModule and OutboxModule from libs/core. */
@Module({ imports: [InboxCoreModule, AutomationModule], providers: SERVICES, exports: [...SERVICES, InboxCoreModule, AutomationModule] })
export class InboxModule {}

/** Added by the api only: creates the first admin from the environment. */
@Module({ imports: [InboxModule], providers: [AdminBootstrapService] })
export class AdminBootstrapModule {}
