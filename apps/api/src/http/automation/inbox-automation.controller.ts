import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AutoReplyRuleDto, BusinessHoursEnvelopeDto, InboxAutomationDto } from '@parley/contracts';
import { AutoRepliesService, InboxAutomationService, type Actor } from '@parley/inbox';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { BusinessHoursBody, CreateAutoReplyBody, InboxAutomationBody, UpdateAutoReplyBody } from './automation.dto.js';
import { AutoReplyRuleResponse, BusinessHoursEnvelopeResponse, InboxAutomationResponse } from './automation.responses.js';

const InboxId = () => Param('inboxId', ParseUUIDPipe);

@ApiTags('automation')
@Controller('inboxes/:inboxId')
export class InboxAutomationController {
  constructor(private readonly settings: InboxAutomationService, private readonly rules: AutoRepliesService) {}

  @Get('automation') @ApiOkResponse({ type: InboxAutomationResponse }) get(@CurrentActor() a: Actor, @InboxId() inboxId: string): Promise<InboxAutomationDto> {
    return this.settings.get(a, inboxId);
  }
  @Patch('automation') @ApiOkResponse({ type: InboxAutomationResponse })
  update(@CurrentActor() a: Actor, @InboxId() inboxId: string, @Body() b: InboxAutomationBody): Promise<InboxAutomationDto> {
    return this.settings.update(a, inboxId, b);
  }
  @Get('business-hours') @ApiOkResponse({ type: BusinessHoursEnvelopeResponse })
  async businessHours(@CurrentActor() a: Actor, @InboxId() inboxId: string): Promise<BusinessHoursEnvelopeDto> {
    return { businessHours: (await this.settings.get(a, inboxId)).businessHours };
  }
  @Put('business-hours') @ApiOkResponse({ type: BusinessHoursEnvelopeResponse })
  async setBusinessHours(@CurrentActor() a: Actor, @InboxId() inboxId: string, @Body() b: BusinessHoursBody): Promise<BusinessHoursEnvelopeDto> {
    return { businessHours: (await this.settings.setBusinessHours(a, inboxId, b.businessHours)).businessHours };
  }
  @Get('auto-replies') @ApiOkResponse({ type: [AutoReplyRuleResponse] }) list(@CurrentActor() a: Actor, @InboxId() inboxId: string): Promise<AutoReplyRuleDto[]> {
    return this.rules.list(a, inboxId);
  }
  @Post('auto-replies') @ApiCreatedResponse({ type: AutoReplyRuleResponse })
  create(@CurrentActor() a: Actor, @InboxId() inboxId: string, @Body() b: CreateAutoReplyBody): Promise<AutoReplyRuleDto> {
    return this.rules.create(a, inboxId, b);
  }
  @Patch('auto-replies/:id') @ApiOkResponse({ type: AutoReplyRuleResponse })
  edit(@CurrentActor() a: Actor, @InboxId() inboxId: string, @Param('id', ParseUUIDPipe) id: string, @Body() b: UpdateAutoReplyBody): Promise<AutoReplyRuleDto> {
    return this.rules.update(a, inboxId, id, b);
  }
  @Delete('auto-replies/:id') @HttpCode(204) @ApiNoContentResponse()
  remove(@CurrentActor() a: Actor, @InboxId() inboxId: string, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.rules.remove(a, inboxId, id);
  }
}
