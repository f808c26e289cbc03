import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PARLEY_CONFIG, type ParleyConfig } from '../config/config.js';
import { HealthService } from '../health/health.service.js';
import { MetricsService } from './metrics.service.js';

/**
 * A plain HTTP listener on METRICS_PORT for what runs inside the network: Prometheus (/metrics) and the
 * orchestrator's probes (/health/live, /health/ready). No authentication, so never publish this port.
 * The worker has no other HTTP server; the api has this beside its authenticated /api/metrics.
 */
@Injectable()
export class OpsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OpsServer');
  private server: Server | null = null;

  constructor(@Inject(PARLEY_CONFIG) private readonly config: ParleyConfig, private readonly metrics: MetricsService, private readonly health: HealthService) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.METRICS_PORT === undefined) return;
    const server = createServer((req, res) => void this.answer(req.url ?? '/').then(({ status, type, body }) => {
      res.writeHead(status, { 'Content-Type': type });
      res.end(body);
    }));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.config.METRICS_PORT!, this.config.METRICS_HOST, () => resolve());
    });
    this.server = server;
    this.logger.log(`metrics and health on port ${this.port()}`);
  }

  /** The port it listens on (METRICS_PORT=0 picks a free one), or null when off. */
  port(): number | null {
    return this.server ? (this.server.address() as AddressInfo).port : null;
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise((r) => server.close(r));
  }

  private async answer(url: string): Promise<{ status: number; type: string; body: string }> {
    const path = url.split('?')[0];
    if (path === '/metrics') return { status: 200, type: this.metrics.contentType, body: await this.metrics.render() };
    if (path === '/health/live') return json(200, this.health.live());
    if (path === '/health/ready' || path === '/health') {
      const result = await this.health.check();
      return json(result.status === 'ok' ? 200 : 503, result);
    }
    return json(404, { message: 'Try /metrics, /health/live or /health/ready' });
  }
}

const json = (status: number, body: unknown) => ({ status, type: 'application/json', body: JSON.stringify(body) });
