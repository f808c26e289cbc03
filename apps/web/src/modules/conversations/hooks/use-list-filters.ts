import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  CONVERSATION_SORTS, CONVERSATION_STATUSES, CONVERSATION_VIEWS, PRIORITIES,
  type ConversationSort, type ConversationStatus, type ConversationView, type Priority,
} from '@parley/contracts';
import type { ListQuery } from '../api/conversations.api';

export type FilterName = 'view' | 'status' | 'inboxId' | 'teamId' | 'assigneeId' | 'tagId' | 'priority' | 'unanswered' | 'sort';

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.includes(value as T) ? (value as T) : undefined;
}

/** The list's filters live in the URL, so a view can be bookmarked and survives a reload. */
export function useListFilters() {
  const [params, setParams] = useSearchParams();

  const query = useMemo<ListQuery>(() => {
    const view = pick<ConversationView>(params.get('view'), CONVERSATION_VIEWS) ?? 'mine';
    const status = pick<ConversationStatus | 'any'>(params.get('status'), [...CONVERSATION_STATUSES, 'any']);
    const unanswered = params.get('unanswered');
    const q: ListQuery = {
      view,
      status: status ?? (view === 'archived' ? 'any' : 'open'),
      sort: pick<ConversationSort>(params.get('sort'), CONVERSATION_SORTS) ?? 'latest',
    };
    for (const key of ['inboxId', 'teamId', 'assigneeId', 'tagId'] as const) {
      const value = params.get(key);
      if (value) q[key] = value;
    }
    const priority = pick<Priority>(params.get('priority'), PRIORITIES);
    if (priority) q.priority = priority;
    if (unanswered === 'true' || unanswered === 'false') q.unanswered = unanswered === 'true';
    return q;
  }, [params]);

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

  return { query, setFilter, clearFilters, search: params.toString() };
}
