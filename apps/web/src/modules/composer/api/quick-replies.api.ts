import type { QuickReplyDto, RenderedQuickReplyDto } from '@parley/contracts';
import { apiFetch } from '../../http/api-fetch';

export const quickReplySearchApi = {
  search: (q: string, signal?: AbortSignal) => apiFetch<QuickReplyDto[]>('/quick-replies/search', { query: { q }, signal }),
  render: (id: string, conversationId: string) =>
    apiFetch<RenderedQuickReplyDto>(`/quick-replies/${id}/render`, { method: 'POST', body: { conversationId } }),
};
