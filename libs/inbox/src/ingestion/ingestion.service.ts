import { Injectable } from '@nestjs/common';
import type { InboundEvent } from '@parley/contracts';
import { ingestionSeconds, logger } from '@parley/core';
import type { IngestOutcome } from './ingestion.types.js';
import { MessageIngestion, type IngestInbox } from './message-ingestion.js';
import { ReceiptIngestion } from './receipt-ingestion.js';

/** The one entry point every channel uses: a normalized event in, one transaction, an outcome out. */
@Injectable()
export class IngestionService {
  constructor(private readonly messages: MessageIngestion, private readonly receipts: ReceiptIngestion) {}

  /**
   * An event PostgreSQL refuses for its content (a value out of range, an id too long for the index) is
   * rejected on its own and logged: retrying it can never succeed, and failing the request would make the
   * platform retry the whole batch for days. Any other failure (the database is down) still throws.
   */
  async ingest(inbox: IngestInbox, event: InboundEvent): Promise<IngestOutcome> {
    const end = ingestionSeconds.startTimer({ channel: event.channel });
    const outcome = await this.route(inbox, event).catch((error: unknown): IngestOutcome => {
      if (!isUnstorable(error)) throw error;
      const reason = `${(error as { code: string }).code}: ${(error as Error).message}`;
      logger('Ingestion').warn({ inboxId: inbox.id, channel: event.channel, type: event.type, reason }, `${event.type} event rejected: it cannot be stored`);
      return { result: 'rejected', reason };
    });
    const seconds = end();
    // Ids only, never the customer's words: this line ties the platform's id to ours under the webhook's trace.
    const log = logger('Ingestion');
    if (log.isLevelEnabled('info')) {
      log.info({
        inboxId: inbox.id, channel: event.channel, type: event.type, result: outcome.result, ms: Math.round(seconds * 1000),
        platformMessageId: 'platformMessageId' in event ? event.platformMessageId : undefined,
        messageId: 'messageId' in outcome ? outcome.messageId : undefined,
        conversationId: 'conversationId' in outcome ? outcome.conversationId : undefined,
      }, `${event.type} event ${outcome.result}`);
    }
    return outcome;
  }

  private route(inbox: IngestInbox, event: InboundEvent): Promise<IngestOutcome> {
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

/** SQLSTATE class 22 (data exception) and 54 (program limit, e.g. an index row too large): the event's fault. */
function isUnstorable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^(22|54)/.test(code);
}
