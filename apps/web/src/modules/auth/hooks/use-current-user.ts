import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { UserDto } from '@parley/contracts';
import { queryKeys } from '../../http/query-keys';
import { authApi } from '../api/auth.api';

export function useCurrentUserQuery() {
  return useQuery({ queryKey: queryKeys.me, queryFn: authApi.me, staleTime: Infinity });
}

/** The signed-in user; only call below the AuthGuard, which guarantees it is loaded. */
export function useCurrentUser(): UserDto {
  const client = useQueryClient();
  const { data } = useCurrentUserQuery();
  const user = data ?? client.getQueryData<UserDto | null>(queryKeys.me);
  if (!user) throw new Error('useCurrentUser used outside the AuthGuard');
  return user;
}

export function canManage(user: UserDto): boolean {
  return user.role === 'admin' || user.role === 'manager';
}
