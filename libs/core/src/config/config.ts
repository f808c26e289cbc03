/** Configuration from the environment, with defaults that work on a developer's machine. */
export interface ParleyConfig {
  databaseUrl: string;
  redisUrl: string;
  port: number;
  graphApiUrl: string;
  adminEmail: string | null;
  adminPassword: string | null;
  sessionTtlHours: number;
  /** where the dashboard is served from, for CORS and links */
  webOrigin: string;
  /** public base URL of the api, used to show webhook URLs to admins */
  publicUrl: string;
  cookieSecure: boolean;
  loginRateLimit: { limit: number; ttlSeconds: number };
  /** group commit of incoming messages: transactions in flight at once, most messages in one */
  ingestion: { lanes: number; maxBatch: number };
  /** a second port serving /metrics and the health probes without authentication (null: none) */
  metricsPort: number | null;
  /** pino level: trace, debug, info, warn, error, fatal or silent */
  logLevel: string;
  /** false (OBSERVABILITY=off): no request logs and no per-event metrics, for measuring their cost */
  observability: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ParleyConfig {
  const port = Number(env.PORT ?? 3000);
  return {
    databaseUrl: env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/parley',
    redisUrl: env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    port,
    graphApiUrl: env.GRAPH_API_URL ?? 'https://graph.facebook.com',
    adminEmail: env.PARLEY_ADMIN_EMAIL ?? null,
    adminPassword: env.PARLEY_ADMIN_PASSWORD ?? null,
    sessionTtlHours: Number(env.SESSION_TTL_HOURS ?? 24 * 14),
    webOrigin: env.WEB_ORIGIN ?? 'http://localhost:5173',
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${port}`,
    cookieSecure: env.COOKIE_SECURE === 'true',
    loginRateLimit: { limit: Number(env.LOGIN_RATE_LIMIT ?? 10), ttlSeconds: Number(env.LOGIN_RATE_WINDOW_SECONDS ?? 60) },
    ingestion: { lanes: Number(env.INGEST_LANES ?? 2), maxBatch: Number(env.INGEST_BATCH ?? 32) },
    metricsPort: env.METRICS_PORT ? Number(env.METRICS_PORT) : null,
    logLevel: env.LOG_LEVEL ?? 'info',
    observability: env.OBSERVABILITY !== 'off',
  };
}
