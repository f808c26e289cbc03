import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type {
  BulkResultDto, ConversationChangesDto, ConversationDetailDto, ConversationEventDto, ConversationListItemDto, MessageDto, MessageResultDto,
  PageDto, ViewCountsDto,
} from '@parley/contracts';
import { ConversationActions as A, ConversationsService, MessagesService, PrivacyService, type Actor } from '@parley/inbox';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { bulkChange } from './bulk-action.js';
import {
  ArchivedBody, AssigneeBody, BulkBody, ChangesQuery, DeleteQuery, ListConversationsQuery, ListMessagesQuery, NoteBody, PriorityBody,
  ReplyBody, SnoozeBody, StatusBody, TagsBody, TeamAssignBody,
} from './conversations.dto.js';
import {
  BulkResultResponse, ConversationChangesResponse, ConversationDetailResponse, ConversationEventResponse, ConversationListItemResponse,
  ConversationPageResponse, MessagePageResponse, MessageResultResponse, ViewCountsResponse,
} from './conversations.responses.js';

type Item = Promise<ConversationListItemDto>;
const Id = () => Param('id', ParseUUIDPipe);
/** Every single-conversation change answers the conversation as it is now. */
const ItemOk = () => ApiOkResponse({ type: ConversationListItemResponse });

@ApiTags('conversations')
@Controller('conversations')
export class ConversationsController {
  constructor(
    private readonly conversations: ConversationsService, private readonly messages: MessagesService, private readonly privacy: PrivacyService,
  ) {}

  @Get() @ApiOkResponse({ type: ConversationPageResponse }) list(@CurrentActor() a: Actor, @Query() q: ListConversationsQuery): Promise<PageDto<ConversationListItemDto>> {
    return this.conversations.list(a, q);
  }
  /** For a dashboard back from a gap: the conversations changed since its cursor (no cursor: a cursor for now). */
  @Get('changes') @ApiOkResponse({ type: ConversationChangesResponse }) changes(@CurrentActor() a: Actor, @Query() q: ChangesQuery): Promise<ConversationChangesDto> {
    return this.conversations.changes(a, q.cursor);
  }
  @Get('counts') @ApiOkResponse({ type: ViewCountsResponse }) counts(@CurrentActor() a: Actor): Promise<ViewCountsDto> { return this.conversations.counts(a); }
  @Post('bulk') @HttpCode(200) @ApiOkResponse({ type: BulkResultResponse }) bulk(@CurrentActor() a: Actor, @Body() b: BulkBody): Promise<BulkResultDto> {
    return this.conversations.bulk(a, b.ids, bulkChange(b.action));
  }

  @Get(':id') @ApiOkResponse({ type: ConversationDetailResponse }) get(@CurrentActor() a: Actor, @Id() id: string): Promise<ConversationDetailDto> {
    return this.conversations.get(a, id);
  }
  @Get(':id/events') @ApiOkResponse({ type: [ConversationEventResponse] }) events(@CurrentActor() a: Actor, @Id() id: string): Promise<ConversationEventDto[]> {
    return this.conversations.history(a, id);
  }
  @Get(':id/messages') @ApiOkResponse({ type: MessagePageResponse })
  messagesPage(@CurrentActor() a: Actor, @Id() id: string, @Query() q: ListMessagesQuery): Promise<PageDto<MessageDto>> {
    return this.messages.list(a, id, q);
  }
  @Post(':id/messages') @ApiCreatedResponse({ type: MessageResultResponse }) reply(@CurrentActor() a: Actor, @Id() id: string, @Body() b: ReplyBody): Promise<MessageResultDto> {
    return this.messages.reply(a, id, b);
  }
  @Post(':id/notes') @ApiCreatedResponse({ type: MessageResultResponse }) note(@CurrentActor() a: Actor, @Id() id: string, @Body() b: NoteBody): Promise<MessageResultDto> {
    return this.messages.note(a, id, b.text);
  }

  @Put(':id/assignee') @ItemOk() assign(@CurrentActor() a: Actor, @Id() id: string, @Body() b: AssigneeBody): Item {
    return this.conversations.apply(a, id, A.assign(b.assigneeId));
  }
  @Put(':id/team') @ItemOk() team(@CurrentActor() a: Actor, @Id() id: string, @Body() b: TeamAssignBody): Item {
    return this.conversations.apply(a, id, A.setTeam(b.teamId));
  }
  @Put(':id/status') @ItemOk() status(@CurrentActor() a: Actor, @Id() id: string, @Body() b: StatusBody): Item {
    return this.conversations.apply(a, id, A.setStatus(b.status));
  }
  @Post(':id/snooze') @HttpCode(200) @ItemOk() snooze(@CurrentActor() a: Actor, @Id() id: string, @Body() b: SnoozeBody): Item {
    return this.conversations.apply(a, id, A.snooze(new Date(b.until)));
  }
  @Put(':id/archived') @ItemOk() archive(@CurrentActor() a: Actor, @Id() id: string, @Body() b: ArchivedBody): Item {
    return this.conversations.apply(a, id, A.setArchived(b.archived));
  }
  @Put(':id/priority') @ItemOk() priority(@CurrentActor() a: Actor, @Id() id: string, @Body() b: PriorityBody): Item {
    return this.conversations.apply(a, id, A.setPriority(b.priority));
  }
  @Post(':id/tags') @HttpCode(200) @ItemOk() addTags(@CurrentActor() a: Actor, @Id() id: string, @Body() b: TagsBody): Item {
    return this.conversations.apply(a, id, A.addTags(b.tagIds));
  }
  @Delete(':id/tags/:tagId') @ItemOk() removeTag(@CurrentActor() a: Actor, @Id() id: string, @Param('tagId', ParseUUIDPipe) tagId: string): Item {
    return this.conversations.apply(a, id, A.removeTag(tagId));
  }
  @Post(':id/read') @HttpCode(200) @ItemOk() read(@CurrentActor() a: Actor, @Id() id: string): Item {
    return this.conversations.apply(a, id, A.markRead());
  }
  @Delete(':id') @HttpCode(204) @ApiNoContentResponse() async remove(@CurrentActor() a: Actor, @Id() id: string, @Query() q: DeleteQuery): Promise<void> {
    await this.privacy.eraseConversation(a, id, q.deleteContact ?? false);
  }
}
