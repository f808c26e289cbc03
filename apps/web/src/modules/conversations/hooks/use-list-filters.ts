import { useCallback, useMemo } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import type { UserDto } from '@parley/contracts';
import { rememberedRole } from '../../auth/utils/session-hint';
import { queryKeys } from '../../http/query-keys';
import type { ListQuery } from '../api/conversations.api';
import { ACTIVITY_PARAMS } from '../utils/parse-activity-filter';
import { parseListQuery } from '../utils/parse-list-query';

export type FilterName = 'view' | 'status' | 'inboxId' | 'teamId' | 'assigneeId' | 'tagId' | 'priority' | 'unanswered' | 'sort';

/** The list's filters live in the URL, so a view can be bookmarked and survives a reload. */
export function useListFilters() {
  const [params, setParams] = useSearchParams();
  // The signed-in user is loaded before the inbox renders (AuthGuard); the remembered role covers the rest.
  const role = useQueryClient().getQueryData<UserDto | null>(queryKeys.me)?.role ?? rememberedRole();

  const query = useMemo<ListQuery>(() => parseListQuery(params, role), [params, role]);

  const setFilter = useCallback(
    (name: FilterName, value: string | undefined) => {
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        if (value === undefined || value === '') next.delete(name);
        else next.set(name, value);
        // A new view starts from its own default status.
        if (name === 'view') next.delete('status');
        return next;
      });
    },
    [setParams],
  );

  const clearFilters = useCallback(() => {
    setParams((prev) => {
      const next = new URLSearchParams();
      const view = prev.get('view');
      if (view) next.set('view', view);
      return next;
    });
  }, [setParams]);

  /** Drops the report link's activity filter and keeps the rest, so the manager is back in the view they came through. */
  const removeActivityFilter = useCallback(() => {
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const name of ACTIVITY_PARAMS) next.delete(name);
      return next;
    });
  }, [setParams]);

  return { query, setFilter, clearFilters, removeActivityFilter, search: params.toString() };
}
