import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { SearchResultDto } from '@parley/contracts';
import { SearchService, type Actor } from '@parley/inbox';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { SearchQuery } from './search.dto.js';
import { SearchResultResponse } from './search.responses.js';

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(private readonly searchService: SearchService) {}

  @Get() @ApiOkResponse({ type: [SearchResultResponse] }) search(@CurrentActor() a: Actor, @Query() q: SearchQuery): Promise<SearchResultDto[]> {
    return this.searchService.search(a, q.q, q.limit);
  }
}
