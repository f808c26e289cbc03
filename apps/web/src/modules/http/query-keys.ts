
/** Every TanStack Query key in one place, so realtime hooks and mutations update the same entries. */
export const queryKeys = {
  me: ['auth', 'me'] as const,
  users: ['users'] as const,
  teams: ['teams'] as const,
  inboxes: ['inboxes'] as const,
  tags: ['tags'] as const,
  quickReplies: ['quick-replies'] as const,
  quickReplySearch: (q: string) => ['quick-replies', 'search', q] as const,
  conversations: ['conversations'] as const,
  conversationLists: ['conversations', 'list'] as const,
  conversationList: (query: object) => ['conversations', 'list', query] as const,
  counts: ['conversations', 'counts'] as const,
  conversation: (id: string) => ['conversations', 'detail', id] as const,
  conversationEvents: (id: string) => ['conversations', 'events', id] as const,
  messages: (conversationId: string) => ['conversations', 'messages', conversationId] as const,
  search: (q: string) => ['search', q] as const,
  reports: ['reports'] as const,
  businessHours: (inboxId: string) => ['automation', 'business-hours', inboxId] as const,
  autoReplies: (inboxId: string) => ['automation', 'auto-replies', inboxId] as const,
  slaPolicies: ['automation', 'sla-policies'] as const,
  slaPolicyList: (inboxId: string) => ['automation', 'sla-policies', inboxId] as const,
};
