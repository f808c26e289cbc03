import type { MessageResultDto, ReplyRequest } from '@parley/contracts';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../../http/api-error';
import { queryKeys } from '../../http/query-keys';
import { applyConversation } from '../../conversations/utils/conversation-cache';
import { useToast } from '../../ui/components/toast-provider';
import { messagesApi } from '../api/messages.api';
import { upsertMessage } from '../utils/message-cache';

export function useMessages(conversationId: string) {
  return useInfiniteQuery({
    queryKey: queryKeys.messages(conversationId),
    queryFn: ({ pageParam, signal }) => messagesApi.list(conversationId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // Older pages never change except through events, which update the cache directly.
    staleTime: Infinity,
  });
}

function useApplyResult() {
  const client = useQueryClient();
  return (result: MessageResultDto) => {
    upsertMessage(client, result.message);
    applyConversation(client, result.conversation);
    void client.invalidateQueries({ queryKey: queryKeys.conversationEvents(result.conversation.id) });
  };
}

export function useSendMessage(conversationId: string) {
  const apply = useApplyResult();
  return useMutation({
    mutationFn: (input: ReplyRequest) => messagesApi.send(conversationId, input),
    onSuccess: apply,
  });
}

export function useSendNote(conversationId: string) {
  const apply = useApplyResult();
  return useMutation({
    mutationFn: (text: string) => messagesApi.note(conversationId, text),
    onSuccess: apply,
  });
}

/** Re-sends a failed message's content as a new message; the failed one stays in the thread as a record. */
export function useRetryMessage(conversationId: string) {
  const apply = useApplyResult();
  const toast = useToast();
  return useMutation({
    mutationFn: (input: ReplyRequest) => messagesApi.send(conversationId, input),
    onSuccess: (result) => {
      apply(result);
      toast('Message sent again', 'success');
    },
    onError: (error) => toast(errorMessage(error), 'error'),
  });
}
