import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../http/query-keys';
import { conversationsApi, type ListQuery } from '../api/conversations.api';

export const LIST_PAGE_SIZE = 30;

/** Shared by the hook and the first-screen prefetch, so both fill the same cache entry. */
export const conversationListOptions = (query: ListQuery) => infiniteQueryOptions({
  queryKey: queryKeys.conversationList(query),
  queryFn: ({ pageParam, signal }) => conversationsApi.list({ ...query, limit: LIST_PAGE_SIZE }, pageParam, signal),
  initialPageParam: undefined as string | undefined,
  getNextPageParam: (last) => last.nextCursor ?? undefined,
});

export const conversationCountsOptions = queryOptions({
  queryKey: queryKeys.counts, queryFn: conversationsApi.counts, staleTime: 15_000, refetchInterval: 60_000,
});

export function useConversationList(query: ListQuery) {
  return useInfiniteQuery(conversationListOptions(query));
}

export function useConversationCounts() {
  return useQuery(conversationCountsOptions);
}

export function useConversation(id: string | undefined) {
  return useQuery({
    queryKey: queryKeys.conversation(id ?? ''),
    queryFn: () => conversationsApi.get(id as string),
    enabled: Boolean(id),
  });
}

export function useConversationEvents(id: string) {
  return useQuery({ queryKey: queryKeys.conversationEvents(id), queryFn: () => conversationsApi.events(id) });
}
