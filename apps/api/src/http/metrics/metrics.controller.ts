import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { MetricsService } from '@parley/core';
import { AccessService, type Actor } from '@parley/inbox';
import { CurrentActor } from '../../auth/current-actor.decorator.js';

/** Prometheus text for admins; a scraper inside the network reads METRICS_PORT instead, without a login. */
@ApiTags('metrics')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService, private readonly access: AccessService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/plain')
  @ApiOkResponse({
    description: 'Prometheus text exposition format',
    content: { 'text/plain': { schema: { type: 'string', example: '# TYPE parley_webhook_events_total counter\nparley_webhook_events_total{channel="messenger"} 42\n' } } },
  })
  async read(@CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<string> {
    this.access.assertRole(actor, ['admin'], 'read metrics');
    res.type(this.metrics.contentType);
    return this.metrics.render();
  }
}
