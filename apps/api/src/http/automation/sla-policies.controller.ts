import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { SlaPolicyDto } from '@parley/contracts';
import { SlaPoliciesService, type Actor } from '@parley/inbox';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { CreateSlaPolicyBody, UpdateSlaPolicyBody } from './automation.dto.js';
import { SlaPolicyResponse } from './automation.responses.js';

@ApiTags('automation')
@Controller('sla-policies')
export class SlaPoliciesController {
  constructor(private readonly policies: SlaPoliciesService) {}

  @Get() @ApiOkResponse({ type: [SlaPolicyResponse] })
  @ApiQuery({ name: 'inboxId', required: false, schema: { type: 'string', format: 'uuid' }, example: '7c9e6679-7425-40de-944b-e07fc1f90ae7' })
  list(@CurrentActor() a: Actor, @Query('inboxId', new ParseUUIDPipe({ optional: true })) inboxId?: string): Promise<SlaPolicyDto[]> {
    return this.policies.list(a, inboxId);
  }
  @Post() @ApiCreatedResponse({ type: SlaPolicyResponse }) create(@CurrentActor() a: Actor, @Body() b: CreateSlaPolicyBody): Promise<SlaPolicyDto> {
    return this.policies.create(a, b);
  }
  @Patch(':id') @ApiOkResponse({ type: SlaPolicyResponse })
  update(@CurrentActor() a: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() b: UpdateSlaPolicyBody): Promise<SlaPolicyDto> {
    return this.policies.update(a, id, b);
  }
  @Delete(':id') @HttpCode(204) @ApiNoContentResponse() remove(@CurrentActor() a: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.policies.remove(a, id);
  }
}
