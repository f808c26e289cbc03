import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import type { TeamDto } from '@parley/contracts';
import { TeamsService, type Actor } from '@parley/inbox';
import { CurrentActor } from '../../auth/current-actor.decorator.js';

export class TeamBody { @IsString() @MinLength(1) @MaxLength(80) name: string }
export class MembersBody { @IsArray() @ArrayMaxSize(1000) @IsUUID('all', { each: true, message: 'userIds must contain user ids' }) userIds: string[] }

@ApiTags('teams')
@Controller('teams')
export class TeamsController {
  constructor(private readonly teams: TeamsService) {}

  @Get() list(): Promise<TeamDto[]> { return this.teams.list(); }
  @Post() create(@CurrentActor() a: Actor, @Body() b: TeamBody): Promise<TeamDto> { return this.teams.create(a, b.name); }
  @Patch(':id') rename(@CurrentActor() a: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() b: TeamBody): Promise<TeamDto> {
    return this.teams.rename(a, id, b.name);
  }
  @Delete(':id') @HttpCode(204) remove(@CurrentActor() a: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.teams.remove(a, id);
  }
  @Put(':id/members') members(@CurrentActor() a: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() b: MembersBody): Promise<TeamDto> {
    return this.teams.setMembers(a, id, b.userIds);
  }
}
