import { Injectable } from '@nestjs/common';
import type { JobPayloads } from '@parley/contracts';
import type { JobHandler } from '@parley/core';
import { BatchIngestion } from '@parley/inbox';

/** Ingests a large webhook batch that the api stored and acknowledged at once. */
@Injectable()
export class IngestBatchJob implements JobHandler<'webhook.ingest-batch'> {
  readonly jobName = 'webhook.ingest-batch' as const;

  constructor(private readonly batches: BatchIngestion) {}

  async handle({ batchId }: JobPayloads['webhook.ingest-batch']): Promise<void> {
    await this.batches.ingest(batchId);
  }
}
