import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError, type EntityManager, type QueryRunner } from 'typeorm';
import { pgClientOf, type PgResult } from '../database/prepared.js';
import { OutboxRelay } from './outbox.relay.js';
import { OutboxWriter } from './outbox.writer.js';

export interface Tx { manager: EntityManager; outbox: OutboxWriter }

/** The TransactionRunner on the ingestion's pipelined pool (INGESTION_DATA_SOURCE), for its group commit. */
export const INGESTION_TX = Symbol('INGESTION_TX');

/**
 * Runs a unit of work in one transaction with an outbox bound to it; after commit it nudges the relay so
 * realtime events leave at once instead of on the next poll.
 */
@Injectable()
export class TransactionRunner {
  constructor(private readonly dataSource: DataSource, private readonly relay: OutboxRelay) {}

  async run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      const outbox = new OutboxWriter();
      let value: T;
      try {
        value = await work({ manager: runner.manager, outbox });
      } catch (error) {
        await runner.rollbackTransaction().catch(() => undefined);
        throw error;
      }
      await commitWithOutbox(runner, outbox);
      this.relay.kick();
      return value;
    } finally {
      await runner.release();
    }
  }
}

/**
 * Writes the outbox rows and commits in one message (a simple-protocol query of two statements), where
 * TypeORM's own commit would be a round trip of its own after the insert: on the webhook path that is one
 * of five. The runner is released right after, so TypeORM's transaction flags, which this bypasses, are
 * never read again.
 */
async function commitWithOutbox(runner: QueryRunner, outbox: OutboxWriter): Promise<void> {
  const insert = outbox.takeInsertSql();
  const sql = insert ? `${insert}; COMMIT` : 'COMMIT';
  const client = await pgClientOf(runner);
  let results: PgResult<unknown> | PgResult<unknown>[];
  try {
    results = await client.query(sql);
  } catch (error) {
    // A failed insert leaves the transaction aborted (a failed COMMIT has already rolled back).
    await client.query('ROLLBACK').catch(() => undefined);
    throw error instanceof Error ? new QueryFailedError(sql.slice(0, 200), [], error) : error;
  }
  // PostgreSQL answers COMMIT in a transaction that had failed with ROLLBACK, not an error: a unit of work
  // that caught a statement's error must not pass for committed.
  const last = Array.isArray(results) ? results[results.length - 1] : results;
  if (last.command === 'ROLLBACK') throw new Error('the transaction had failed, so COMMIT rolled it back');
}
