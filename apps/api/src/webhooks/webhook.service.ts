import { BadRequestException, ForbiddenException, HttpException, Injectable, Logger, NotFoundException, UnauthorizedException } from '@nestjs/common';
import type { ChannelType, InboundEvent } from '@parley/contracts';
import { ApiChannelPayloadError, verifyHandshake, verifyMetaSignature, WebhookPayloadError, type MappedEvent } from '@parley/channels';
import { InjectConfig, TransactionRunner, webhookEvents, webhookRejections, type ParleyConfig } from '@parley/core';
import { InboxesService, IngestionService, type InboxSecrets, type IngestOutcome } from '@parley/inbox';
import { WEBHOOK_MAPPERS } from './webhook-mappers.js';

export interface WebhookReceipt {
  received: number; stored: number; duplicates: number; updated: number; ignored: number; rejected: number;
  /** events of a large batch stored for the worker to ingest after this answer */
  queued: number;
  results?: IngestOutcome[];
}

// Meta wants its 200 within 5 s and sends up to 1,000 updates at once: past this size a batch is stored
// Events of different customers are ingested side by side (group commit then puts them in shared
// transactions, their statements in shared round trips); one customer's events go one at a time.
const PARALLEL_CONTACTS = 32;

/** Verify, map, ingest idempotently, answer: the life of a webhook up to the 200. */
@Injectable()
export class WebhookService {
  private readonly logger = new Logger('Webhooks');

  constructor(
    private readonly inboxes: InboxesService, private readonly ingestion: IngestionService, private readonly tx: TransactionRunner,
    @InjectConfig() private readonly config: ParleyConfig,
  ) {}

  async handshake(channel: ChannelType, inboxId: string, query: Record<string, unknown>): Promise<string> {
    const inbox = await this.inbox(channel, inboxId);
    const challenge = inbox.verifyToken ? verifyHandshake(query, inbox.verifyToken) : null;
    if (challenge === null) throw new ForbiddenException('hub.verify_token does not match this inbox');
    return challenge;
  }

  async receive(channel: ChannelType, inboxId: string, rawBody: Buffer | undefined, signature: string | undefined): Promise<WebhookReceipt> {
    try {
      const receipt = await this.receiveVerified(channel, inboxId, rawBody, signature);
      countReceipt(channel, receipt);
      return receipt;
    } catch (error) {
      webhookRejections.inc({ channel, status: error instanceof HttpException ? String(error.getStatus()) : '500' });
      throw error;
    }
  }

  private async receiveVerified(channel: ChannelType, inboxId: string, rawBody: Buffer | undefined, signature: string | undefined): Promise<WebhookReceipt> {
    const inbox = await this.inbox(channel, inboxId);
    if (!rawBody || !inbox.appSecret || !verifyMetaSignature(rawBody, signature, inbox.appSecret)) {
      throw new UnauthorizedException(signature ? 'X-Hub-Signature-256 does not match the body' : 'X-Hub-Signature-256 header is missing');
    }
    const { events, errors } = this.map(channel, rawBody);
    for (const e of errors) this.logger.warn(`inbox ${inboxId}: skipped ${e.index}: ${e.reason}`);
    const own = events.filter((m) => this.addressedTo(inbox, m));
    const base = { received: events.length + errors.length, ignored: events.length - own.length, rejected: errors.length };
    // Meta wants its 200 within 5 s and sends up to 1,000 updates at once: past WEBHOOK_ASYNC_BATCH a batch is
    // stored in one insert (the outbox) and ingested by the worker, so the answer never waits for the ingestion.
    if (own.length > this.config.WEBHOOK_ASYNC_BATCH) {
      await this.tx.run(({ outbox }) => outbox.job('webhook.ingest-batch', { inboxId: inbox.id, events: own.map((m) => m.event) }));
      return { ...base, stored: 0, duplicates: 0, updated: 0, queued: own.length };
    }
    const results = await this.ingestAll(inbox, own.map((m) => m.event));
    const count = (r: IngestOutcome['result']) => results.filter((x) => x.result === r).length;
    return {
      ...base, stored: count('stored'), duplicates: count('duplicate'), updated: count('updated'), queued: 0,
      ignored: count('ignored') + base.ignored, ...(channel === 'api' ? { results } : {}),
    };
  }

  private async inbox(channel: ChannelType, inboxId: string): Promise<InboxSecrets & { unarchiveOnIncoming: boolean }> {
    const inbox = await this.inboxes.secrets(inboxId);
    if (!inbox || inbox.channel !== channel) throw new NotFoundException(`No ${channel} inbox ${inboxId}`);
    return inbox;
  }

  private map(channel: ChannelType, rawBody: Buffer) {
    let body: unknown;
    try { body = JSON.parse(rawBody.toString('utf8')); } catch { throw new BadRequestException('The body is not valid JSON'); }
    try {
      return WEBHOOK_MAPPERS[channel](body);
    } catch (error) {
      if (error instanceof ApiChannelPayloadError) throw new BadRequestException(error.problems);
      if (error instanceof WebhookPayloadError) throw new BadRequestException(error.message);
      throw error;
    }
  }

  /** A Meta app can send one inbox's URL events of another page; those are not this inbox's to store. */
  private addressedTo(inbox: InboxSecrets, m: MappedEvent): boolean {
    if (inbox.channel === 'api' || !inbox.platformAccountId || m.accountId === inbox.platformAccountId) return true;
    this.logger.warn(`inbox ${inbox.id}: ignored an event for account ${m.accountId}`);
    return false;
  }

  private async ingestAll(inbox: { id: string; unarchiveOnIncoming: boolean }, events: InboundEvent[]): Promise<IngestOutcome[]> {
    const groups = new Map<string, { index: number; event: InboundEvent }[]>();
    events.forEach((event, index) => {
      const key = 'contact' in event ? event.contact.platformId : event.contactPlatformId;
      groups.set(key, [...(groups.get(key) ?? []), { index, event }]);
    });
    const results: IngestOutcome[] = new Array(events.length);
    const queue = [...groups.values()];
    const worker = async () => {
      for (let group = queue.shift(); group; group = queue.shift()) {
        for (const { index, event } of group) results[index] = await this.ingestion.ingest(inbox, event);
      }
    };
    // A database failure rejects here and the platform gets a 5xx and retries: duplicates are harmless.
    await Promise.all(Array.from({ length: Math.min(PARALLEL_CONTACTS, queue.length) }, worker));
    return results;
  }
}

const RECEIPT_RESULTS = ['received', 'stored', 'duplicates', 'updated', 'ignored', 'rejected', 'queued'] as const;

function countReceipt(channel: ChannelType, receipt: WebhookReceipt): void {
  for (const key of RECEIPT_RESULTS) {
    if (receipt[key] > 0) webhookEvents.inc({ channel, result: key === 'duplicates' ? 'duplicate' : key }, receipt[key]);
  }
}
