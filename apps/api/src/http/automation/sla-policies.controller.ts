import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { SlaPolicyDto } from '@parley/contracts';
import { SlaPoliciesService, type Actor } from '@parley/inbox';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { CreateSlaPolicyBody, UpdateSlaPolicyBody } from './automation.dto.js';

@ApiTags('automation')
@Controller('sla-policies')
export class SlaPoliciesController {
  constructor(private readonly policies: SlaPoliciesService) {}

  @Get() list(@CurrentActor() a: Actor, @Query('inboxId', new ParseUUIDPipe({ optional: true })) inboxId?: string): Promise<SlaPolicyDto[]> {
    return this.policies.list(a, inboxId);
  }
  @Post() create(@CurrentActor() a: Actor, @Body() b: CreateSlaPolicyBody): Promise<SlaPolicyDto> { return this.policies.create(a, b); }
  @Patch(':id') update(@CurrentActor() a: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() b: UpdateSlaPolicyBody): Promise<SlaPolicyDto> {
    return this.policies.update(a, id, b);
  }
  @Delete(':id') @HttpCode(204) remove(@CurrentActor() a: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.policies.remove(a, id);
  }
}
