import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ConfigModule, DatabaseModule, MetricsModule, OutboxModule } from '@parley/core';
import { AdminBootstrapModule, InboxModule } from '@parley/inbox';
import { AuthController } from './auth/auth.controller.js';
import { AuthGuard } from './auth/auth.guard.js';
import { LoginRateLimiter } from './auth/login-rate-limiter.js';
import { ConversationsController } from './http/conversations/conversations.controller.js';
import { HealthController } from './http/health/health.controller.js';
import { MetricsController } from './http/metrics/metrics.controller.js';
import { ChannelHealthController } from './http/channel-health/channel-health.controller.js';
import { InboxesController } from './http/inboxes/inboxes.controller.js';
import { QuickRepliesController } from './http/quick-replies/quick-replies.controller.js';
import { ReportsController } from './http/reports/reports.controller.js';
import { SearchController } from './http/search/search.controller.js';
import { TagsController } from './http/tags/tags.controller.js';
import { TeamsController } from './http/teams/teams.controller.js';
import { UsersController } from './http/users/users.controller.js';
import { RealtimeModule } from './realtime/realtime.module.js';
import { WebhookService } from './webhooks/webhook.service.js';
import { WebhooksController } from './webhooks/webhooks.controller.js';
import { InboxAutomationController } from './http/automation/inbox-automation.controller.js';
import { SlaPoliciesController } from './http/automation/sla-policies.controller.js';
import { AuditLogController } from './http/audit/audit-log.controller.js';
import { PrivacyController } from './http/privacy/privacy.controller.js';
import { NotificationsController } from './http/notifications/notifications.controller.js';

@Module({
  imports: [
    ConfigModule, DatabaseModule, OutboxModule, MetricsModule, InboxModule, AdminBootstrapModule, RealtimeModule,
  ],
  controllers: [
    AuthController, UsersController, TeamsController, InboxesController, ConversationsController, TagsController,
    QuickRepliesController, SearchController, HealthController, WebhooksController, ReportsController,
    InboxAutomationController, SlaPoliciesController, NotificationsController, MetricsController, ChannelHealthController, AuditLogController, PrivacyController,
  ],
  providers: [
    WebhookService, LoginRateLimiter,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
})
export class AppModule {}
