import type {
  CreateInboxRequest, CreateQuickReplyRequest, CreateTagRequest, CreateUserRequest, InboxDto, MembersRequest, QuickReplyDto, TagDto, TeamDto,
  TeamRequest, UpdateInboxRequest, UpdateQuickReplyRequest, UpdateTagRequest, UpdateUserRequest, UserDto,
} from '@parley/contracts';
import { apiFetch } from '../../http/api-fetch';

export const usersApi = {
  list: () => apiFetch<UserDto[]>('/users'),
  create: (input: CreateUserRequest) => apiFetch<UserDto>('/users', { method: 'POST', body: input }),
  update: (id: string, input: UpdateUserRequest) => apiFetch<UserDto>(`/users/${id}`, { method: 'PATCH', body: input }),
};

export const teamsApi = {
  list: () => apiFetch<TeamDto[]>('/teams'),
  create: (name: string) => apiFetch<TeamDto>('/teams', { method: 'POST', body: { name } satisfies TeamRequest }),
  rename: (id: string, name: string) => apiFetch<TeamDto>(`/teams/${id}`, { method: 'PATCH', body: { name } satisfies TeamRequest }),
  remove: (id: string) => apiFetch<void>(`/teams/${id}`, { method: 'DELETE' }),
  setMembers: (id: string, userIds: string[]) => apiFetch<TeamDto>(`/teams/${id}/members`, { method: 'PUT', body: { userIds } satisfies MembersRequest }),
};

export const inboxesApi = {
  list: () => apiFetch<InboxDto[]>('/inboxes'),
  get: (id: string) => apiFetch<InboxDto>(`/inboxes/${id}`),
  create: (input: CreateInboxRequest) => apiFetch<InboxDto>('/inboxes', { method: 'POST', body: input }),
  update: (id: string, input: UpdateInboxRequest) => apiFetch<InboxDto>(`/inboxes/${id}`, { method: 'PATCH', body: input }),
  remove: (id: string) => apiFetch<void>(`/inboxes/${id}`, { method: 'DELETE' }),
  setMembers: (id: string, userIds: string[]) => apiFetch<InboxDto>(`/inboxes/${id}/members`, { method: 'PUT', body: { userIds } satisfies MembersRequest }),
};

export const tagsApi = {
  list: () => apiFetch<TagDto[]>('/tags'),
  create: (input: CreateTagRequest) => apiFetch<TagDto>('/tags', { method: 'POST', body: input }),
  update: (id: string, input: UpdateTagRequest) => apiFetch<TagDto>(`/tags/${id}`, { method: 'PATCH', body: input }),
  remove: (id: string) => apiFetch<void>(`/tags/${id}`, { method: 'DELETE' }),
};

export const quickRepliesApi = {
  list: () => apiFetch<QuickReplyDto[]>('/quick-replies'),
  create: (input: CreateQuickReplyRequest) => apiFetch<QuickReplyDto>('/quick-replies', { method: 'POST', body: input }),
  update: (id: string, input: UpdateQuickReplyRequest) => apiFetch<QuickReplyDto>(`/quick-replies/${id}`, { method: 'PATCH', body: input }),
  remove: (id: string) => apiFetch<void>(`/quick-replies/${id}`, { method: 'DELETE' }),
};
