import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import type { TagDto } from '@parley/contracts';
import { TagsService, type Actor } from '@parley/inbox';
import { CurrentActor } from '../../auth/current-actor.decorator.js';

const COLOR = /^#[0-9a-fA-F]{6}$/;
export class CreateTagBody {
  @IsString() @MinLength(1) @MaxLength(50) name: string;
  @IsOptional() @ValidateIf((_, v) => v !== null) @Matches(COLOR, { message: 'color must be a hex color like #1e88e5' }) color?: string | null;
}
export class UpdateTagBody {
  @IsOptional() @IsString() @MinLength(1) @MaxLength(50) name?: string;
  @IsOptional() @ValidateIf((_, v) => v !== null) @Matches(COLOR, { message: 'color must be a hex color like #1e88e5' }) color?: string | null;
}

@ApiTags('tags')
@Controller('tags')
export class TagsController {
  constructor(private readonly tags: TagsService) {}

  @Get() list(): Promise<TagDto[]> { return this.tags.list(); }
  @Post() create(@CurrentActor() a: Actor, @Body() b: CreateTagBody): Promise<TagDto> { return this.tags.create(a, b); }
  @Patch(':id') update(@CurrentActor() a: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() b: UpdateTagBody): Promise<TagDto> {
    return this.tags.update(a, id, b);
  }
  @Delete(':id') @HttpCode(204) remove(@CurrentActor() a: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.tags.remove(a, id);
  }
}
