import { BadRequestException, ForbiddenException, HttpException, Injectable, Logger, NotFoundException, UnauthorizedException } from '@nestjs/common';
import type { ChannelType, InboundEvent } from '@parley/contracts';
import { ApiChannelPayloadError, verifyHandshake, verifyMetaSignature, WebhookPayloadError, type MappedEvent } from '@parley/channels';
import { InjectConfig, webhookEvents, webhookRejections, type ParleyConfig } from '@parley/core';
import { BatchIngestion, InboxesService, IngestionService, type IngestOutcome, type WebhookInbox } from '@parley/inbox';
import { WEBHOOK_MAPPERS } from './webhook-mappers.js';

export interface WebhookReceipt {
  received: number; stored: number; duplicates: number; updated: number;
  /** events for an account whose inbox belongs to another app (its secret did not sign the request) */
  ignored: number;
  /** events that could not be mapped or stored (logged; the platform gets its 200 all the same) */
  rejected: number;
  /** events for accounts no inbox is connected to: answered, counted for the admins, stored nowhere */
  unknown: number;
  /** events of a large batch stored for the worker to ingest after this answer */
  queued: number;
  results?: IngestOutcome[];
}

// Events of different customers are ingested side by side (group commit then puts them in shared
// transactions, their statements in shared round trips); one customer's events go one at a time.
const PARALLEL_CONTACTS = 32;

/** Where each event of a request goes: the inbox connected to the account it names, if that inbox's secret signed it. */
interface Routing { byInbox: Map<string, { inbox: WebhookInbox; events: InboundEvent[] }>; ignored: number; unknown: Map<string, number> }

/**
 * Verify, map, route, ingest idempotently, answer: the life of a webhook up to the 200.
 * One Meta app sends the events of all its Pages, Instagram accounts and WhatsApp numbers to one URL per
 * product, batched; each entry goes to the inbox connected to the account it names, on whichever URL it came.
 */
@Injectable()
export class WebhookService {
  private readonly logger = new Logger('Webhooks');

  constructor(
    private readonly inboxes: InboxesService, private readonly ingestion: IngestionService, private readonly batches: BatchIngestion,
    @InjectConfig() private readonly config: ParleyConfig,
  ) {}

  /** Meta's handshake, on an inbox URL (its verify token) or the app URL (any inbox of the channel's token). */
  async handshake(channel: ChannelType, inboxId: string | null, query: Record<string, unknown>): Promise<string> {
    const candidates = inboxId ? [await this.inbox(channel, inboxId)] : await this.inboxes.channelSecrets(metaChannel(channel));
    for (const inbox of candidates) {
      const challenge = inbox.verifyToken ? verifyHandshake(query, inbox.verifyToken) : null;
      if (challenge !== null) return challenge;
    }
    throw new ForbiddenException(inboxId ? 'hub.verify_token does not match this inbox' : `hub.verify_token matches no ${channel} inbox`);
  }

  async receive(channel: ChannelType, inboxId: string | null, rawBody: Buffer | undefined, signature: string | undefined): Promise<WebhookReceipt> {
    try {
      const receipt = await this.receiveVerified(channel, inboxId, rawBody, signature);
      countReceipt(channel, receipt);
      return receipt;
    } catch (error) {
      webhookRejections.inc({ channel, status: error instanceof HttpException ? String(error.getStatus()) : '500' });
      throw error;
    }
  }

  private async receiveVerified(channel: ChannelType, inboxId: string | null, rawBody: Buffer | undefined, signature: string | undefined): Promise<WebhookReceipt> {
    const urlInbox = inboxId ? await this.inbox(channel, inboxId) : null;
    const signedBy = signatureChecker(rawBody, signature);
    if (urlInbox ? !signedBy(urlInbox) : !(await this.inboxes.channelSecrets(metaChannel(channel))).some(signedBy)) {
      throw new UnauthorizedException(signature ? 'X-Hub-Signature-256 does not match the body' : 'X-Hub-Signature-256 header is missing');
    }
    const { events, errors } = this.map(channel, rawBody as Buffer);
    for (const e of errors) this.logger.warn(`${channel} webhook: rejected ${e.index}: ${e.reason}`);
    const routing = urlInbox?.channel === 'api'
      ? { byInbox: new Map([[urlInbox.id, { inbox: urlInbox, events: events.map((m) => m.event) }]]), ignored: 0, unknown: new Map() }
      : this.route(await this.inboxes.channelSecrets(channel), urlInbox, events, signedBy);
    await this.countUnknown(channel, urlInbox, routing.unknown, signedBy);

    const receipt: WebhookReceipt = {
      received: events.length + errors.length, stored: 0, duplicates: 0, updated: 0, ignored: routing.ignored, rejected: errors.length,
      unknown: [...routing.unknown.values()].reduce((a, b) => a + b, 0), queued: 0,
    };
    const results: IngestOutcome[] = [];
    for (const { inbox, events: own } of routing.byInbox.values()) {
      // Meta wants its 200 within 5 s and sends up to 1,000 updates at once: past WEBHOOK_ASYNC_BATCH a batch is
      // stored in one insert (webhook_batches, kept until ingested) and ingested by the worker, so the answer
      // never waits for the ingestion.
      if (own.length > this.config.WEBHOOK_ASYNC_BATCH) {
        await this.batches.store(inbox.id, own);
        receipt.queued += own.length;
      } else {
        results.push(...await this.ingestAll(inbox, own));
      }
    }
    for (const r of results) {
      if (r.result === 'stored') receipt.stored++;
      else if (r.result === 'duplicate') receipt.duplicates++;
      else if (r.result === 'updated') receipt.updated++;
      else if (r.result === 'rejected') receipt.rejected++;
      else receipt.ignored++;
    }
    return channel === 'api' ? { ...receipt, results } : receipt;
  }

  private async inbox(channel: ChannelType, inboxId: string): Promise<WebhookInbox> {
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

  /**
   * Each event goes to the inbox connected to the account it names, provided that inbox's app secret is the
   * one that signed the request (an app cannot write into another app's inbox). The inbox of the URL keeps
   * the events for its own account (and all of them when it names no account, as before).
   */
  private route(inboxes: WebhookInbox[], urlInbox: WebhookInbox | null, events: MappedEvent[], signedBy: (i: WebhookInbox) => boolean): Routing {
    const routing: Routing = { byInbox: new Map(), ignored: 0, unknown: new Map() };
    for (const m of events) {
      const owners = inboxes.filter((i) => i.platformAccountId === m.accountId);
      const target = urlInbox && (!urlInbox.platformAccountId || urlInbox.platformAccountId === m.accountId) ? urlInbox : owners.find(signedBy);
      if (target) {
        const slot = routing.byInbox.get(target.id) ?? { inbox: target, events: [] };
        slot.events.push(m.event);
        routing.byInbox.set(target.id, slot);
      } else if (owners.length > 0) {
        routing.ignored++;
        this.logger.warn(`ignored an event for account ${m.accountId}: its inbox has another app secret than the one that signed the request`);
      } else {
        routing.unknown.set(m.accountId, (routing.unknown.get(m.accountId) ?? 0) + 1);
      }
    }
    return routing;
  }

  /** Entries for accounts no inbox has: counted on the URL's inbox, or on every inbox of the app that signed them. */
  private async countUnknown(channel: ChannelType, urlInbox: WebhookInbox | null, unknown: Map<string, number>, signedBy: (i: WebhookInbox) => boolean): Promise<void> {
    if (unknown.size === 0) return;
    const counters = urlInbox ? [urlInbox] : (await this.inboxes.channelSecrets(channel)).filter(signedBy);
    this.logger.warn(`${channel} webhook: ${[...unknown.values()].reduce((a, b) => a + b, 0)} event(s) for account(s) no inbox is connected to: ${[...unknown.keys()].map((a) => a.slice(0, 64)).join(', ')}`);
    await this.inboxes.recordUnknownAccounts(counters.map((i) => i.id), unknown);
  }

  private async ingestAll(inbox: WebhookInbox, events: InboundEvent[]): Promise<IngestOutcome[]> {
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

const RECEIPT_RESULTS = ['received', 'stored', 'duplicates', 'updated', 'ignored', 'rejected', 'unknown', 'queued'] as const;

function countReceipt(channel: ChannelType, receipt: WebhookReceipt): void {
  for (const key of RECEIPT_RESULTS) {
    if (receipt[key] > 0) webhookEvents.inc({ channel, result: key === 'duplicates' ? 'duplicate' : key }, receipt[key]);
  }
}

/** The app-wide URL exists for Meta's products only; the API channel posts to its inbox's URL. */
function metaChannel(channel: ChannelType): ChannelType {
  if (channel === 'api') throw new NotFoundException('The API channel has no app-wide URL: post to /api/webhooks/api/{inboxId}');
  return channel;
}

/**
 * Whether an inbox's app secret signed this body, computed once per distinct secret: inboxes of one app
 * share it, and a 3 MB batch is worth hashing once, not once per Page.
 */
function signatureChecker(rawBody: Buffer | undefined, signature: string | undefined): (inbox: WebhookInbox) => boolean {
  const verdicts = new Map<string, boolean>();
  return (inbox) => {
    if (!rawBody || !inbox.appSecret) return false;
    let verdict = verdicts.get(inbox.appSecret);
    if (verdict === undefined) verdicts.set(inbox.appSecret, (verdict = verifyMetaSignature(rawBody, signature, inbox.appSecret)));
    return verdict;
  };
}
