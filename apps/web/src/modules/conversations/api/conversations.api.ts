import type {
  ActivityFilter, ConversationDetailDto, ConversationEventDto, ConversationListItemDto, ConversationListQuery, ConversationStatus,
  PageDto, Priority, ViewCountsDto,
} from '@parley/contracts';
import { apiFetch } from '../../http/api-fetch';

/** The list endpoint also accepts status=any, which the shared query type leaves out, and the report links' activity filter. */
export type ListQuery = Omit<ConversationListQuery, 'status' | 'cursor'> & { status?: ConversationStatus | 'any' } & ActivityFilter;

export type BulkAction =
  | { type: 'assign'; assigneeId: string | null }
  | { type: 'status'; status: 'open' | 'pending' | 'resolved' }
  | { type: 'archive'; archived: boolean }
  | { type: 'priority'; priority: Priority }
  | { type: 'tag'; tagIds: string[] }
  | { type: 'team'; teamId: string | null }
  | { type: 'snooze'; until: string }
  | { type: 'read' };

export interface BulkResult {
  updated: ConversationListItemDto[];
  failed: { id: string; reason: string }[];
}

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
  assign: (id: string, assigneeId: string | null) => item(id, '/assignee', 'PUT', { assigneeId }),
  setTeam: (id: string, teamId: string | null) => item(id, '/team', 'PUT', { teamId }),
  setStatus: (id: string, status: 'open' | 'pending' | 'resolved') => item(id, '/status', 'PUT', { status }),
  snooze: (id: string, until: string) => item(id, '/snooze', 'POST', { until }),
  setArchived: (id: string, archived: boolean) => item(id, '/archived', 'PUT', { archived }),
  setPriority: (id: string, priority: Priority) => item(id, '/priority', 'PUT', { priority }),
  addTags: (id: string, tagIds: string[]) => item(id, '/tags', 'POST', { tagIds }),
  removeTag: (id: string, tagId: string) => item(id, `/tags/${tagId}`, 'DELETE'),
  markRead: (id: string) => item(id, '/read', 'POST'),
  bulk: (ids: string[], action: BulkAction) =>
    apiFetch<BulkResult>('/conversations/bulk', { method: 'POST', body: { ids, action } }),
  remove: (id: string, deleteContact: boolean) =>
    apiFetch<void>(`/conversations/${id}`, { method: 'DELETE', query: { deleteContact: deleteContact || undefined } }),
};
