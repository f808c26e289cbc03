import { useEffect, useState } from 'react';
import type { UserRefDto } from '@parley/contracts';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { useRealtime } from '../../realtime/components/realtime-provider';
import { useSocketEvent } from '../../realtime/hooks/use-socket-event';

const DEFAULT_TYPING_TTL_MS = 6000;

/**
 * Reports who else views this conversation or types in it. The server sends both to the conversation's
 * room, which the open thread joins (useThreadRoom).
 */
export function useThreadPresence(conversationId: string) {
  const me = useCurrentUser();
  const { state } = useRealtime();
  const [viewers, setViewers] = useState<UserRefDto[]>([]);
  const [typing, setTyping] = useState<Record<string, { name: string; until: number }>>({});

  // Another thread, or a new connection: the server sends the current viewers again after the join.
  useEffect(() => {
    setViewers([]);
    setTyping({});
  }, [state, conversationId]);

  useSocketEvent('viewing', (p) => {
    if (p.conversationId === conversationId) setViewers(p.users.filter((u) => u.id !== me.id));
  });
  useSocketEvent('typing', (p) => {
    if (p.conversationId !== conversationId || p.user.id === me.id) return;
    setTyping((current) => {
      const next = { ...current };
      if (p.typing) next[p.user.id] = { name: p.user.name, until: Date.now() + (p.expiresInMs || DEFAULT_TYPING_TTL_MS) };
      else delete next[p.user.id];
      return next;
    });
  });

  // Typing is ephemeral: forget it after the server's expiresInMs unless it is repeated.
  useEffect(() => {
    if (Object.keys(typing).length === 0) return;
    const timer = window.setInterval(() => {
      setTyping((current) => Object.fromEntries(Object.entries(current).filter(([, t]) => t.until > Date.now())));
    }, 1000);
    return () => window.clearInterval(timer);
  }, [typing]);

  return { viewers, typers: Object.values(typing).map((t) => t.name) };
}
