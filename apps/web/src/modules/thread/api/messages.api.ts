import type { Attachment, ConversationListItemDto, MessageDto, PageDto } from '@parley/contracts';
import { apiFetch } from '../../http/api-fetch';

export interface SendMessageInput {
  text?: string;
  attachments?: Pick<Attachment, 'type' | 'url'>[];
  quickReplyId?: string;
  replyToId?: string;
}

export interface MessageResult {
  message: MessageDto;
  conversation: ConversationListItemDto;
}

export const messagesApi = {
  /** Items come oldest→newest; without a cursor this is the newest page, and nextCursor is the next older one. */
  list: (conversationId: string, cursor?: string, signal?: AbortSignal) =>
    apiFetch<PageDto<MessageDto>>(`/conversations/${conversationId}/messages`, { query: { cursor, direction: 'older', limit: 40 }, signal }),
  send: (conversationId: string, input: SendMessageInput) =>
    apiFetch<MessageResult>(`/conversations/${conversationId}/messages`, { method: 'POST', body: input }),
  note: (conversationId: string, text: string) =>
    apiFetch<MessageResult>(`/conversations/${conversationId}/notes`, { method: 'POST', body: { text } }),
};
