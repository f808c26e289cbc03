import { useNavigate } from 'react-router';
import { useSocketEvent } from '../../realtime/hooks/use-socket-event';
import { useToast } from '../../ui/components/toast-provider';
import { useNotifications } from '../components/notifications-provider';

/** In-app toast when the tab is visible; a browser notification when it is hidden (if the agent allowed them). */
export function useNotificationsRealtime(): void {
  const { add } = useNotifications();
  const toast = useToast();
  const navigate = useNavigate();
  useSocketEvent('notification', (n) => {
    add(n);
    if (document.visibilityState === 'visible') {
      toast(n.title, 'info');
      return;
    }
    if (typeof Notification !== 'undefined' && Notification.permission === 'granted') {
      const browser = new Notification('Parley', { body: n.title, tag: n.id });
      browser.onclick = () => {
        window.focus();
        if (n.conversationId) navigate(`/conversations/${n.conversationId}`);
        browser.close();
      };
    }
  });
}
