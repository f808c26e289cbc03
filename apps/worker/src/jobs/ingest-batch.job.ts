import { Injectable } from '@nestjs/common';
import type { JobPayloads } from '@parley/contracts';
import { webhookEvents, type JobHandler } from '@parley/core';
import { InboxesService, IngestionService } from '@parley/inbox';

/**
 * Ingests a large webhook batch that the api stored and acknowledged at once. A failure retries the
 * whole batch: the events already stored come back as duplicates and change nothing.
 */
@Injectable()
export class IngestBatchJob implements JobHandler<'webhook.ingest-batch'> {
  readonly jobName = 'webhook.ingest-batch' as const;

  constructor(private readonly inboxes: InboxesService, private readonly ingestion: IngestionService) {}

  async handle({ inboxId, events }: JobPayloads['webhook.ingest-batch']): Promise<void> {
    const inbox = await this.inboxes.secrets(inboxId);
    if (!inbox) return; // the inbox was deleted meanwhile
    for (const event of [...events].sort((a, b) => a.timestamp - b.timestamp)) {
      const { result } = await this.ingestion.ingest({ id: inbox.id, unarchiveOnIncoming: inbox.unarchiveOnIncoming }, event);
      webhookEvents.inc({ channel: event.channel, result });
    }
  }
}
