import {
  CONVERSATION_SORTS, CONVERSATION_STATUSES, CONVERSATION_VIEWS, PRIORITIES,
  type ConversationSort, type ConversationStatus, type ConversationView, type Priority, type UserRole,
} from '@parley/contracts';
import type { ListQuery } from '../api/conversations.api';
import { parseActivityFilter } from './parse-activity-filter';

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.includes(value as T) ? (value as T) : undefined;
}

/**
 * The view a list opens on when the URL names none: an agent's own queue; for a manager or an admin, who
 * mostly watch the team's work (and often have nothing assigned), all conversations.
 */
export function defaultView(role: UserRole | null | undefined): ConversationView {
  return role === 'admin' || role === 'manager' ? 'all' : 'mine';
}

/** The list's filters from the URL's search params, with each view's defaults filled in. */
export function parseListQuery(params: URLSearchParams, role?: UserRole | null): ListQuery {
  const view = pick<ConversationView>(params.get('view'), CONVERSATION_VIEWS) ?? defaultView(role);
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
  return { ...q, ...parseActivityFilter(params) };
}
