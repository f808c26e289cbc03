import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Parley's Prometheus metrics, one registry per process (the api and the worker each serve their own).
 * Defined here, at module scope, so any code increments them with a plain import; what can only be
 * known by asking PostgreSQL or Redis (backlogs, queue depths) is gathered at scrape time instead
 * (MetricsService), so the hot paths pay nothing for it.
 */
export const metricsRegistry = new Registry();

const registers = [metricsRegistry];
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

// Process CPU, memory, event-loop lag, GC, handles: prom-client's standard set, under our prefix.
collectDefaultMetrics({ register: metricsRegistry, prefix: 'parley_' });

/** result: received | stored | duplicate | updated | ignored | rejected | queued (for the worker). */
export const webhookEvents = new Counter({
  name: 'parley_webhook_events_total', help: 'Webhook events by channel and what became of them', labelNames: ['channel', 'result'] as const, registers,
});

/** Requests refused before any event was read: bad signature, malformed body, unknown inbox. */
export const webhookRejections = new Counter({
  name: 'parley_webhook_requests_rejected_total', help: 'Webhook requests refused, by channel and HTTP status', labelNames: ['channel', 'status'] as const, registers,
});

export const ingestionSeconds = new Histogram({
  name: 'parley_ingestion_seconds', help: 'Time to ingest one event (contact, conversation, message, outbox) in its transaction',
  labelNames: ['channel'] as const, buckets: LATENCY_BUCKETS, registers,
});

export const outboxRelayLagSeconds = new Histogram({
  name: 'parley_outbox_relay_lag_seconds', help: 'From an outbox row written to it handed to BullMQ or socket.io',
  labelNames: ['kind'] as const, buckets: LATENCY_BUCKETS, registers,
});

export const outboxBacklog = new Gauge({ name: 'parley_outbox_backlog', help: 'Outbox rows waiting to be relayed (read at scrape)', registers });
export const outboxOldestSeconds = new Gauge({ name: 'parley_outbox_oldest_seconds', help: 'Age of the oldest outbox row (read at scrape)', registers });

export const queueJobs = new Gauge({ name: 'parley_queue_jobs', help: 'BullMQ jobs per queue and state (read at scrape)', labelNames: ['queue', 'state'] as const, registers });
export const queueOldestWaitingSeconds = new Gauge({
  name: 'parley_queue_oldest_waiting_seconds', help: 'Age of the oldest job waiting in each queue (0 when none)', labelNames: ['queue'] as const, registers,
});

export const jobSeconds = new Histogram({
  name: 'parley_job_seconds', help: 'Job run time by job name and outcome', labelNames: ['job', 'outcome'] as const, buckets: LATENCY_BUCKETS, registers,
});

/** outcome: sent | failed | retry | skipped; code: the platform's error code (e.g. 190, 10/2018278), or none. */
export const deliveryAttempts = new Counter({
  name: 'parley_delivery_attempts_total', help: 'Reply delivery attempts by channel, outcome and platform error code',
  labelNames: ['channel', 'outcome', 'code'] as const, registers,
});

export const graphRequestSeconds = new Histogram({
  name: 'parley_graph_request_seconds', help: "Meta Graph API calls by operation and HTTP status (0: no answer)",
  labelNames: ['operation', 'status'] as const, buckets: LATENCY_BUCKETS, registers,
});
export const graphRateLimited = new Counter({
  name: 'parley_graph_rate_limited_total', help: 'Graph API answers that said to slow down (HTTP 429 or a throttling code)', labelNames: ['code'] as const, registers,
});

export const socketsConnected = new Gauge({ name: 'parley_sockets_connected', help: 'Dashboard sockets connected to this api process', registers });
export const realtimeFanoutSeconds = new Histogram({
  name: 'parley_realtime_fanout_seconds', help: 'From the change committed to its socket event published to every api process',
  labelNames: ['event'] as const, buckets: LATENCY_BUCKETS, registers,
});

export const dbPoolConnections = new Gauge({
  name: 'parley_db_pool_connections', help: 'PostgreSQL pool: connections in use, idle, and requests waiting for one', labelNames: ['state'] as const, registers,
});

/** The reconciler repairs what a crash left half-done; each repair counts here by what it did. */
export const reconcilerActions = new Counter({
  name: 'parley_reconciler_actions_total', help: 'Repairs made by the reconciler, by action', labelNames: ['action'] as const, registers,
});

/** Milliseconds between two instants as seconds, for the histograms. */
export const secondsSince = (startMs: number): number => (Date.now() - startMs) / 1000;
