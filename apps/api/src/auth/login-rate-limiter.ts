import { HttpException, HttpStatus, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { InjectConfig, type ParleyConfig } from '@parley/core';

/** A 429 that says when to come back, in the message and in Retry-After. */
export class TooManyLoginAttempts extends HttpException {
  constructor(readonly retryAfterSeconds: number, why: string) {
    super(`${why}; try again in ${retryAfterSeconds} s`, HttpStatus.TOO_MANY_REQUESTS);
  }
}

/**
 * Password guesses, counted in Redis so the limits hold across every api process:
 * - per (address, account): a colleague at the same office is not locked out by one mistyped password;
 * - per address, over all accounts: one machine cannot sweep through every user;
 * - per account, from all addresses together: guesses spread over many addresses lock the account for a
 *   while (LOGIN_LOCKOUT_SECONDS), which is what stops a botnet. The right password does not pass a lock.
 * A successful login clears the (address, account) and account counters.
 */
@Injectable()
export class LoginRateLimiter implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly perAddressAndAccount: RateLimiterRedis;
  private readonly perAddress: RateLimiterRedis;
  private readonly perAccount: RateLimiterRedis;

  constructor(@InjectConfig() config: ParleyConfig) {
    // Commands wait briefly for a (re)connecting Redis, then fail fast: the limiter answers 503 rather than hanging.
    this.redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1, connectTimeout: 2000 });
    const common = { storeClient: this.redis, duration: config.LOGIN_RATE_WINDOW_SECONDS };
    const prefix = `${config.PARLEY_QUEUE_PREFIX}:login`;
    this.perAddressAndAccount = new RateLimiterRedis({ ...common, points: config.LOGIN_RATE_LIMIT, keyPrefix: `${prefix}:acct` });
    this.perAddress = new RateLimiterRedis({ ...common, points: config.LOGIN_RATE_LIMIT * 5, keyPrefix: `${prefix}:ip` });
    this.perAccount = new RateLimiterRedis({
      ...common, points: config.LOGIN_ACCOUNT_LIMIT ?? 2 * config.LOGIN_RATE_LIMIT, blockDuration: config.LOGIN_LOCKOUT_SECONDS, keyPrefix: `${prefix}:lock`,
    });
  }

  async consume(ip: string, email: string): Promise<void> {
    const account = normalized(email);
    const attempts: [RateLimiterRedis, string, string][] = [
      [this.perAccount, account, 'This account is locked for a while after too many failed logins'],
      [this.perAddressAndAccount, `${ip}:${account}`, 'Too many login attempts'],
      [this.perAddress, ip, 'Too many login attempts'],
    ];
    const results = await Promise.allSettled(attempts.map(([limiter, key]) => limiter.consume(key)));
    results.forEach((result, i) => {
      if (result.status === 'fulfilled') return;
      if (result.reason instanceof RateLimiterRes) throw new TooManyLoginAttempts(Math.max(1, Math.ceil(result.reason.msBeforeNext / 1000)), attempts[i][2]);
      // Redis unavailable: refuse rather than let guessing run unchecked.
      throw new HttpException('Login is unavailable right now; try again shortly', HttpStatus.SERVICE_UNAVAILABLE);
    });
  }

  async reset(ip: string, email: string): Promise<void> {
    const account = normalized(email);
    await Promise.all([this.perAddressAndAccount.delete(`${ip}:${account}`), this.perAccount.delete(account)]).catch(() => undefined);
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}

const normalized = (email: string): string => email.trim().toLowerCase();
