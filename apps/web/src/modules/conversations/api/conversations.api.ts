import type {
  ArchivedRequest, AssigneeRequest, BulkActionRequest, BulkRequest, BulkResultDto, ConversationDetailDto, ConversationEventDto,
  ConversationListItemDto, ListConversationsRequest, PageDto, PriorityRequest, SettableStatus, SnoozeRequest, StatusRequest, TagsRequest,
  TeamAssignRequest, ViewCountsDto,
} from '@parley/contracts';
import { apiFetch } from '../../http/api-fetch';

/** The list's filters as the URL holds them: the request without its page cursor. */
export type ListQuery = Omit<ListConversationsRequest, 'cursor'>;

const item = (id: string, suffix: string, method: 'PUT' | 'POST' | 'DELETE', body?: unknown) =>
  apiFetch<ConversationListItemDto>(`/conversations/${id}${suffix}`, { method, body });

export const conversationsApi = {
  list: (query: ListQuery, cursor?: string, signal?: AbortSignal) =>
    apiFetch<PageDto<ConversationListItemDto>>('/conversations', {
      query: { ...query, cursor, unanswered: query.unanswered === undefined ? undefined : String(query.unanswered) },
      signal,
    }),
  counts: () => apiFetch<ViewCountsDto>('/conversations/counts'),
  get: (id: string) => apiFetch<ConversationDetailDto>(`/conversations/${id}`),
  events: (id: string) => apiFetch<ConversationEventDto[]>(`/conversations/${id}/events`),
  assign: (id: string, assigneeId: string | null) => item(id, '/assignee', 'PUT', { assigneeId } satisfies AssigneeRequest),
  setTeam: (id: string, teamId: string | null) => item(id, '/team', 'PUT', { teamId } satisfies TeamAssignRequest),
  setStatus: (id: string, status: SettableStatus) => item(id, '/status', 'PUT', { status } satisfies StatusRequest),
  snooze: (id: string, until: string) => item(id, '/snooze', 'POST', { until } satisfies SnoozeRequest),
  setArchived: (id: string, archived: boolean) => item(id, '/archived', 'PUT', { archived } satisfies ArchivedRequest),
  setPriority: (id: string, priority: PriorityRequest['priority']) => item(id, '/priority', 'PUT', { priority } satisfies PriorityRequest),
  addTags: (id: string, tagIds: string[]) => item(id, '/tags', 'POST', { tagIds } satisfies TagsRequest),
  removeTag: (id: string, tagId: string) => item(id, `/tags/${tagId}`, 'DELETE'),
  markRead: (id: string) => item(id, '/read', 'POST'),
  bulk: (ids: string[], action: BulkActionRequest) =>
    apiFetch<BulkResultDto>('/conversations/bulk', { method: 'POST', body: { ids, action } satisfies BulkRequest }),
  remove: (id: string, deleteContact: boolean) =>
    apiFetch<void>(`/conversations/${id}`, { method: 'DELETE', query: { deleteContact: deleteContact || undefined } }),
};
