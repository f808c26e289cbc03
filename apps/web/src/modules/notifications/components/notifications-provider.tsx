import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export interface AppNotification {
  id: string;
  type: string;
  title: string;
  conversationId: string | null;
  createdAt: string;
  read: boolean;
}

interface NotificationsValue {
  items: AppNotification[];
  add: (n: Omit<AppNotification, 'read'>) => void;
  markAllRead: () => void;
}

const NotificationsContext = createContext<NotificationsValue>({ items: [], add: () => undefined, markAllRead: () => undefined });
const MAX_KEPT = 50;

export type NotificationsProviderProps = { children: ReactNode };

/** Notifications are pushed events, not server state: the last fifty live here for the bell menu. */
export function NotificationsProvider({ children }: NotificationsProviderProps) {
  const [items, setItems] = useState<AppNotification[]>([]);
  const add = useCallback((n: Omit<AppNotification, 'read'>) => {
    setItems((current) => (current.some((c) => c.id === n.id) ? current : [{ ...n, read: false }, ...current].slice(0, MAX_KEPT)));
  }, []);
  const markAllRead = useCallback(() => setItems((current) => current.map((n) => ({ ...n, read: true }))), []);
  const value = useMemo(() => ({ items, add, markAllRead }), [items, add, markAllRead]);
  return <NotificationsContext.Provider value={value}>{children}</NotificationsContext.Provider>;
}

export function useNotifications(): NotificationsValue {
  return useContext(NotificationsContext);
}
