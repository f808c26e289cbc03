import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../http/query-keys';
import { useDebouncedValue } from '../../ui/hooks/use-debounced-value';
import { quickReplySearchApi } from '../api/quick-replies.api';

/** Ranking happens on the server; keep the previous results on screen while the next query loads. */
export function useQuickReplySearch(query: string | null) {
  const debounced = useDebouncedValue(query, 120);
  return useQuery({
    queryKey: queryKeys.quickReplySearch(debounced ?? ''),
    queryFn: ({ signal }) => quickReplySearchApi.search(debounced ?? '', signal),
    enabled: debounced !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function useRenderQuickReply(conversationId: string) {
  return useMutation({ mutationFn: (quickReplyId: string) => quickReplySearchApi.render(quickReplyId, conversationId) });
}
