import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { InboxDto, UnknownAccountsDto } from '@parley/contracts';
import { InboxesService, type Actor } from '@parley/inbox';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { MembersBody } from '../teams/teams.dto.js';
import { CreateInboxBody, UpdateInboxBody } from './inboxes.dto.js';
import { InboxResponse, UnknownAccountsResponse } from './inboxes.responses.js';

@ApiTags('inboxes')
@Controller('inboxes')
export class InboxesController {
  constructor(private readonly inboxes: InboxesService) {}

  @Get() @ApiOkResponse({ type: [InboxResponse] }) list(@CurrentActor() a: Actor): Promise<InboxDto[]> { return this.inboxes.list(a); }
  @Get(':id') @ApiOkResponse({ type: InboxResponse }) get(@CurrentActor() a: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<InboxDto> {
    return this.inboxes.get(a, id);
  }
  @Post() @ApiCreatedResponse({ type: InboxResponse }) create(@CurrentActor() a: Actor, @Body() b: CreateInboxBody): Promise<InboxDto> { return this.inboxes.create(a, b); }
  @Patch(':id') @ApiOkResponse({ type: InboxResponse }) update(@CurrentActor() a: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() b: UpdateInboxBody): Promise<InboxDto> {
    return this.inboxes.update(a, id, b);
  }
  @Delete(':id') @HttpCode(204) @ApiNoContentResponse() remove(@CurrentActor() a: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.inboxes.remove(a, id);
  }
  /** Admins: webhook entries for accounts no inbox is connected to (answered 200, stored nowhere). */
  @Get(':id/unknown-accounts') @ApiOkResponse({ type: UnknownAccountsResponse })
  unknownAccounts(@CurrentActor() a: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<UnknownAccountsDto> {
    return this.inboxes.unknownAccountsOf(a, id);
  }
  @Put(':id/members') @ApiOkResponse({ type: InboxResponse }) members(@CurrentActor() a: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() b: MembersBody): Promise<InboxDto> {
    return this.inboxes.setMembers(a, id, b.userIds);
  }
}
