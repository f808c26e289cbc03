import { Module } from '@nestjs/common';
import { InboxModule } from '@parley/inbox';
import { PresenceController } from './presence.controller.js';
import { PresenceService } from './presence.service.js';
import { RealtimeGateway } from './realtime.gateway.js';
import { RoomsService } from './rooms.service.js';

@Module({
  imports: [InboxModule],
  controllers: [PresenceController],
  providers: [RealtimeGateway, RoomsService, PresenceService],
  exports: [PresenceService],
})
export class RealtimeModule {}
