import { Injectable } from '@nestjs/common';
import { JOB_IDS, type InboundEvent } from '@parley/contracts';
import { ingestionSeconds, TransactionRunner, webhookEvents } from '@parley/core';
import { InboxesService } from '../inboxes/inboxes.service.js';
import { IngestionService } from './ingestion.service.js';
import { WebhookBatchesRepository } from './webhook-batches.repository.js';

/** Large webhook batches: stored with their job in one transaction, ingested later, deleted when done. */
@Injectable()
export class BatchIngestion {
  constructor(
    private readonly tx: TransactionRunner, private readonly batches: WebhookBatchesRepository,
    private readonly inboxes: InboxesService, private readonly ingestion: IngestionService,
  ) {}

  async store(inboxId: string, events: InboundEvent[]): Promise<string> {
    return this.tx.run(async ({ manager, outbox }) => {
      const batchId = await this.batches.store(manager, inboxId, events);
      await outbox.job('webhook.ingest-batch', { batchId }, { jobId: JOB_IDS.batch(batchId) });
      return batchId;
    });
  }

  /**
   * Ingests a stored batch event by event, in platform order; a failure leaves the row for the retry, where
   * the events already stored come back as duplicates and change nothing.
   */
  async ingest(batchId: string): Promise<void> {
    const batch = await this.batches.load(batchId);
    if (!batch) return; // ingested already
    const inbox = await this.inboxes.secrets(batch.inboxId);
    if (inbox) {
      for (const event of [...batch.events].sort((a, b) => a.timestamp - b.timestamp)) {
        const end = ingestionSeconds.startTimer({ channel: event.channel });
        const { result } = await this.ingestion.ingest({ id: inbox.id, unarchiveOnIncoming: inbox.unarchiveOnIncoming }, event);
        end();
        webhookEvents.inc({ channel: event.channel, result });
      }
    }
    await this.batches.remove(batchId);
  }
}
