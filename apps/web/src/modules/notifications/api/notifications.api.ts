import type { NotificationDto, NotificationListDto, NotificationPreferencesDto } from '@parley/contracts';
import { apiFetch } from '../../http/api-fetch';

export const NOTIFICATIONS_PAGE = 20;

export const notificationsApi = {
  /** Newest first; `before` is the createdAt of the last one shown, for the next (older) page. */
  list: (before?: string, signal?: AbortSignal) =>
    apiFetch<NotificationListDto>('/notifications', { query: { before, limit: NOTIFICATIONS_PAGE }, signal }),
  markRead: (id: string) => apiFetch<NotificationDto>(`/notifications/${id}/read`, { method: 'POST' }),
  markAllRead: () => apiFetch<{ updated: number }>('/notifications/read-all', { method: 'POST' }),
  preferences: (signal?: AbortSignal) => apiFetch<NotificationPreferencesDto>('/notifications/preferences', { signal }),
  setPreferences: (p: NotificationPreferencesDto) => apiFetch<NotificationPreferencesDto>('/notifications/preferences', { method: 'PUT', body: p }),
};
