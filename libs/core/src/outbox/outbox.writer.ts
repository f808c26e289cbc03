import type { ClientEventMap, ClientEventName, JobName, JobPayloads, RealtimeAudience } from '@parley/contracts';
import pg from 'pg';
import { currentTraceId } from '../logging/trace-context.js';

export interface JobRowOptions { jobId?: string; delayMs?: number }

interface OutboxRow { kind: 'job' | 'realtime'; name: string; payload: unknown; options: Record<string, unknown> }

/**
 * Writes jobs and realtime events into the outbox inside the caller's transaction: they exist if and
 * only if the change that caused them committed. Rows are collected and written in one insert that
 * travels with the COMMIT (TransactionRunner), in the order they were added.
 */
export class OutboxWriter {
  private readonly rows: OutboxRow[] = [];

  async job<N extends JobName>(name: N, data: JobPayloads[N], options: JobRowOptions = {}): Promise<void> {
    this.rows.push({ kind: 'job', name, payload: data, options: withTrace({ ...options }) });
  }

  /** Several realtime events at once (the ingestion hot path writes two per message). */
  async realtimeMany(events: { [E in ClientEventName]: { event: E; payload: Parameters<ClientEventMap[E]>[0]; audiences: RealtimeAudience[] } }[ClientEventName][]): Promise<void> {
    for (const e of events) this.rows.push({ kind: 'realtime', name: e.event, payload: e.payload, options: withTrace({ audiences: e.audiences }) });
  }

  async realtime<E extends ClientEventName>(
    event: E, payload: Parameters<ClientEventMap[E]>[0], audiences: RealtimeAudience[],
  ): Promise<void> {
    this.rows.push({ kind: 'realtime', name: event, payload, options: withTrace({ audiences }) });
  }

  /**
   * What was collected as one INSERT (the rows as one JSON literal, escaped by pg; their ids, which are the
   * relay's order, follow the order they were added), or null when there is nothing. TransactionRunner
   * sends it in the same message as the COMMIT.
   */
  takeInsertSql(): string | null {
    if (this.rows.length === 0) return null;
    const rows = this.rows.splice(0);
    return `INSERT INTO outbox (kind, name, payload, options)
      SELECT r->>'kind', r->>'name', r->'payload', r->'options'
      FROM jsonb_array_elements(${pg.escapeLiteral(JSON.stringify(rows))}::jsonb) WITH ORDINALITY AS x(r, n) ORDER BY n`;
  }
}

/** The row carries the trace of the work that wrote it, so the relay and the job that follow log under it too. */
function withTrace(options: Record<string, unknown>): Record<string, unknown> {
  const traceId = currentTraceId();
  if (traceId) options.traceId = traceId;
  return options;
}
