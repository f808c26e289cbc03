import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { PresenceDto } from '@parley/contracts';
import { PresenceResponse } from './presence.responses.js';
import { PresenceService } from './presence.service.js';

@ApiTags('presence')
@Controller('presence')
export class PresenceController {
  constructor(private readonly presence: PresenceService) {}

  /** Who is online or away right now; everyone else is offline. */
  @Get() @ApiOkResponse({ type: [PresenceResponse] }) list(): Promise<PresenceDto[]> {
    return this.presence.statuses();
  }
}
