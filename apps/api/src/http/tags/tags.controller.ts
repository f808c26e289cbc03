import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { TagDto } from '@parley/contracts';
import { TagsService, type Actor } from '@parley/inbox';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { CreateTagBody, UpdateTagBody } from './tags.dto.js';
import { TagResponse } from './tags.responses.js';

@ApiTags('tags')
@Controller('tags')
export class TagsController {
  constructor(private readonly tags: TagsService) {}

  @Get() @ApiOkResponse({ type: [TagResponse] }) list(): Promise<TagDto[]> { return this.tags.list(); }
  @Post() @ApiCreatedResponse({ type: TagResponse }) create(@CurrentActor() a: Actor, @Body() b: CreateTagBody): Promise<TagDto> { return this.tags.create(a, b); }
  @Patch(':id') @ApiOkResponse({ type: TagResponse }) update(@CurrentActor() a: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() b: UpdateTagBody): Promise<TagDto> {
    return this.tags.update(a, id, b);
  }
  @Delete(':id') @HttpCode(204) @ApiNoContentResponse() remove(@CurrentActor() a: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.tags.remove(a, id);
  }
}
