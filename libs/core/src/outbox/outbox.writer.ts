import type { ClientEventMap, ClientEventName, JobName, JobPayloads, RealtimeAudience } from '@parley/contracts';
import pg from 'pg';
import { eventRow, jobRow, outboxInsertSql, type JobRowOptions, type OutboxRow } from './outbox-rows.js';

export type { JobRowOptions } from './outbox-rows.js';

/**
 * Writes jobs and realtime events into the outbox inside the caller's transaction: they exist if and
 * only if the change that caused them committed. Rows are collected and written in one insert that
 * travels with the COMMIT (TransactionRunner), in the order they were added.
 */
export class OutboxWriter {
  private readonly rows: OutboxRow[] = [];

  /** Rows built with Jobs.* / jobRow / eventRow (outbox-rows.ts). */
  add(...rows: OutboxRow[]): void {
    this.rows.push(...rows);
  }

  async job<N extends JobName>(name: N, data: JobPayloads[N], options: JobRowOptions = {}): Promise<void> {
    this.rows.push(jobRow(name, data, options) as OutboxRow);
  }

  /** Several realtime events at once (the ingestion hot path writes two per message). */
  async realtimeMany(events: { [E in ClientEventName]: { event: E; payload: Parameters<ClientEventMap[E]>[0]; audiences: RealtimeAudience[] } }[ClientEventName][]): Promise<void> {
    for (const e of events) this.rows.push(eventRow(e.event, e.payload, e.audiences) as OutboxRow);
  }

  async realtime<E extends ClientEventName>(
    event: E, payload: Parameters<ClientEventMap[E]>[0], audiences: RealtimeAudience[],
  ): Promise<void> {
    this.rows.push(eventRow(event, payload, audiences) as OutboxRow);
  }

  /**
   * What was collected as one INSERT (the rows as one JSON literal, escaped by pg; their ids, which are the
   * relay's order, follow the order they were added), or null when there is nothing. TransactionRunner
   * sends it in the same message as the COMMIT, a simple-protocol query, hence a literal, not a parameter.
   */
  takeInsertSql(): string | null {
    if (this.rows.length === 0) return null;
    return outboxInsertSql(pg.escapeLiteral(JSON.stringify(this.rows.splice(0))));
  }
}
