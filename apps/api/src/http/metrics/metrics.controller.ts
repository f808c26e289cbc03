import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
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
  async read(@CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<string> {
    this.access.assertRole(actor, ['admin'], 'read metrics');
    res.type(this.metrics.contentType);
    return this.metrics.render();
  }
}
