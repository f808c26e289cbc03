import { Logger } from '@nestjs/common';
import { bindTrace } from '../logging/trace-context.js';
import type { TransactionRunner, Tx } from './transaction.runner.js';

export type Work<T> = (tx: Tx) => Promise<T>;

interface Item { key: string; work: Work<unknown>; resolve: (value: unknown) => void; reject: (error: unknown) => void }
interface Lane { queue: Item[]; busy: boolean }

export interface GroupCommitOptions {
  /** Transactions in flight at once (each on its own connection). */
  lanes: number;
  /** Most units of work in one transaction. */
  maxBatch: number;
}

/**
 * Group commit for a hot write path. Units of work that arrive while their lane's transaction is in flight
 * share the lane's next transaction: under load one BEGIN, one COMMIT (one WAL flush) and one relay pass
 * serve many webhooks, where each used to pay its own; on this kind of machine a round trip costs as much
 * as a statement. An idle lane starts at once, so a lone webhook waits for nothing.
 *
 * Each caller still gets its own outcome: when a shared transaction fails (one unit's error, or a deadlock
 * with another writer) it is rolled back whole and each unit runs again in a transaction of its own, so
 * only the unit at fault fails and nothing half-done is committed. Units must therefore be re-runnable:
 * all they change is in the database and the transaction's outbox.
 *
 * A key (for ingestion: the inbox and the customer) always maps to the same lane, so one customer's
 * messages stay in arrival order; within a transaction units run sorted by key, so two transactions, even
 * in different processes, take their row locks in the same order and never wait on each other in a cycle.
 */
export class GroupCommit {
  private readonly logger = new Logger('GroupCommit');
  private readonly lanes: Lane[];

  constructor(private readonly tx: TransactionRunner, private readonly options: GroupCommitOptions) {
    const { lanes, maxBatch } = options;
    if (!Number.isInteger(lanes) || lanes < 1) throw new Error(`group commit lanes must be a positive integer, not ${lanes}`);
    if (!Number.isInteger(maxBatch) || maxBatch < 1) throw new Error(`group commit batch size must be a positive integer, not ${maxBatch}`);
    this.lanes = Array.from({ length: lanes }, () => ({ queue: [], busy: false }));
  }

  run<T>(key: string, work: Work<T>): Promise<T> {
    const lane = this.lanes[laneOf(key, this.lanes.length)];
    return new Promise<T>((resolve, reject) => {
      // Another caller's drain runs this work: bound, it still logs and writes outbox rows under this caller's trace.
      lane.queue.push({ key, work: bindTrace(work), resolve: resolve as (value: unknown) => void, reject });
      if (!lane.busy) void this.drain(lane);
    });
  }

  private async drain(lane: Lane): Promise<void> {
    lane.busy = true;
    try {
      while (lane.queue.length) await this.commit(lane.queue.splice(0, this.options.maxBatch));
    } finally {
      lane.busy = false;
    }
  }

  private async commit(batch: Item[]): Promise<void> {
    if (batch.length > 1) {
      const values = await this.tx.run((tx) => runSideBySide(tx, batch)).catch((error: Error) => {
        this.logger.warn(`a transaction of ${batch.length} rolled back (${error.message}); running each alone`);
        return null;
      });
      if (values) {
        batch.forEach((item, i) => item.resolve(values[i]));
        return;
      }
    }
    for (const item of batch) await this.tx.run(item.work).then(item.resolve, item.reject);
  }
}

/**
 * The units of one transaction: different keys side by side, so on a pipelined connection (the ingestion's,
 * INGESTION_DATA_SOURCE) their statements travel together (all the first statements in one write, then all
 * the second ones…) without waiting for each other's answers; one key's units one after
 * the other, in arrival order, each seeing what the previous one wrote. Keys start in sorted order, so
 * their first statements, and the row locks they take, are in one order in every transaction.
 * Every unit is waited for before the transaction ends, even after one failed: nothing may run on the
 * connection after the rollback.
 */
async function runSideBySide(tx: Tx, batch: Item[]): Promise<unknown[]> {
  const byKey = new Map<string, number[]>();
  batch.forEach((item, i) => {
    const indexes = byKey.get(item.key);
    if (indexes) indexes.push(i);
    else byKey.set(item.key, [i]);
  });
  const keys = [...byKey.keys()].sort();
  const values: unknown[] = new Array(batch.length);
  const settled = await Promise.allSettled(keys.map(async (key) => {
    for (const i of byKey.get(key)!) values[i] = await batch[i].work(tx);
  }));
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  return values;
}

/** FNV-1a: a cheap, stable spread of keys over the lanes. */
function laneOf(key: string, lanes: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % lanes;
}
