import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ConversationListItemDto, Priority } from '@parley/contracts';
import { errorMessage } from '../../http/api-error';
import { queryKeys } from '../../http/query-keys';
import { useToast } from '../../ui/components/toast-provider';
import type { BulkActionRequest } from '@parley/contracts';
import { conversationsApi } from '../api/conversations.api';
import { applyConversation } from '../utils/conversation-cache';

type Vars<V> = { id: string; value: V };

/** Each single-conversation action answers with the new list item: apply it everywhere, refresh the trail. */
function useConversationMutation<V>(fn: (id: string, value: V) => Promise<ConversationListItemDto>, success?: string) {
  const client = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: ({ id, value }: Vars<V>) => fn(id, value),
    onSuccess: (conversation) => {
      applyConversation(client, conversation);
      void client.invalidateQueries({ queryKey: queryKeys.conversationEvents(conversation.id) });
      if (success) toast(success, 'success');
    },
    onError: (error) => toast(errorMessage(error), 'error'),
  });
}

export const useAssignConversation = () => useConversationMutation((id, assigneeId: string | null) => conversationsApi.assign(id, assigneeId));
export const useSetConversationTeam = () => useConversationMutation((id, teamId: string | null) => conversationsApi.setTeam(id, teamId));
export const useSetConversationStatus = () =>
  useConversationMutation((id, status: 'open' | 'pending' | 'resolved') => conversationsApi.setStatus(id, status));
export const useSnoozeConversation = () => useConversationMutation((id, until: string) => conversationsApi.snooze(id, until), 'Snoozed');
export const useArchiveConversation = () => useConversationMutation((id, archived: boolean) => conversationsApi.setArchived(id, archived));
export const useSetConversationPriority = () => useConversationMutation((id, priority: Priority) => conversationsApi.setPriority(id, priority));
export const useAddConversationTags = () => useConversationMutation((id, tagIds: string[]) => conversationsApi.addTags(id, tagIds));
export const useRemoveConversationTag = () => useConversationMutation((id, tagId: string) => conversationsApi.removeTag(id, tagId));
export const useMarkConversationRead = () => useConversationMutation((id, _: void) => conversationsApi.markRead(id));

export function useBulkAction() {
  const client = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: ({ ids, action }: { ids: string[]; action: BulkActionRequest }) => conversationsApi.bulk(ids, action),
    onSuccess: ({ updated, failed }) => {
      updated.forEach((c) => applyConversation(client, c));
      if (failed.length === 0) toast(`Updated ${updated.length} conversation${updated.length === 1 ? '' : 's'}`, 'success');
      else toast(`${updated.length} updated, ${failed.length} failed: ${failed.map((f) => f.reason).slice(0, 3).join('; ')}`, 'warning');
    },
    onError: (error) => toast(errorMessage(error), 'error'),
  });
}

