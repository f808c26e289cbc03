import { HttpException, HttpStatus, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { InjectConfig, type ParleyConfig } from '@parley/core';

/**
 * Login attempts per (IP, email) and per IP, counted in Redis so the limit holds across every api
 * process. A guessing attacker is slowed down; a colleague at the same office is not locked out by one
 * mistyped password.
 */
@Injectable()
export class LoginRateLimiter implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly perAccount: RateLimiterRedis;
  private readonly perIp: RateLimiterRedis;

  constructor(@InjectConfig() config: ParleyConfig) {
    // Commands wait briefly for a (re)connecting Redis, then fail fast: the limiter answers 503 rather than hanging.
    this.redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1, connectTimeout: 2000 });
    const common = { storeClient: this.redis, duration: config.LOGIN_RATE_WINDOW_SECONDS, keyPrefix: `${config.PARLEY_QUEUE_PREFIX}:login` };
    this.perAccount = new RateLimiterRedis({ ...common, points: config.LOGIN_RATE_LIMIT, keyPrefix: `${common.keyPrefix}:acct` });
    this.perIp = new RateLimiterRedis({ ...common, points: config.LOGIN_RATE_LIMIT * 5, keyPrefix: `${common.keyPrefix}:ip` });
  }

  async consume(ip: string, email: string): Promise<void> {
    try {
      await Promise.all([this.perAccount.consume(`${ip}:${email.trim().toLowerCase()}`), this.perIp.consume(ip)]);
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        const seconds = Math.ceil(error.msBeforeNext / 1000);
        throw new HttpException(`Too many login attempts; try again in ${seconds} s`, HttpStatus.TOO_MANY_REQUESTS);
      }
      // Redis unavailable: refuse rather than let guessing run unchecked.
      throw new HttpException('Login is unavailable right now; try again shortly', HttpStatus.SERVICE_UNAVAILABLE);
    }
  }

  async reset(ip: string, email: string): Promise<void> {
    await this.perAccount.delete(`${ip}:${email.trim().toLowerCase()}`).catch(() => undefined);
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
