import { Inject, Injectable, Optional } from '@nestjs/common';
import { compact, isObject, optId, optString, type JsonObject } from '../json.util.js';
import { classifyGraphError, GraphApiError, networkGraphError } from './graph-error.js';
import type {
  FetchProfileInput, GraphApiClientOptions, GraphCall, GraphProfile, SendMessengerInput, SendResult, SendWhatsAppInput,
} from './graph-api.types.js';

export const GRAPH_API_VERSION = 'v25.0';
/** Nest token for GraphApiClientOptions; optional, so the client also works with no provider. */
export const GRAPH_API_OPTIONS = 'GRAPH_API_OPTIONS';
const DEFAULT_FIELDS = ['name', 'first_name', 'last_name', 'profile_pic'];
// Graph's throttling codes (app, user, page, Messenger, WhatsApp account and pair rate limits).
const RATE_LIMIT_CODES = new Set([4, 17, 32, 613, 80006, 80007, 130429, 131056]);

/** Sends through Meta's Graph API (Messenger, Instagram, WhatsApp); every failure is a classified GraphApiError. */
@Injectable()
export class GraphApiClient {
  private readonly baseUrl: string;
  private readonly version: string;
  private readonly timeoutMs: number;
  private readonly onCall: (call: GraphCall) => void;

  // Plain options (not injected tokens): tests and the bench point it at a fake Graph server.
  constructor(@Optional() @Inject(GRAPH_API_OPTIONS) options: GraphApiClientOptions = {}) {
    this.baseUrl = (options.baseUrl ?? 'https://graph.facebook.com').replace(/\/+$/, '');
    this.version = options.version ?? GRAPH_API_VERSION;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.onCall = options.onCall ?? (() => undefined);
  }

  /** Messenger and Instagram share this endpoint; `pageId` is the IG account id for Instagram. */
  async sendMessenger(input: SendMessengerInput): Promise<SendResult> {
    const content = exactlyOne(input.text, input.attachment);
    const message = compact({
      text: content === 'text' ? input.text : undefined,
      attachment: input.attachment && { type: input.attachment.type, payload: { url: input.attachment.url } },
      metadata: input.metadata,
    });
    const body = compact({
      recipient: { id: input.recipientId }, messaging_type: input.messagingType, tag: input.tag, message,
      reply_to: input.replyToMid ? { mid: input.replyToMid } : undefined,
    });
    const response = await this.request('messenger.send', 'POST', `/${encodeURIComponent(input.pageId)}/messages`, input.accessToken, body);
    return { platformMessageId: requireId(optString(response.message_id), response) };
  }

  /** A 200 only means WhatsApp accepted the message; delivery arrives later as a status webhook. */
  async sendWhatsApp(input: SendWhatsAppInput): Promise<SendResult> {
    const content = exactlyOne(input.text, input.attachment);
    const attachment = input.attachment;
    const type = attachment ? (attachment.type === 'file' ? 'document' : attachment.type) : 'text';
    const media = attachment && compact({
      link: attachment.url,
      // WhatsApp rejects captions on audio and filenames on anything but documents.
      caption: attachment.type === 'audio' ? undefined : attachment.caption,
      filename: type === 'document' ? attachment.filename : undefined,
    });
    const body = compact({
      messaging_product: 'whatsapp', recipient_type: 'individual', to: input.to, type,
      [type]: content === 'text' ? { preview_url: false, body: input.text } : media,
      context: input.replyToWamid ? { message_id: input.replyToWamid } : undefined,
      biz_opaque_callback_data: input.callbackData,
    });
    const response = await this.request('whatsapp.send', 'POST', `/${encodeURIComponent(input.phoneNumberId)}/messages`, input.accessToken, body);
    const first = Array.isArray(response.messages) && isObject(response.messages[0]) ? response.messages[0] : {};
    return { platformMessageId: requireId(optString(first.id), response) };
  }

  async fetchProfile({ psid, accessToken, fields = DEFAULT_FIELDS }: FetchProfileInput): Promise<GraphProfile> {
    const query = `?fields=${encodeURIComponent(fields.join(','))}`;
    const raw = await this.request('profile', 'GET', `/${encodeURIComponent(psid)}${query}`, accessToken);
    const fullName = [optString(raw.first_name), optString(raw.last_name)].filter(Boolean).join(' ');
    return compact({
      id: optId(raw.id) ?? psid,
      name: optString(raw.name) ?? (fullName || optString(raw.username)),
      avatarUrl: optString(raw.profile_pic),
      raw,
    });
  }

  private async request(operation: GraphCall['operation'], method: 'GET' | 'POST', path: string, token: string, body?: object): Promise<JsonObject> {
    const started = performance.now();
    const report = (status: number, errorCode: number | null) => this.onCall({
      operation, status, seconds: (performance.now() - started) / 1000, errorCode,
      rateLimited: status === 429 || (errorCode !== null && RATE_LIMIT_CODES.has(errorCode)),
    });
    let response: Response;
    let text: string;
    try {
      // The token goes in a header, not the query string, so it never lands in access logs.
      response = await fetch(`${this.baseUrl}/${this.version}${path}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      text = await response.text();
    } catch (error: unknown) {
      report(0, null);
      throw networkGraphError(error);
    }
    const parsed = parseJson(text);
    if (!response.ok) {
      const info = classifyGraphError(response.status, parsed);
      report(response.status, info.code);
      throw new GraphApiError(response.status, info);
    }
    report(response.status, null);
    if (!isObject(parsed)) throw unexpected(response.status, text);
    return parsed;
  }
}

function exactlyOne(text: string | undefined, attachment: object | undefined): 'text' | 'attachment' {
  // The platforms take one or the other per message; the caller splits a text+file reply in two sends.
  if ((text === undefined || text === '') === (attachment === undefined)) {
    throw new TypeError('send exactly one of text or attachment');
  }
  return attachment ? 'attachment' : 'text';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function requireId(id: string | undefined, response: JsonObject): string {
  if (id === undefined) throw unexpected(200, JSON.stringify(response));
  return id;
}

/** A 200 without an id: not retried, since the message may have gone out and a retry would double it. */
function unexpected(status: number, text: string): GraphApiError {
  return new GraphApiError(status, {
    code: null, subcode: null, fbtraceId: null, kind: 'permanent', platformMessage: text.slice(0, 500),
    explanation: 'The platform gave an unexpected answer; the message may or may not have been sent.',
  });
}
