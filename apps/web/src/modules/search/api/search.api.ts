import type { SearchRequest, SearchResultDto } from '@parley/contracts';
import { apiFetch } from '../../http/api-fetch';

export const searchApi = {
  search: (q: string, signal?: AbortSignal) => apiFetch<SearchResultDto[]>('/search', { query: { q } satisfies SearchRequest, signal }),
};
