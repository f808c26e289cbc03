import { Controller, Get, Header, Headers, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiExtraModels, ApiHeader, ApiOkResponse, ApiParam, ApiProduces, ApiQuery, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { RawBodyRequest } from '@nestjs/common';
import type { Request } from 'express';
import { CHANNEL_TYPES, type ChannelType } from '@parley/contracts';
import { Public } from '../auth/public.decorator.js';
import { ApiChannelPayloadDoc, MetaWebhookDoc } from './webhook.docs.js';
import { WebhookReceiptResponse } from './webhook.responses.js';
import { WebhookService, type WebhookReceipt } from './webhook.service.js';

const ChannelParam = () => ApiParam({ name: 'channel', enum: [...CHANNEL_TYPES], example: 'messenger' });
const MetaChannelParam = () => ApiParam({ name: 'channel', enum: ['messenger', 'instagram', 'whatsapp'], example: 'messenger' });

/** Signed by the platform (or the bridge), so public; the signature is the authentication. */
@ApiTags('webhooks')
@ApiExtraModels(ApiChannelPayloadDoc, MetaWebhookDoc)
@Public()
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhookService) {}

  /**
   * The app-wide URL, one per Meta product (`messenger`, `instagram`, `whatsapp`): paste it once into the
   * Meta app; each entry is routed to the inbox connected to the account it names.
   */
  @Get(':channel')
  @Header('Content-Type', 'text/plain')
  @MetaChannelParam()
  @ApiQuery({ name: 'hub.mode', type: String, example: 'subscribe' })
  @ApiQuery({ name: 'hub.verify_token', type: String, example: 'parley-verify-7d2f', description: 'the verify token of any inbox of this channel' })
  @ApiQuery({ name: 'hub.challenge', type: String, example: '1158201444' })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'hub.challenge, echoed', content: { 'text/plain': { schema: { type: 'string', example: '1158201444' } } } })
  appHandshake(@Param('channel') channel: string, @Query() query: Record<string, unknown>): Promise<string> {
    return this.webhooks.handshake(asChannel(channel), null, query);
  }

  @Post(':channel')
  @HttpCode(200)
  @MetaChannelParam()
  @ApiHeader({ name: 'X-Hub-Signature-256', required: true, description: 'sha256=<hex HMAC-SHA256 of the raw body with the Meta app secret of the inboxes it names>' })
  @ApiBody({ description: 'Meta\'s envelope; every entry goes to the inbox of the account it names', schema: { $ref: getSchemaPath(MetaWebhookDoc) } })
  @ApiOkResponse({ type: WebhookReceiptResponse })
  receiveForApp(
    @Param('channel') channel: string, @Req() req: RawBodyRequest<Request>, @Headers('x-hub-signature-256') signature?: string,
  ): Promise<WebhookReceipt> {
    return this.webhooks.receive(asChannel(channel), null, req.rawBody, signature);
  }

  /** Meta's verification handshake: echo hub.challenge when hub.verify_token matches. */
  @Get(':channel/:inboxId')
  @Header('Content-Type', 'text/plain')
  @ChannelParam()
  @ApiQuery({ name: 'hub.mode', type: String, example: 'subscribe' })
  @ApiQuery({ name: 'hub.verify_token', type: String, example: 'parley-verify-7d2f' })
  @ApiQuery({ name: 'hub.challenge', type: String, example: '1158201444' })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'hub.challenge, echoed', content: { 'text/plain': { schema: { type: 'string', example: '1158201444' } } } })
  handshake(@Param('channel') channel: string, @Param('inboxId', ParseUUIDPipe) inboxId: string, @Query() query: Record<string, unknown>): Promise<string> {
    return this.webhooks.handshake(asChannel(channel), inboxId, query);
  }

  @Post(':channel/:inboxId')
  @HttpCode(200)
  @ChannelParam()
  @ApiHeader({ name: 'X-Hub-Signature-256', required: true, description: 'sha256=<hex HMAC-SHA256 of the raw body with the inbox\'s app secret>' })
  @ApiBody({
    description: 'Meta\'s envelope (messenger, instagram, whatsapp) or one API channel message',
    schema: { oneOf: [{ $ref: getSchemaPath(MetaWebhookDoc) }, { $ref: getSchemaPath(ApiChannelPayloadDoc) }] },
  })
  @ApiOkResponse({ type: WebhookReceiptResponse })
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
