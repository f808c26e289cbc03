import type { MessageDto, MessageResultDto, NoteRequest, PageDto, ReplyRequest } from '@parley/contracts';
import { apiFetch } from '../../http/api-fetch';

export const messagesApi = {
  /** Items come oldest→newest; without a cursor this is the newest page, and nextCursor is the next older one. */
  list: (conversationId: string, cursor?: string, signal?: AbortSignal) =>
    apiFetch<PageDto<MessageDto>>(`/conversations/${conversationId}/messages`, { query: { cursor, direction: 'older', limit: 40 }, signal }),
  send: (conversationId: string, input: ReplyRequest) =>
    apiFetch<MessageResultDto>(`/conversations/${conversationId}/messages`, { method: 'POST', body: input }),
  note: (conversationId: string, text: string) =>
    apiFetch<MessageResultDto>(`/conversations/${conversationId}/notes`, { method: 'POST', body: { text } satisfies NoteRequest }),
};
