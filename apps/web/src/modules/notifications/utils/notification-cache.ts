import type { InfiniteData } from '@tanstack/react-query';
import type { ClientEventMap, NotificationDto, NotificationListDto } from '@parley/contracts';

export type NotificationPages = InfiniteData<NotificationListDto>;
export type PushedNotification = Parameters<ClientEventMap['notification']>[0];

/** A pushed notification on top of the first page (once: a repeated push changes nothing). */
export function addPushed(data: NotificationPages | undefined, n: PushedNotification): NotificationPages | undefined {
  if (!data || data.pages.some((p) => p.items.some((i) => i.id === n.id))) return data;
  const dto: NotificationDto = { ...n, type: n.type as NotificationDto['type'], data: {}, readAt: null };
  const [first, ...rest] = data.pages;
  return { ...data, pages: [{ items: [dto, ...first.items], unreadCount: first.unreadCount + 1 }, ...rest] };
}

/** One notification (or, with `id` null, every one) read now. */
export function markRead(data: NotificationPages | undefined, id: string | null, at = new Date().toISOString()): NotificationPages | undefined {
  if (!data) return data;
  let newlyRead = 0;
  const pages = data.pages.map((p) => ({
    ...p,
    items: p.items.map((i) => {
      if (i.readAt || (id !== null && i.id !== id)) return i;
      newlyRead++;
      return { ...i, readAt: at };
    }),
  }));
  const unread = id === null ? 0 : Math.max(0, data.pages[0].unreadCount - newlyRead);
  pages[0] = { ...pages[0], unreadCount: unread };
  return { ...data, pages };
}

export const unreadCountOf = (data: NotificationPages | undefined) => data?.pages[0]?.unreadCount ?? 0;
