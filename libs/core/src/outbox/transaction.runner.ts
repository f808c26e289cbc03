import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OutboxRelay } from './outbox.relay.js';
import { OutboxWriter } from './outbox.writer.js';

export interface Tx { manager: EntityManager; outbox: OutboxWriter }

/**
 * Runs a unit of work in one transaction with an outbox bound to it; after commit it nudges the relay so
 * realtime events leave at once instead of on the next poll.
 */
@Injectable()
export class TransactionRunner {
  constructor(private readonly dataSource: DataSource, private readonly relay: OutboxRelay) {}

  async run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const result = await this.dataSource.transaction(async (manager) => {
      const outbox = new OutboxWriter(manager);
      const value = await work({ manager, outbox });
      await outbox.flush();
      return value;
    });
    this.relay.kick();
    return result;
  }
}
