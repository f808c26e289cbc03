import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { NotificationPreferencesDto } from '@parley/contracts';
import { queryKeys } from '../../http/query-keys';
import { useOnReconnect, useSocketEvent } from '../../realtime/hooks/use-socket-event';
import { useToast } from '../../ui/components/toast-provider';
import { playChime } from '../utils/chime';
import { addPushed, type NotificationPages } from '../utils/notification-cache';
import { DEFAULT_PREFERENCES, useNotificationPreferences } from './use-notifications';

/**
 * A pushed notification joins the bell's list; the agent hears a chime if they asked for one, and sees a toast
 * while the tab is visible or a desktop notification while it is hidden (when they allowed those).
 */
export function useNotificationsRealtime(): void {
  const client = useQueryClient();
  const toast = useToast();
  const navigate = useNavigate();
  useNotificationPreferences(); // loaded once, read at each push below
  useOnReconnect(() => void client.invalidateQueries({ queryKey: queryKeys.notifications }));
  useSocketEvent('notification', (n) => {
    client.setQueryData<NotificationPages>(queryKeys.notifications, (d) => addPushed(d, n));
    const prefs = client.getQueryData<NotificationPreferencesDto>(queryKeys.notificationPreferences) ?? DEFAULT_PREFERENCES;
    if (prefs.sound) playChime();
    if (document.visibilityState === 'visible') {
      toast(n.title, 'info');
      return;
    }
    if (prefs.desktop && typeof Notification !== 'undefined' && Notification.permission === 'granted') {
      const browser = new Notification('Parley', { body: n.title, tag: n.id });
      browser.onclick = () => {
        window.focus();
        if (n.conversationId) navigate(`/conversations/${n.conversationId}?view=all&status=any`);
        browser.close();
      };
    }
  });
}
