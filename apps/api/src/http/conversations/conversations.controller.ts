import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type {
  ConversationDetailDto, ConversationEventDto, ConversationListItemDto, MessageDto, PageDto, ViewCountsDto,
} from '@parley/contracts';
import { ConversationActions as A, ConversationsService, MessagesService, type Actor } from '@parley/inbox';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { bulkChange } from './bulk-action.js';
import {
  ArchivedBody, AssigneeBody, BulkBody, ChangesQuery, DeleteQuery, ListConversationsQuery, ListMessagesQuery, NoteBody, PriorityBody,
  ReplyBody, SnoozeBody, StatusBody, TagsBody, TeamAssignBody,
} from './conversations.dto.js';

type Item = Promise<ConversationListItemDto>;
const Id = () => Param('id', ParseUUIDPipe);

@ApiTags('conversations')
@Controller('conversations')
export class ConversationsController {
  constructor(private readonly conversations: ConversationsService, private readonly messages: MessagesService) {}

  @Get() list(@CurrentActor() a: Actor, @Query() q: ListConversationsQuery): Promise<PageDto<ConversationListItemDto>> {
    return this.conversations.list(a, q);
  }
  /** For a dashboard back from a gap: the conversations changed since its cursor (no cursor: a cursor for now). */
  @Get('changes') changes(@CurrentActor() a: Actor, @Query() q: ChangesQuery) { return this.conversations.changes(a, q.cursor); }
  @Get('counts') counts(@CurrentActor() a: Actor): Promise<ViewCountsDto> { return this.conversations.counts(a); }
  @Post('bulk') @HttpCode(200) bulk(@CurrentActor() a: Actor, @Body() b: BulkBody) { return this.conversations.bulk(a, b.ids, bulkChange(b.action)); }

  @Get(':id') get(@CurrentActor() a: Actor, @Id() id: string): Promise<ConversationDetailDto> { return this.conversations.get(a, id); }
  @Get(':id/events') events(@CurrentActor() a: Actor, @Id() id: string): Promise<ConversationEventDto[]> { return this.conversations.history(a, id); }
  @Get(':id/messages') messagesPage(@CurrentActor() a: Actor, @Id() id: string, @Query() q: ListMessagesQuery): Promise<PageDto<MessageDto>> {
    return this.messages.list(a, id, q);
  }
  @Post(':id/messages') reply(@CurrentActor() a: Actor, @Id() id: string, @Body() b: ReplyBody) { return this.messages.reply(a, id, b); }
  @Post(':id/notes') note(@CurrentActor() a: Actor, @Id() id: string, @Body() b: NoteBody) { return this.messages.note(a, id, b.text); }

  @Put(':id/assignee') assign(@CurrentActor() a: Actor, @Id() id: string, @Body() b: AssigneeBody): Item {
    return this.conversations.apply(a, id, A.assign(b.assigneeId));
  }
  @Put(':id/team') team(@CurrentActor() a: Actor, @Id() id: string, @Body() b: TeamAssignBody): Item {
    return this.conversations.apply(a, id, A.setTeam(b.teamId));
  }
  @Put(':id/status') status(@CurrentActor() a: Actor, @Id() id: string, @Body() b: StatusBody): Item {
    return this.conversations.apply(a, id, A.setStatus(b.status));
  }
  @Post(':id/snooze') @HttpCode(200) snooze(@CurrentActor() a: Actor, @Id() id: string, @Body() b: SnoozeBody): Item {
    return this.conversations.apply(a, id, A.snooze(new Date(b.until)));
  }
  @Put(':id/archived') archive(@CurrentActor() a: Actor, @Id() id: string, @Body() b: ArchivedBody): Item {
    return this.conversations.apply(a, id, A.setArchived(b.archived));
  }
  @Put(':id/priority') priority(@CurrentActor() a: Actor, @Id() id: string, @Body() b: PriorityBody): Item {
    return this.conversations.apply(a, id, A.setPriority(b.priority));
  }
  @Post(':id/tags') @HttpCode(200) addTags(@CurrentActor() a: Actor, @Id() id: string, @Body() b: TagsBody): Item {
    return this.conversations.apply(a, id, A.addTags(b.tagIds));
  }
  @Delete(':id/tags/:tagId') removeTag(@CurrentActor() a: Actor, @Id() id: string, @Param('tagId', ParseUUIDPipe) tagId: string): Item {
    return this.conversations.apply(a, id, A.removeTag(tagId));
  }
  @Post(':id/read') @HttpCode(200) read(@CurrentActor() a: Actor, @Id() id: string): Item {
    return this.conversations.apply(a, id, A.markRead());
  }
  @Delete(':id') @HttpCode(204) remove(@CurrentActor() a: Actor, @Id() id: string, @Query() q: DeleteQuery): Promise<void> {
    return this.conversations.remove(a, id, q.deleteContact ?? false);
  }
}
