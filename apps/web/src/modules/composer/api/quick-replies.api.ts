import type { QuickReplyDto, RenderQuickReplyRequest, RenderedQuickReplyDto, SearchQuickRepliesRequest } from '@parley/contracts';
import { apiFetch } from '../../http/api-fetch';

export const quickReplySearchApi = {
  search: (q: string, signal?: AbortSignal) => apiFetch<QuickReplyDto[]>('/quick-replies/search', { query: { q } satisfies SearchQuickRepliesRequest, signal }),
  render: (id: string, conversationId: string) =>
    apiFetch<RenderedQuickReplyDto>(`/quick-replies/${id}/render`, { method: 'POST', body: { conversationId } satisfies RenderQuickReplyRequest }),
};
