import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { ConversationDetailDto, ConversationListItemDto, PageDto, Priority, UserDto } from '@parley/contracts';
import { queryKeys } from '../../http/query-keys';
import type { ListQuery } from '../api/conversations.api';

export type ConversationPages = InfiniteData<PageDto<ConversationListItemDto>, string | undefined>;
type Item = ConversationListItemDto;

const PRIORITY_RANK: Record<Priority, number> = { none: 0, low: 1, medium: 2, high: 3, urgent: 4 };
const time = (iso: string | null) => (iso ? new Date(iso).getTime() : null);

/** Mirrors the server's filters, so a realtime update can move a row in or out of a loaded list. */
export function matchesQuery(c: Item, query: ListQuery, meId: string | undefined): boolean {
  const view = query.view ?? 'all';
  if (view === 'archived' ? !c.archived : c.archived) return false;
  if (view === 'mine' && c.assignee?.id !== meId) return false;
  if (view === 'unassigned' && c.assignee) return false;
  const status = query.status ?? (view === 'archived' ? 'any' : 'open');
  if (status !== 'any' && c.status !== status) return false;
  if (query.inboxId && c.inboxId !== query.inboxId) return false;
  if (query.teamId && c.teamId !== query.teamId) return false;
  if (query.assigneeId && c.assignee?.id !== query.assigneeId) return false;
  if (query.tagId && !c.tags.some((t) => t.id === query.tagId)) return false;
  if (query.priority && c.priority !== query.priority) return false;
  if (query.unanswered !== undefined && c.unanswered !== query.unanswered) return false;
  return true;
}

function desc(a: number | null, b: number | null): number {
  return (b ?? -Infinity) - (a ?? -Infinity);
}

/** Negative when `a` is listed before `b`, matching the server's sort orders. */
export function compareConversations(sort: ListQuery['sort'], a: Item, b: Item): number {
  switch (sort) {
    case 'newest':
      return desc(time(a.createdAt), time(b.createdAt));
    case 'waiting':
      return (time(a.waitingSince) ?? Infinity) - (time(b.waitingSince) ?? Infinity);
    case 'priority':
      return PRIORITY_RANK[b.priority] - PRIORITY_RANK[a.priority] || desc(time(a.lastMessageAt), time(b.lastMessageAt));
    default:
      return desc(time(a.lastMessageAt), time(b.lastMessageAt));
  }
}

function placeInPages(data: ConversationPages, c: Item, query: ListQuery, meId: string | undefined): ConversationPages {
  const existing = data.pages.flatMap((p) => p.items).find((i) => i.id === c.id);
  if (existing && existing.version > c.version) return data;
  let pages = data.pages.map((p) => ({ ...p, items: p.items.filter((i) => i.id !== c.id) }));
  // The web cannot tell whether a conversation had a report activity in the range, so a list filtered by one
  // only keeps its rows up to date and never takes in a conversation it did not get from the server.
  const mayEnter = Boolean(existing) || !query.activity;
  if (mayEnter && matchesQuery(c, query, meId)) {
    let inserted = false;
    pages = pages.map((page) => {
      if (inserted) return page;
      const at = page.items.findIndex((i) => compareConversations(query.sort, c, i) < 0);
      if (at === -1) return page;
      inserted = true;
      return { ...page, items: [...page.items.slice(0, at), c, ...page.items.slice(at)] };
    });
    const last = pages[pages.length - 1];
    // After the last loaded row: append only when there is nothing more to load, or paging would repeat it.
    if (!inserted && last && !last.nextCursor) pages[pages.length - 1] = { ...last, items: [...last.items, c] };
  }
  return { ...data, pages };
}

/** Applies a newer version of a conversation to its detail and to every loaded list. Older versions are dropped. */
export function applyConversation(client: QueryClient, c: Item): void {
  const meId = client.getQueryData<UserDto | null>(queryKeys.me)?.id;
  client.setQueryData<ConversationDetailDto>(queryKeys.conversation(c.id), (old) =>
    old && old.version <= c.version ? { ...old, ...c } : old,
  );
  for (const [key, data] of client.getQueriesData<ConversationPages>({ queryKey: queryKeys.conversationLists })) {
    if (!data) continue;
    const query = (key[2] ?? {}) as ListQuery;
    client.setQueryData<ConversationPages>(key, placeInPages(data, c, query, meId));
  }
  scheduleCountsRefresh(client);
}

export function removeConversation(client: QueryClient, id: string): void {
  client.removeQueries({ queryKey: queryKeys.conversation(id) });
  client.setQueriesData<ConversationPages>({ queryKey: queryKeys.conversationLists }, (data) =>
    data ? { ...data, pages: data.pages.map((p) => ({ ...p, items: p.items.filter((i) => i.id !== id) })) } : data,
  );
  scheduleCountsRefresh(client);
}


/** Counts are cheap to refetch but events come in bursts: refresh at most once per second and a half. */
let countsTimer: number | undefined;
export function scheduleCountsRefresh(client: QueryClient): void {
  if (countsTimer !== undefined) return;
  countsTimer = window.setTimeout(() => {
    countsTimer = undefined;
    void client.invalidateQueries({ queryKey: queryKeys.counts });
  }, 1500);
}
