import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { HealthDto } from '@parley/contracts';
import { HealthService } from '@parley/core';
import { Public } from '../../auth/public.decorator.js';
import { HealthResponse, LivenessResponse } from './health.responses.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** 200 when PostgreSQL and Redis answer, 503 otherwise (the same as /ready, kept for existing probes). */
  @Public() @Get()
  @ApiOkResponse({ type: HealthResponse }) @ApiServiceUnavailableResponse({ type: HealthResponse, description: 'PostgreSQL or Redis is down' })
  check(@Res({ passthrough: true }) res: Response): Promise<HealthDto> {
    return this.ready(res);
  }

  /** Liveness: the process answers; restart it only when this fails. */
  @Public() @Get('live')
  @ApiOkResponse({ type: LivenessResponse })
  live(): { status: 'ok'; uptimeSeconds: number } {
    return this.health.live();
  }

  /** Readiness: 503 while PostgreSQL or Redis is unreachable, so a balancer sends traffic elsewhere. */
  @Public() @Get('ready')
  @ApiOkResponse({ type: HealthResponse }) @ApiServiceUnavailableResponse({ type: HealthResponse, description: 'PostgreSQL or Redis is down' })
  async ready(@Res({ passthrough: true }) res: Response): Promise<HealthDto> {
    const result = await this.health.check();
    if (result.status !== 'ok') res.status(503);
    return result;
  }
}
