import { Global, Module } from '@nestjs/common';
import { HealthService } from '../health/health.service.js';
import { MetricsService } from './metrics.service.js';
import { OpsServer } from './ops-server.js';

/** Metrics, health checks and the unauthenticated ops port (METRICS_PORT), for the api and the worker alike. */
@Global()
@Module({
  providers: [MetricsService, HealthService, OpsServer],
  exports: [MetricsService, HealthService, OpsServer],
})
export class MetricsModule {}
