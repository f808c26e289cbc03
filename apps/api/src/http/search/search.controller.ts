import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import type { SearchResultDto } from '@parley/contracts';
import { SearchService, type Actor } from '@parley/inbox';
import { CurrentActor } from '../../auth/current-actor.decorator.js';

export class SearchQuery {
  @IsString({ message: 'q is required' }) @MinLength(1) @MaxLength(200) q: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(50) limit?: number;
}

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(private readonly searchService: SearchService) {}

  @Get() search(@CurrentActor() a: Actor, @Query() q: SearchQuery): Promise<SearchResultDto[]> {
    return this.searchService.search(a, q.q, q.limit);
  }
}
