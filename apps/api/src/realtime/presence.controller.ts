import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { PresenceStatus } from '@parley/contracts';
import { PresenceService } from './presence.service.js';

@ApiTags('presence')
@Controller('presence')
export class PresenceController {
  constructor(private readonly presence: PresenceService) {}

  /** Who is online or away right now; everyone else is offline. */
  @Get() list(): Promise<{ userId: string; availability: PresenceStatus }[]> {
    return this.presence.statuses();
  }
}
