import { Body, Controller, Delete, Get, Header, HttpCode, Param, ParseUUIDPipe, Put, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { ContactExportDto, ErasureResultDto, RetentionDto, RetentionPreviewDto } from '@parley/contracts';
import { PrivacyService, RetentionService, type Actor } from '@parley/inbox';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { RetentionBody, RetentionPreviewQuery } from './privacy.dto.js';
import { ContactExportResponse, ErasureResultResponse, RetentionPreviewResponse, RetentionResponse } from './privacy.responses.js';

const Id = (name = 'id') => Param(name, ParseUUIDPipe);

/** Subject access and erasure requests, and retention per inbox. Admins only (the services check). */
@ApiTags('privacy')
@Controller()
export class PrivacyController {
  constructor(private readonly privacy: PrivacyService, private readonly retention: RetentionService) {}

  @Get('contacts/:id/export') @Header('Cache-Control', 'no-store') @ApiOkResponse({ type: ContactExportResponse })
  async export(@CurrentActor() a: Actor, @Id() id: string, @Res({ passthrough: true }) res: Response): Promise<ContactExportDto> {
    const data = await this.privacy.exportContact(a, id);
    res.attachment(`contact-${id}.json`);
    return data;
  }
  @Delete('contacts/:id') @HttpCode(200) @ApiOkResponse({ type: ErasureResultResponse }) erase(@CurrentActor() a: Actor, @Id() id: string): Promise<ErasureResultDto> {
    return this.privacy.eraseContact(a, id);
  }

  @Get('inboxes/:inboxId/retention') @ApiOkResponse({ type: RetentionResponse }) get(@CurrentActor() a: Actor, @Id('inboxId') inboxId: string): Promise<RetentionDto> {
    return this.retention.get(a, inboxId);
  }
  @Put('inboxes/:inboxId/retention') @ApiOkResponse({ type: RetentionResponse }) set(@CurrentActor() a: Actor, @Id('inboxId') inboxId: string, @Body() b: RetentionBody): Promise<RetentionDto> {
    return this.retention.set(a, inboxId, b.days);
  }
  @Get('inboxes/:inboxId/retention/preview') @ApiOkResponse({ type: RetentionPreviewResponse })
  preview(@CurrentActor() a: Actor, @Id('inboxId') inboxId: string, @Query() q: RetentionPreviewQuery): Promise<RetentionPreviewDto> {
    return this.retention.preview(a, inboxId, q.days);
  }
}
