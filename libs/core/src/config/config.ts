/**
 * Every environment variable the api and worker read, typed, defaulted and validated in one place.
 *
 * The config is parsed once when an app starts (ConfigModule) and injected where needed:
 *   constructor(@InjectConfig() private readonly config: ParleyConfig) {}  ...  this.config.SESSION_TTL_HOURS
 * A bad value stops the start with an error naming the variable (ConfigError); nothing else reads process.env.
 *
 * Adding a variable is one line in ENV below: its name (the same in code and in .env.example), its type
 * and its default. Then document it in .env.example (a test checks that file lists every name here).
 * Helpers: int(default, min, max), flag(default) for on/off switches, url(default, protocols), text(default);
 * whole(min, max) / anyUrl(protocols) with .optional() for a variable that is off when unset.
 */
import { Inject } from '@nestjs/common';
import { z } from 'zod';
import { trustProxyProblem } from './trust-proxy.js';

const whole = (min = 0, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(min, `must be at least ${min}`).max(max, `must be at most ${max}`);
const int = (fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER) => whole(min, max).default(fallback);
/** An on/off switch: on|off, true|false or 1|0. */
const flag = (fallback: boolean) =>
  z.enum(['on', 'off', 'true', 'false', '1', '0'], { error: 'must be on or off (true/false, 1/0)' })
    .transform((v) => v === 'on' || v === 'true' || v === '1').default(fallback);
const anyUrl = (protocols: RegExp) => z.url({ protocol: protocols, error: `must be a URL (${protocols.source.replace(/[\^$]/g, '')})` });
const url = (fallback: string, protocols: RegExp) => anyUrl(protocols).default(fallback);
const text = (fallback: string) => z.string().min(1).default(fallback);
/** A comma-separated list, each entry checked by `problem` (which says what is wrong, or null). */
const list = (problem: (entry: string) => string | null) => z.string().transform((value, ctx) => {
  const entries = value.split(',').map((e) => e.trim()).filter(Boolean);
  for (const entry of entries) {
    const why = problem(entry);
    if (why) ctx.addIssue({ code: 'custom', message: why });
  }
  return entries;
});
const origin = (entry: string): string | null => {
  try { return new URL(entry).origin === 'null' ? `"${entry}" is not an http(s) origin` : null; } catch { return `"${entry}" is not a URL`; }
};

const ENV = z.object({
  // Services
  DATABASE_URL: url('postgres://postgres@127.0.0.1:5432/parley', /^postgres(ql)?$/),
  DB_POOL_SIZE: int(20, 1, 1000),
  REDIS_URL: url('redis://127.0.0.1:6379', /^rediss?$/),
  // HTTP
  PORT: int(3000, 0, 65535),
  HOST: text('0.0.0.0'),
  PUBLIC_URL: anyUrl(/^https?$/).optional(), // default: http://localhost:<PORT>
  WEB_ORIGIN: text('http://localhost:5173'),
  COOKIE_SECURE: flag(false),
  // The proxies whose X-Forwarded-For is believed (addresses, CIDRs, loopback/linklocal/uniquelocal); never a hop count.
  TRUST_PROXY: list(trustProxyProblem).optional(),
  // Origins besides WEB_ORIGIN and PUBLIC_URL whose pages may change things with the session cookie (CSRF).
  ALLOWED_ORIGINS: list(origin).optional(),
  // Accounts and sign-in
  PARLEY_ADMIN_EMAIL: z.email('must be an email address').optional(),
  PARLEY_ADMIN_PASSWORD: z.string().optional(),
  SESSION_TTL_HOURS: int(24 * 14, 1),
  LOGIN_RATE_LIMIT: int(10, 1),
  LOGIN_RATE_WINDOW_SECONDS: int(60, 1),
  LOGIN_ACCOUNT_LIMIT: whole(1).optional(), // failed logins per account from all addresses per window; default 2x LOGIN_RATE_LIMIT
  LOGIN_LOCKOUT_SECONDS: int(900, 1), // how long an account stays locked once LOGIN_ACCOUNT_LIMIT is reached
  BCRYPT_COST: int(10, 4, 31),
  // Channels
  GRAPH_API_URL: url('https://graph.facebook.com', /^https?$/),
  GRAPH_TIMEOUT_MS: int(10_000, 100),
  // Internals
  PARLEY_QUEUE_PREFIX: text('parley'),
  OUTBOX_RELAY: flag(true),
  OUTBOX_KICK_MS: int(5, 0),
  INGEST_LANES: int(2, 1),
  INGEST_BATCH: int(32, 1),
  WEBHOOK_ASYNC_BATCH: int(25, 1),
  PRESENCE_TTL_MS: int(45_000, 100),
  SHUTDOWN_GRACE_MS: int(25_000, 0),
  // Worker queues
  INGESTION_CONCURRENCY: int(4, 1),
  AUTOMATION_CONCURRENCY: int(20, 1),
  SLA_TIMER_CONCURRENCY: int(20, 1),
  SLA_CONCURRENCY: int(1, 1),
  DELIVERY_RATE_PER_100MS: int(27, 1),
  AUTOMATION_SWEEP: flag(true),
  AUTOMATION_SWEEP_MS: int(30_000, 100),
  AUTOMATION_SWEEP_GRACE_MS: int(5_000, 0),
  CHANNEL_HEALTH_CHECK_MS: int(300_000, 1000),
  RECONCILER: flag(true),
  RECONCILE_INTERVAL_MS: int(10_000, 100),
  RECONCILE_GRACE_MS: int(20_000, 0),
  RECONCILE_LIMIT: int(500, 1),
  // Observability
  METRICS_PORT: whole(0, 65535).optional(), // unset: no unauthenticated metrics port; 0 picks a free one
  METRICS_HOST: text('0.0.0.0'),
  LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'], { error: 'must be trace, debug, info, warn, error, fatal or silent' }).default('info'),
  OBSERVABILITY: flag(true),
});

/** The names of every variable in ENV (for .env.example's test and error messages). */
export const CONFIG_VARIABLES = Object.keys(ENV.shape) as (keyof typeof ENV.shape)[];

type Parsed = z.output<typeof ENV>;
export type ParleyConfig = Readonly<Parsed & { PUBLIC_URL: string }>;

/** Startup refused: each line names a variable and what is wrong with it. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration (check the environment or .env):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

// Values of these are never echoed in an error: they may hold a password.
const SECRET = /PASSWORD|SECRET|KEY|TOKEN|_URL$/;

/** Parses the environment; throws ConfigError naming every bad variable. Empty values count as unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ParleyConfig {
  const input = Object.fromEntries(CONFIG_VARIABLES.filter((k) => env[k] !== undefined && env[k] !== '').map((k) => [k, env[k]]));
  const result = ENV.safeParse(input);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const value = SECRET.test(name) ? '' : ` (got "${input[name]}")`;
      return `${name} ${issue.message}${value}`;
    }));
  }
  const c: Parsed = result.data;
  return Object.freeze({ ...c, PUBLIC_URL: c.PUBLIC_URL ?? `http://localhost:${c.PORT}` });
}

export const PARLEY_CONFIG = Symbol('PARLEY_CONFIG');

/** Injects the app's ParleyConfig: `constructor(@InjectConfig() private readonly config: ParleyConfig)`. */
export const InjectConfig = (): ParameterDecorator => Inject(PARLEY_CONFIG);
