import { useQueryClient } from '@tanstack/react-query';
import type { UserDto } from '@parley/contracts';
import { queryKeys } from '../../http/query-keys';
import { useSocketEvent } from './use-socket-event';

/** Keeps agents' availability dots current. */
export function usePresenceRealtime(): void {
  const client = useQueryClient();
  useSocketEvent('presence', ({ userId, availability }) => {
    client.setQueryData<UserDto[]>(queryKeys.users, (users) => users?.map((u) => (u.id === userId ? { ...u, availability } : u)));
    client.setQueryData<UserDto | null>(queryKeys.me, (me) => (me && me.id === userId ? { ...me, availability } : me));
  });
}
