import { useEffect, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Navigate, useLocation } from 'react-router';
import { onUnauthorized } from '../../http/api-fetch';
import { queryKeys } from '../../http/query-keys';
import { ErrorState } from '../../ui/components/error-state';
import { FullPageSpinner } from '../../ui/components/full-page-spinner';
import { useCurrentUserQuery } from '../hooks/use-current-user';

export type AuthGuardProps = { children: ReactNode };

/** Renders its children only for a signed-in user; any 401 (an expired session) sends the user to /login. */
export function AuthGuard({ children }: AuthGuardProps) {
  const client = useQueryClient();
  const location = useLocation();
  const me = useCurrentUserQuery();

  useEffect(() => onUnauthorized(() => client.setQueryData(queryKeys.me, null)), [client]);

  if (me.isPending) return <FullPageSpinner />;
  if (me.isError) return <ErrorState error={me.error} title="Cannot load your account" onRetry={() => me.refetch()} />;
  if (!me.data) {
    const next = location.pathname + location.search;
    return <Navigate to={`/login${next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`} replace />;
  }
  return <>{children}</>;
}
