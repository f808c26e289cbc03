import type { ConversationDetailDto, MessageDto, QuickReplyDto, UserDto } from '@parley/contracts';

export const me: UserDto = {
  id: '00000000-0000-4000-8000-000000000001', email: 'ana@example.com', name: 'Ana Agent', role: 'agent', availability: 'online', createdAt: '2025-01-01T00:00:00Z',
};

export function conversation(overrides: Partial<ConversationDetailDto> = {}): ConversationDetailDto {
  const now = Date.now();
  return {
    id: 'c1', inboxId: 'i1', channel: 'messenger',
    contact: { id: 'ct1', name: 'Carla Customer', avatarUrl: null },
    status: 'open', archived: false, priority: 'none', assignee: null, teamId: null, tags: [],
    snippet: 'Where is my order?', lastMessageAt: new Date(now - 5 * 60_000).toISOString(),
    lastIncomingAt: new Date(now - 5 * 60_000).toISOString(), waitingSince: null, unanswered: false, unreadCount: 0,
    snoozedUntil: null, replyWindowClosesAt: new Date(now + 20 * 3_600_000).toISOString(),
    createdAt: new Date(now - 86_400_000).toISOString(), version: 1, updatedAt: new Date(now).toISOString(),
    firstReplyAt: null, humanAgentWindowClosesAt: null, slaDue: null,
    ...overrides,
  };
}

export function message(overrides: Partial<MessageDto> = {}): MessageDto {
  return {
    id: 'm-new', conversationId: 'c1', direction: 'outgoing', kind: 'text', senderType: 'user', sender: { id: me.id, name: me.name },
    text: 'Hello', attachments: [], platformMessageId: null, deliveryStatus: 'pending', deliveryError: null, replyToId: null,
    payload: null, standby: false, reactions: [], editedAt: null, deletedAt: null, sentAt: new Date().toISOString(), createdAt: new Date().toISOString(),
    ...overrides,
  };
}

export const quickReplies: QuickReplyDto[] = [
  { id: 'qr-refund', shortcut: 'refund', title: 'Refund on its way', body: 'Your refund is on its way.', scope: 'global', teamId: null, ownerId: null, usageCount: 4 },
  { id: 'qr-order', shortcut: 'order', title: 'Order shipped', body: 'Order {{order.number}} shipped', scope: 'global', teamId: null, ownerId: null, usageCount: 2 },
];
