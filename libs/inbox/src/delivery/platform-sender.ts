import { Injectable } from '@nestjs/common';
import { replyWindow, type GraphApiClient, type SendAttachment } from '@parley/channels';
import type { Attachment, ChannelType } from '@parley/contracts';
import { InjectConfig, type MessageEntity, type ParleyConfig } from '@parley/core';
import { meteredGraphClient } from './metered-graph-client.js';

export interface SendTarget {
  channel: ChannelType;
  platformAccountId: string | null;
  accessToken: string | null;
  recipientId: string;
  lastIncomingAt: Date | null;
  replyToPlatformId: string | null;
}

const SENDABLE: Record<string, SendAttachment['type']> = { image: 'image', audio: 'audio', video: 'video', file: 'file' };

/** Calls the platform for one message: text first, then one send per attachment (the platforms take one each). */
@Injectable()
export class PlatformSender {
  private readonly graph: GraphApiClient;

  constructor(@InjectConfig() config: ParleyConfig) {
    this.graph = meteredGraphClient(config.GRAPH_API_URL, config.GRAPH_TIMEOUT_MS);
  }

  /** Returns the platform id of the first part sent; throws GraphApiError on failure. */
  async send(m: Pick<MessageEntity, 'id' | 'text' | 'attachments' | 'senderType'>, t: SendTarget, now = new Date()): Promise<string | null> {
    if (t.channel === 'api') return null; // the API channel's bridge reads replies from the API; nothing to push
    if (!t.platformAccountId || !t.accessToken) throw new MissingCredentialsError();
    const window = replyWindow({ channel: t.channel, lastIncomingAt: t.lastIncomingAt, now, isAutomation: m.senderType === 'automation' });
    if (!window.allowed) throw new WindowClosedError(window.reason ?? 'The reply window has closed');
    const parts: ({ text: string } | { attachment: SendAttachment & { caption?: string; filename?: string } })[] = [];
    if (m.text) parts.push({ text: m.text });
    for (const a of m.attachments) parts.push({ attachment: toSendAttachment(a) });
    let first: string | null = null;
    for (const part of parts) {
      const id = t.channel === 'whatsapp'
        ? (await this.graph.sendWhatsApp({ phoneNumberId: t.platformAccountId, accessToken: t.accessToken, to: t.recipientId, ...part,
          replyToWamid: t.replyToPlatformId ?? undefined, callbackData: m.id })).platformMessageId
        : (await this.graph.sendMessenger({ pageId: t.platformAccountId, accessToken: t.accessToken, recipientId: t.recipientId,
          messagingType: window.messagingType ?? 'RESPONSE', tag: window.tag, ...part, metadata: m.id,
          replyToMid: t.replyToPlatformId ?? undefined })).platformMessageId;
      first ??= id;
    }
    return first;
  }
}

function toSendAttachment(a: Attachment): SendAttachment & { caption?: string; filename?: string } {
  if (!a.url) throw new WindowClosedError('An attachment has no URL to send');
  return { type: SENDABLE[a.type] ?? 'file', url: a.url, caption: a.caption, filename: a.name };
}

export class MissingCredentialsError extends Error {
  constructor() { super('This inbox has no page id or access token; an admin must connect the channel'); }
}
export class WindowClosedError extends Error {}
