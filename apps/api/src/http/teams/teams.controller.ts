import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { TeamDto } from '@parley/contracts';
import { TeamsService, type Actor } from '@parley/inbox';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { MembersBody, TeamBody } from './teams.dto.js';
import { TeamResponse } from './teams.responses.js';

@ApiTags('teams')
@Controller('teams')
export class TeamsController {
  constructor(private readonly teams: TeamsService) {}

  @Get() @ApiOkResponse({ type: [TeamResponse] }) list(): Promise<TeamDto[]> { return this.teams.list(); }
  @Post() @ApiCreatedResponse({ type: TeamResponse }) create(@CurrentActor() a: Actor, @Body() b: TeamBody): Promise<TeamDto> {
    return this.teams.create(a, b.name);
  }
  @Patch(':id') @ApiOkResponse({ type: TeamResponse }) rename(@CurrentActor() a: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() b: TeamBody): Promise<TeamDto> {
    return this.teams.rename(a, id, b.name);
  }
  @Delete(':id') @HttpCode(204) @ApiNoContentResponse() remove(@CurrentActor() a: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.teams.remove(a, id);
  }
  @Put(':id/members') @ApiOkResponse({ type: TeamResponse }) members(@CurrentActor() a: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() b: MembersBody): Promise<TeamDto> {
    return this.teams.setMembers(a, id, b.userIds);
  }
}
