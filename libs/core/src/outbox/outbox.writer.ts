import type { EntityManager } from 'typeorm';
import type { ClientEventMap, ClientEventName, JobName, JobPayloads, RealtimeAudience } from '@parley/contracts';
import { runPrepared, type PreparedStatement } from '../database/prepared.js';

export interface JobRowOptions { jobId?: string; delayMs?: number }

interface OutboxRow { kind: 'job' | 'realtime'; name: string; payload: unknown; options: Record<string, unknown> }

// Any number of rows through one prepared statement; ids (the relay's order) follow the array's order.
const INSERT_ROWS: PreparedStatement = {
  name: 'outbox.insert',
  text: `INSERT INTO outbox (kind, name, payload, options)
         SELECT r->>'kind', r->>'name', r->'payload', r->'options' FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS x(r, n) ORDER BY n`,
};

/**
 * Writes jobs and realtime events into the outbox inside the caller's transaction: they exist if and
 * only if the change that caused them committed. Rows are collected and written by `flush()` in one
 * multi-row insert just before the commit (TransactionRunner calls it), in the order they were added.
 */
export class OutboxWriter {
  private readonly rows: OutboxRow[] = [];

  constructor(private readonly manager: EntityManager) {}

  async job<N extends JobName>(name: N, data: JobPayloads[N], options: JobRowOptions = {}): Promise<void> {
    this.rows.push({ kind: 'job', name, payload: data, options: { ...options } });
  }

  /** Several realtime events at once (the ingestion hot path writes two per message). */
  async realtimeMany(events: { [E in ClientEventName]: { event: E; payload: Parameters<ClientEventMap[E]>[0]; audiences: RealtimeAudience[] } }[ClientEventName][]): Promise<void> {
    for (const e of events) this.rows.push({ kind: 'realtime', name: e.event, payload: e.payload, options: { audiences: e.audiences } });
  }

  async realtime<E extends ClientEventName>(
    event: E, payload: Parameters<ClientEventMap[E]>[0], audiences: RealtimeAudience[],
  ): Promise<void> {
    this.rows.push({ kind: 'realtime', name: event, payload, options: { audiences } });
  }

  /** Writes what was collected; one round trip however many rows. */
  async flush(): Promise<void> {
    if (this.rows.length === 0) return;
    const rows = this.rows.splice(0);
    await runPrepared(this.manager, INSERT_ROWS, [JSON.stringify(rows)]);
  }
}
