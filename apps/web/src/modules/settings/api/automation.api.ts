import type {
  AutoReplyRuleDto, BusinessHoursDto, BusinessHoursEnvelopeDto, BusinessHoursRequest, CreateAutoReplyRequest, CreateSlaPolicyRequest,
  SlaPolicyDto, UpdateAutoReplyRequest, UpdateSlaPolicyRequest,
} from '@parley/contracts';
import { apiFetch } from '../../http/api-fetch';

export const businessHoursApi = {
  get: (inboxId: string) => apiFetch<BusinessHoursEnvelopeDto>(`/inboxes/${inboxId}/business-hours`),
  set: (inboxId: string, businessHours: BusinessHoursDto | null) =>
    apiFetch<BusinessHoursEnvelopeDto>(`/inboxes/${inboxId}/business-hours`, { method: 'PUT', body: { businessHours } satisfies BusinessHoursRequest }),
};

export const autoRepliesApi = {
  list: (inboxId: string) => apiFetch<AutoReplyRuleDto[]>(`/inboxes/${inboxId}/auto-replies`),
  create: (inboxId: string, input: CreateAutoReplyRequest) => apiFetch<AutoReplyRuleDto>(`/inboxes/${inboxId}/auto-replies`, { method: 'POST', body: input }),
  update: (inboxId: string, id: string, input: UpdateAutoReplyRequest) =>
    apiFetch<AutoReplyRuleDto>(`/inboxes/${inboxId}/auto-replies/${id}`, { method: 'PATCH', body: input }),
  remove: (inboxId: string, id: string) => apiFetch<void>(`/inboxes/${inboxId}/auto-replies/${id}`, { method: 'DELETE' }),
};

export const slaPoliciesApi = {
  list: (inboxId?: string) => apiFetch<SlaPolicyDto[]>('/sla-policies', { query: { inboxId } }),
  create: (input: CreateSlaPolicyRequest) => apiFetch<SlaPolicyDto>('/sla-policies', { method: 'POST', body: input }),
  update: (id: string, input: UpdateSlaPolicyRequest) => apiFetch<SlaPolicyDto>(`/sla-policies/${id}`, { method: 'PATCH', body: input }),
  remove: (id: string) => apiFetch<void>(`/sla-policies/${id}`, { method: 'DELETE' }),
};
