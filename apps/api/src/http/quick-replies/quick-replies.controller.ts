import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { QuickReplyDto, RenderedQuickReplyDto } from '@parley/contracts';
import { QuickRepliesService, type Actor } from '@parley/inbox';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { CreateQuickReplyBody, RenderBody, SearchQuickRepliesQuery, UpdateQuickReplyBody } from './quick-replies.dto.js';
import { QuickReplyResponse, RenderedQuickReplyResponse } from './quick-replies.responses.js';

@ApiTags('quick-replies')
@Controller('quick-replies')
export class QuickRepliesController {
  constructor(private readonly replies: QuickRepliesService) {}

  @Get() @ApiOkResponse({ type: [QuickReplyResponse] }) list(@CurrentActor() a: Actor): Promise<QuickReplyDto[]> { return this.replies.list(a); }
  @Get('search') @ApiOkResponse({ type: [QuickReplyResponse] }) search(@CurrentActor() a: Actor, @Query() q: SearchQuickRepliesQuery): Promise<QuickReplyDto[]> {
    return this.replies.search(a, q.q ?? '');
  }
  @Post() @ApiCreatedResponse({ type: QuickReplyResponse }) create(@CurrentActor() a: Actor, @Body() b: CreateQuickReplyBody): Promise<QuickReplyDto> {
    return this.replies.create(a, b);
  }
  @Patch(':id') @ApiOkResponse({ type: QuickReplyResponse })
  update(@CurrentActor() a: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() b: UpdateQuickReplyBody): Promise<QuickReplyDto> {
    return this.replies.update(a, id, b);
  }
  @Delete(':id') @HttpCode(204) @ApiNoContentResponse() remove(@CurrentActor() a: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.replies.remove(a, id);
  }
  @Post(':id/render') @HttpCode(200) @ApiOkResponse({ type: RenderedQuickReplyResponse })
  render(@CurrentActor() a: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() b: RenderBody): Promise<RenderedQuickReplyDto> {
    return this.replies.render(a, id, b.conversationId);
  }
}
