import { SEARCH_LIMITS, type SearchRequest } from '@parley/contracts';
import { QueryInt, Text } from '../fields.js';

export class SearchQuery implements SearchRequest {
  @Text({ max: SEARCH_LIMITS.query, example: 'order 1234', message: 'q is required', description: 'words in messages or the contact\'s name' }) q: string;
  @QueryInt({ optional: true, min: 1, max: SEARCH_LIMITS.results, example: 20 }) limit?: number;
}
