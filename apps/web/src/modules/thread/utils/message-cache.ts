import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { MessageDto, PageDto } from '@parley/contracts';
import { DELIVERY_STATUSES } from '@parley/contracts';
import { queryKeys } from '../../http/query-keys';

/** Delivery only moves forward (a late "sent" must not undo "read"); `failed` is final. */
function keepFurthestDelivery(current: MessageDto, next: MessageDto): MessageDto {
  if (!current.deliveryStatus || !next.deliveryStatus || current.deliveryStatus === 'failed') {
    return current.deliveryStatus === 'failed' ? { ...next, deliveryStatus: 'failed', deliveryError: current.deliveryError } : next;
  }
  if (next.deliveryStatus === 'failed') return next;
  const rank = (s: MessageDto['deliveryStatus']) => DELIVERY_STATUSES.indexOf(s ?? 'pending');
  return rank(current.deliveryStatus) > rank(next.deliveryStatus) ? { ...next, deliveryStatus: current.deliveryStatus } : next;
}

export type MessagePages = InfiniteData<PageDto<MessageDto>, unknown>;

/** pages[0] is the newest page; every page is oldest→newest. */
export function flattenMessages(data: MessagePages | undefined): MessageDto[] {
  if (!data) return [];
  return [...data.pages].reverse().flatMap((p) => p.items);
}

/** Adds a new message to the newest page, or replaces it when we have it (the POST answer and the event race). */
export function upsertMessage(client: QueryClient, message: MessageDto): void {
  client.setQueryData<MessagePages>(queryKeys.messages(message.conversationId), (data) => {
    if (!data || data.pages.length === 0) return data;
    let found = false;
    const pages = data.pages.map((page) => ({
      ...page,
      items: page.items.map((m) => {
        if (m.id !== message.id) return m;
        found = true;
        return keepFurthestDelivery(m, message);
      }),
    }));
    if (!found && pages[0]) pages[0] = { ...pages[0], items: [...pages[0].items, message] };
    return { ...data, pages };
  });
}

/** Reads the open thread again, from scratch: a read still on its way may have been answered before a join. */
export async function refreshThread(client: QueryClient, conversationId: string): Promise<void> {
  const queryKey = queryKeys.messages(conversationId);
  // Without the cancel, a first read in flight would be reused instead of followed by a new one.
  await client.cancelQueries({ queryKey, exact: true });
  await client.invalidateQueries({ queryKey, exact: true });
}

/**
 * Message bodies go only to the sockets with the thread open. When a list row says a conversation changed
 * and its thread is cached but not open, the cache may be missing a message: mark it stale, so opening the
 * thread reads it again, without fetching anything now.
 */
export function markClosedThreadStale(client: QueryClient, conversationId: string): void {
  void client.invalidateQueries({ queryKey: queryKeys.messages(conversationId), exact: true, refetchType: 'none', predicate: (q) => !q.isActive() });
}
