import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { HealthDto } from '@parley/contracts';
import { RealtimePublisher } from '../realtime/realtime.publisher.js';

@Injectable()
export class HealthService {
  constructor(private readonly dataSource: DataSource, private readonly realtime: RealtimePublisher) {}

  /** Liveness: the process answers. It never looks at dependencies, so an outage does not restart healthy processes. */
  live(): { status: 'ok'; uptimeSeconds: number } {
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime()) };
  }

  /** Readiness: PostgreSQL and Redis both answer. */
  async check(): Promise<HealthDto> {
    const [postgres, redis] = await Promise.all([this.pingPostgres(), this.pingRedis()]);
    return { status: postgres === 'up' && redis === 'up' ? 'ok' : 'error', postgres, redis };
  }

  private async pingPostgres(): Promise<'up' | 'down'> {
    try { await withTimeout(this.dataSource.query('SELECT 1'), 2000); return 'up'; } catch { return 'down'; }
  }

  private async pingRedis(): Promise<'up' | 'down'> {
    try {
      await withTimeout(this.realtime.ping(), 2000);
      return 'up';
    } catch { return 'down'; }
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);
}
