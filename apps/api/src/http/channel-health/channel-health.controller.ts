import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ChannelHealthOverviewDto } from '@parley/contracts';
import { ChannelHealthService, type Actor } from '@parley/inbox';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { ChannelHealthOverviewResponse } from './channel-health.responses.js';

@ApiTags('channel-health')
@Controller('channel-health')
export class ChannelHealthController {
  constructor(private readonly health: ChannelHealthService) {}

  /** Every inbox's health: arrivals against the usual for this hour, lag, replies waiting, failures. Managers and admins. */
  @Get() @ApiOkResponse({ type: ChannelHealthOverviewResponse })
  overview(@CurrentActor() actor: Actor): Promise<ChannelHealthOverviewDto> {
    return this.health.overview(actor);
  }
}
