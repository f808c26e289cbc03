import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../http/query-keys';
import { useOnReconnect, useSocketEvent } from '../../realtime/hooks/use-socket-event';
import { applyConversation, removeConversation } from '../utils/conversation-cache';

/** Patches lists, details and counts in place from conversation events; a stale version is ignored. */
export function useConversationsRealtime(): void {
  const client = useQueryClient();
  useSocketEvent('conversation.created', ({ conversation }) => applyConversation(client, conversation));
  useSocketEvent('conversation.updated', ({ conversation }) => applyConversation(client, conversation));
  useSocketEvent('conversation.deleted', ({ conversationId }) => removeConversation(client, conversationId));
  useOnReconnect(() => {
    void client.invalidateQueries({ queryKey: queryKeys.conversations });
  });
}
