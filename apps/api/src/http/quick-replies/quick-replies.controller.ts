import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { QUICK_REPLY_SCOPES, type QuickReplyDto, type QuickReplyScope, type RenderedQuickReplyDto } from '@parley/contracts';
import { QuickRepliesService, type Actor } from '@parley/inbox';
import { CurrentActor } from '../../auth/current-actor.decorator.js';

const SHORTCUT = /^[\p{L}\p{N}_-]{1,40}$/u;
const SHORTCUT_MSG = 'shortcut must be 1-40 letters, digits, "-" or "_" (typed after "/" in the composer)';

export class CreateQuickReplyBody {
  @Matches(SHORTCUT, { message: SHORTCUT_MSG }) shortcut: string;
  @IsString() @MinLength(1) @MaxLength(120) title: string;
  @IsString() @MinLength(1) @MaxLength(4000) body: string;
  @IsIn(QUICK_REPLY_SCOPES, { message: `scope must be one of ${QUICK_REPLY_SCOPES.join(', ')}` }) scope: QuickReplyScope;
  @IsOptional() @IsUUID('all', { message: 'teamId must be a team id' }) teamId?: string;
}
export class UpdateQuickReplyBody {
  @IsOptional() @Matches(SHORTCUT, { message: SHORTCUT_MSG }) shortcut?: string;
  @IsOptional() @IsString() @MinLength(1) @MaxLength(120) title?: string;
  @IsOptional() @IsString() @MinLength(1) @MaxLength(4000) body?: string;
}
export class SearchQuickRepliesQuery { @IsOptional() @IsString() @MaxLength(100) q?: string }
export class RenderBody { @IsUUID('all', { message: 'conversationId must be a conversation id' }) conversationId: string }

@ApiTags('quick-replies')
@Controller('quick-replies')
export class QuickRepliesController {
  constructor(private readonly replies: QuickRepliesService) {}

  @Get() list(@CurrentActor() a: Actor): Promise<QuickReplyDto[]> { return this.replies.list(a); }
  @Get('search') search(@CurrentActor() a: Actor, @Query() q: SearchQuickRepliesQuery): Promise<QuickReplyDto[]> {
    return this.replies.search(a, q.q ?? '');
  }
  @Post() create(@CurrentActor() a: Actor, @Body() b: CreateQuickReplyBody): Promise<QuickReplyDto> { return this.replies.create(a, b); }
  @Patch(':id') update(@CurrentActor() a: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() b: UpdateQuickReplyBody): Promise<QuickReplyDto> {
    return this.replies.update(a, id, b);
  }
  @Delete(':id') @HttpCode(204) remove(@CurrentActor() a: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.replies.remove(a, id);
  }
  @Post(':id/render') @HttpCode(200)
  render(@CurrentActor() a: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() b: RenderBody): Promise<RenderedQuickReplyDto> {
    return this.replies.render(a, id, b.conversationId);
  }
}
