import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { UserDto } from '@parley/contracts';
import { UsersService, type Actor } from '@parley/inbox';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { CreateUserBody, UpdateUserBody } from './users.dto.js';
import { UserResponse } from './users.responses.js';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get() @ApiOkResponse({ type: [UserResponse] }) list(): Promise<UserDto[]> { return this.users.list(); }

  @Post() @ApiCreatedResponse({ type: UserResponse }) create(@CurrentActor() actor: Actor, @Body() body: CreateUserBody): Promise<UserDto> {
    return this.users.create(actor, body);
  }

  @Patch(':id') @ApiOkResponse({ type: UserResponse }) update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateUserBody): Promise<UserDto> {
    return this.users.update(actor, id, body);
  }
}
