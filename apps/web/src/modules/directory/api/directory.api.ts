import type { ChannelType, InboxDto, QuickReplyDto, QuickReplyScope, TagDto, TeamDto, UserDto, UserRole } from '@parley/contracts';
import { apiFetch } from '../../http/api-fetch';

export interface CreateUserInput { email: string; name: string; password: string; role: UserRole }
export interface UpdateUserInput { name?: string; password?: string; role?: UserRole; deactivated?: boolean }

export interface InboxInput {
  name: string;
  channel: ChannelType;
  platformAccountId?: string;
  appSecret?: string;
  accessToken?: string;
  verifyToken?: string;
  unarchiveOnIncoming?: boolean;
}

export interface TagInput { name: string; color?: string | null }

export interface QuickReplyInput {
  shortcut: string;
  title: string;
  body: string;
  scope: QuickReplyScope;
  teamId?: string | null;
}

export const usersApi = {
  list: () => apiFetch<UserDto[]>('/users'),
  create: (input: CreateUserInput) => apiFetch<UserDto>('/users', { method: 'POST', body: input }),
  update: (id: string, input: UpdateUserInput) => apiFetch<UserDto>(`/users/${id}`, { method: 'PATCH', body: input }),
};

export const teamsApi = {
  list: () => apiFetch<TeamDto[]>('/teams'),
  create: (name: string) => apiFetch<TeamDto>('/teams', { method: 'POST', body: { name } }),
  rename: (id: string, name: string) => apiFetch<TeamDto>(`/teams/${id}`, { method: 'PATCH', body: { name } }),
  remove: (id: string) => apiFetch<void>(`/teams/${id}`, { method: 'DELETE' }),
  setMembers: (id: string, userIds: string[]) => apiFetch<TeamDto>(`/teams/${id}/members`, { method: 'PUT', body: { userIds } }),
};

export const inboxesApi = {
  list: () => apiFetch<InboxDto[]>('/inboxes'),
  get: (id: string) => apiFetch<InboxDto>(`/inboxes/${id}`),
  create: (input: InboxInput) => apiFetch<InboxDto>('/inboxes', { method: 'POST', body: input }),
  update: (id: string, input: Partial<InboxInput>) => apiFetch<InboxDto>(`/inboxes/${id}`, { method: 'PATCH', body: input }),
  remove: (id: string) => apiFetch<void>(`/inboxes/${id}`, { method: 'DELETE' }),
  setMembers: (id: string, userIds: string[]) => apiFetch<InboxDto>(`/inboxes/${id}/members`, { method: 'PUT', body: { userIds } }),
};

export const tagsApi = {
  list: () => apiFetch<TagDto[]>('/tags'),
  create: (input: TagInput) => apiFetch<TagDto>('/tags', { method: 'POST', body: input }),
  update: (id: string, input: Partial<TagInput>) => apiFetch<TagDto>(`/tags/${id}`, { method: 'PATCH', body: input }),
  remove: (id: string) => apiFetch<void>(`/tags/${id}`, { method: 'DELETE' }),
};

export const quickRepliesApi = {
  list: () => apiFetch<QuickReplyDto[]>('/quick-replies'),
  create: (input: QuickReplyInput) => apiFetch<QuickReplyDto>('/quick-replies', { method: 'POST', body: input }),
  update: (id: string, input: Partial<QuickReplyInput>) => apiFetch<QuickReplyDto>(`/quick-replies/${id}`, { method: 'PATCH', body: input }),
  remove: (id: string) => apiFetch<void>(`/quick-replies/${id}`, { method: 'DELETE' }),
};
