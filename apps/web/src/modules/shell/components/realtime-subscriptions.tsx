import { useConversationsRealtime } from '../../conversations/hooks/use-conversations-realtime';
import { useNotificationsRealtime } from '../../notifications/hooks/use-notifications-realtime';
import { usePresenceRealtime } from '../../realtime/hooks/use-presence-realtime';
import { useMessagesRealtime } from '../../thread/hooks/use-messages-realtime';

/** Mounts each feature's subscription hook once for the whole signed-in app. */
export function RealtimeSubscriptions() {
  useConversationsRealtime();
  useMessagesRealtime();
  usePresenceRealtime();
  useNotificationsRealtime();
  return null;
}
