import { Injectable } from '@nestjs/common';
import type { InboundEvent } from '@parley/contracts';
import { DataSource, type EntityManager } from 'typeorm';

export interface StoredBatch { id: string; inboxId: string; events: InboundEvent[] }

/**
 * Large webhook batches, kept in PostgreSQL from the platform's 200 until the worker has ingested them:
 * the queue job only points here, so a job Redis lost is re-created from the row.
 */
@Injectable()
export class WebhookBatchesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async store(manager: EntityManager, inboxId: string, events: InboundEvent[]): Promise<string> {
    const [row] = await manager.query('INSERT INTO webhook_batches (inbox_id, events) VALUES ($1, $2::jsonb) RETURNING id::text AS id',
      [inboxId, JSON.stringify(events)]);
    return row.id;
  }

  async load(batchId: string): Promise<StoredBatch | undefined> {
    const [row] = await this.dataSource.query('SELECT id::text AS id, inbox_id AS "inboxId", events FROM webhook_batches WHERE id = $1', [batchId]);
    return row;
  }

  async remove(batchId: string): Promise<void> {
    await this.dataSource.query('DELETE FROM webhook_batches WHERE id = $1', [batchId]);
  }
}
