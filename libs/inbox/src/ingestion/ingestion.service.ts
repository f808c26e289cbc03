import { Injectable } from '@nestjs/common';
import type { InboundEvent } from '@parley/contracts';
import type { IngestOutcome } from './ingestion.types.js';
import { MessageIngestion, type IngestInbox } from './message-ingestion.js';
import { ReceiptIngestion } from './receipt-ingestion.js';

/** The one entry point every channel uses: a normalized event in, one transaction, an outcome out. */
@Injectable()
export class IngestionService {
  constructor(private readonly messages: MessageIngestion, private readonly receipts: ReceiptIngestion) {}

  ingest(inbox: IngestInbox, event: InboundEvent): Promise<IngestOutcome> {
    switch (event.type) {
      case 'message': return this.messages.incoming(inbox, event);
      case 'echo': return this.messages.echo(inbox, event);
      case 'status': return this.receipts.status(inbox.id, event);
      case 'reaction': return this.receipts.reaction(inbox.id, event);
      case 'edit': return this.receipts.edit(inbox.id, event);
      case 'delete': return this.receipts.remove(inbox.id, event);
    }
  }
}
