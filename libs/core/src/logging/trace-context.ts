import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What every log line of one piece of work carries: the request id of the HTTP request, and the trace id
 * that follows a customer's message (or an agent's reply) from the webhook through ingestion, the outbox,
 * the jobs and the socket events, across processes (outbox rows and job data carry it).
 */
export interface TraceContext { traceId: string; reqId?: string; job?: string; jobId?: string }

const storage = new AsyncLocalStorage<TraceContext>();

export function runWithTrace<T>(context: TraceContext, work: () => T): T {
  return storage.run(context, work);
}

export function traceContext(): TraceContext | undefined {
  return storage.getStore();
}

export function currentTraceId(): string | undefined {
  return storage.getStore()?.traceId;
}

/** Binds a callback to the caller's trace, for work another caller's promise chain will run (group commit). */
export function bindTrace<F extends (...args: never[]) => unknown>(work: F): F {
  return AsyncLocalStorage.bind(work);
}

/** Runs work outside any trace: timers shared by many callers (the relay's) must not log under the first one's. */
export function withoutTrace<T>(work: () => T): T {
  return storage.exit(work);
}
