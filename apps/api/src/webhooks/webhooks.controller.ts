import { Controller, Get, Header, Headers, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { RawBodyRequest } from '@nestjs/common';
import type { Request } from 'express';
import { CHANNEL_TYPES, type ChannelType } from '@parley/contracts';
import { Public } from '../auth/public.decorator.js';
import { WebhookService, type WebhookReceipt } from './webhook.service.js';

/** Signed by the platform (or the bridge), so public; the signature is the authentication. */
@ApiTags('webhooks')
@Public()
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhookService) {}

  /** Meta's verification handshake: echo hub.challenge when hub.verify_token matches. */
  @Get(':channel/:inboxId')
  @Header('Content-Type', 'text/plain')
  handshake(@Param('channel') channel: string, @Param('inboxId', ParseUUIDPipe) inboxId: string, @Query() query: Record<string, unknown>): Promise<string> {
    return this.webhooks.handshake(asChannel(channel), inboxId, query);
  }

  @Post(':channel/:inboxId')
  @HttpCode(200)
  receive(
    @Param('channel') channel: string, @Param('inboxId', ParseUUIDPipe) inboxId: string,
    @Req() req: RawBodyRequest<Request>, @Headers('x-hub-signature-256') signature?: string,
  ): Promise<WebhookReceipt> {
    return this.webhooks.receive(asChannel(channel), inboxId, req.rawBody, signature);
  }
}

function asChannel(channel: string): ChannelType {
  if (!(CHANNEL_TYPES as readonly string[]).includes(channel)) {
    throw new NotFoundException(`Unknown channel ${channel}; use one of ${CHANNEL_TYPES.join(', ')}`);
  }
  return channel as ChannelType;
}
