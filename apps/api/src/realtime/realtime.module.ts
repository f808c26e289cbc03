import { Module } from '@nestjs/common';
import { InboxModule } from '@parley/inbox';
import { PresenceService } from './presence.service.js';
import { RealtimeGateway } from './realtime.gateway.js';
import { RoomsService } from './rooms.service.js';

@Module({ imports: [InboxModule], providers: [RealtimeGateway, RoomsService, PresenceService] })
export class RealtimeModule {}
