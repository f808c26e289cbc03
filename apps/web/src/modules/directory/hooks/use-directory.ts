import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../http/query-keys';
import { inboxesApi, quickRepliesApi, tagsApi, teamsApi, usersApi } from '../api/directory.api';

/** Reference data shared by the inbox and the settings pages; it changes rarely, so it stays fresh for minutes. */
const DIRECTORY_STALE_MS = 5 * 60_000;

export function useUsers() {
  return useQuery({ queryKey: queryKeys.users, queryFn: usersApi.list, staleTime: DIRECTORY_STALE_MS });
}

export function useTeams() {
  return useQuery({ queryKey: queryKeys.teams, queryFn: teamsApi.list, staleTime: DIRECTORY_STALE_MS });
}

export function useInboxes() {
  return useQuery({ queryKey: queryKeys.inboxes, queryFn: inboxesApi.list, staleTime: DIRECTORY_STALE_MS });
}

export function useTags() {
  return useQuery({ queryKey: queryKeys.tags, queryFn: tagsApi.list, staleTime: DIRECTORY_STALE_MS });
}

export function useQuickReplies() {
  return useQuery({ queryKey: queryKeys.quickReplies, queryFn: quickRepliesApi.list });
}
