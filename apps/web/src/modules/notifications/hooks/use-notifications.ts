import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationPreferencesDto } from '@parley/contracts';
import { queryKeys } from '../../http/query-keys';
import { NOTIFICATIONS_PAGE, notificationsApi } from '../api/notifications.api';
import { markRead, type NotificationPages } from '../utils/notification-cache';

export const DEFAULT_PREFERENCES: NotificationPreferencesDto = { muted: [], desktop: true, sound: false };

/** The stored notifications, newest first, a page at a time; pushes are added to the cache as they come. */
export function useNotificationList() {
  return useInfiniteQuery({
    queryKey: queryKeys.notifications,
    queryFn: ({ pageParam, signal }) => notificationsApi.list(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.items.length === NOTIFICATIONS_PAGE ? last.items[last.items.length - 1].createdAt : undefined),
    staleTime: 60_000,
  });
}

/** Marks one notification read (`id`) or all of them (`null`), in the cache at once and then on the server. */
export function useMarkNotificationsRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string | null): Promise<void> => { await (id === null ? notificationsApi.markAllRead() : notificationsApi.markRead(id)); },
    onMutate: (id) => client.setQueryData<NotificationPages>(queryKeys.notifications, (d) => markRead(d, id)),
    onError: () => client.invalidateQueries({ queryKey: queryKeys.notifications }),
  });
}

export function useNotificationPreferences() {
  return useQuery({ queryKey: queryKeys.notificationPreferences, queryFn: ({ signal }) => notificationsApi.preferences(signal), staleTime: Infinity });
}

export function useSetNotificationPreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: notificationsApi.setPreferences,
    onMutate: (p) => client.setQueryData(queryKeys.notificationPreferences, p),
    onSettled: (saved, error) => {
      if (saved && !error) client.setQueryData(queryKeys.notificationPreferences, saved);
      else void client.invalidateQueries({ queryKey: queryKeys.notificationPreferences });
    },
  });
}
