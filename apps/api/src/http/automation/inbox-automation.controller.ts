import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AutoReplyRuleDto, InboxAutomationDto } from '@parley/contracts';
import { AutoRepliesService, InboxAutomationService, type Actor } from '@parley/inbox';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { BusinessHoursBody, CreateAutoReplyBody, InboxAutomationBody, UpdateAutoReplyBody } from './automation.dto.js';

@ApiTags('automation')
@Controller('inboxes/:inboxId')
export class InboxAutomationController {
  constructor(private readonly settings: InboxAutomationService, private readonly rules: AutoRepliesService) {}

  @Get('automation') get(@CurrentActor() a: Actor, @Param('inboxId', ParseUUIDPipe) inboxId: string): Promise<InboxAutomationDto> {
    return this.settings.get(a, inboxId);
  }
  @Patch('automation') update(@CurrentActor() a: Actor, @Param('inboxId', ParseUUIDPipe) inboxId: string, @Body() b: InboxAutomationBody): Promise<InboxAutomationDto> {
    return this.settings.update(a, inboxId, b);
  }
  @Get('business-hours') async businessHours(@CurrentActor() a: Actor, @Param('inboxId', ParseUUIDPipe) inboxId: string): Promise<{ businessHours: InboxAutomationDto['businessHours'] }> {
    return { businessHours: (await this.settings.get(a, inboxId)).businessHours };
  }
  @Put('business-hours') async setBusinessHours(@CurrentActor() a: Actor, @Param('inboxId', ParseUUIDPipe) inboxId: string, @Body() b: BusinessHoursBody): Promise<{ businessHours: InboxAutomationDto['businessHours'] }> {
    return { businessHours: (await this.settings.setBusinessHours(a, inboxId, b.businessHours)).businessHours };
  }
  @Get('auto-replies') list(@CurrentActor() a: Actor, @Param('inboxId', ParseUUIDPipe) inboxId: string): Promise<AutoReplyRuleDto[]> {
    return this.rules.list(a, inboxId);
  }
  @Post('auto-replies') create(@CurrentActor() a: Actor, @Param('inboxId', ParseUUIDPipe) inboxId: string, @Body() b: CreateAutoReplyBody): Promise<AutoReplyRuleDto> {
    return this.rules.create(a, inboxId, b);
  }
  @Patch('auto-replies/:id') edit(
    @CurrentActor() a: Actor, @Param('inboxId', ParseUUIDPipe) inboxId: string, @Param('id', ParseUUIDPipe) id: string, @Body() b: UpdateAutoReplyBody,
  ): Promise<AutoReplyRuleDto> {
    return this.rules.update(a, inboxId, id, b);
  }
  @Delete('auto-replies/:id') @HttpCode(204) remove(
    @CurrentActor() a: Actor, @Param('inboxId', ParseUUIDPipe) inboxId: string, @Param('id', ParseUUIDPipe) id: string,
  ): Promise<void> {
    return this.rules.remove(a, inboxId, id);
  }
}
