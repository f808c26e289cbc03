import type { AutoReplyRuleDto, AutoReplyTrigger, BusinessHoursDto, Priority, SlaPolicyDto } from '@parley/contracts';
import { apiFetch } from '../../http/api-fetch';

/** Bodies of apps/api/src/http/automation/automation.dto.ts. */
export interface AutoReplyInput {
  trigger: AutoReplyTrigger;
  body: string;
  keywords?: string[];
  pattern?: string | null;
  enabled?: boolean;
  position?: number;
}

export interface SlaPolicyInput {
  name: string;
  inboxId: string;
  firstResponseMinutes: number | null;
  nextResponseMinutes: number | null;
  resolutionMinutes: number | null;
  businessHoursOnly: boolean;
  reminderLeadMinutes: number;
  tagId: string | null;
  priority: Priority | null;
  escalatePriority: Priority | null;
  escalateTeamId: string | null;
  enabled: boolean;
}

export const businessHoursApi = {
  get: (inboxId: string) => apiFetch<{ businessHours: BusinessHoursDto | null }>(`/inboxes/${inboxId}/business-hours`),
  set: (inboxId: string, businessHours: BusinessHoursDto | null) =>
    apiFetch<{ businessHours: BusinessHoursDto | null }>(`/inboxes/${inboxId}/business-hours`, { method: 'PUT', body: { businessHours } }),
};

export const autoRepliesApi = {
  list: (inboxId: string) => apiFetch<AutoReplyRuleDto[]>(`/inboxes/${inboxId}/auto-replies`),
  create: (inboxId: string, input: AutoReplyInput) => apiFetch<AutoReplyRuleDto>(`/inboxes/${inboxId}/auto-replies`, { method: 'POST', body: input }),
  update: (inboxId: string, id: string, input: Partial<AutoReplyInput>) =>
    apiFetch<AutoReplyRuleDto>(`/inboxes/${inboxId}/auto-replies/${id}`, { method: 'PATCH', body: input }),
  remove: (inboxId: string, id: string) => apiFetch<void>(`/inboxes/${inboxId}/auto-replies/${id}`, { method: 'DELETE' }),
};

export const slaPoliciesApi = {
  list: (inboxId?: string) => apiFetch<SlaPolicyDto[]>('/sla-policies', { query: { inboxId } }),
  create: (input: SlaPolicyInput) => apiFetch<SlaPolicyDto>('/sla-policies', { method: 'POST', body: input }),
  update: (id: string, input: Partial<Omit<SlaPolicyInput, 'inboxId'>>) => apiFetch<SlaPolicyDto>(`/sla-policies/${id}`, { method: 'PATCH', body: input }),
  remove: (id: string) => apiFetch<void>(`/sla-policies/${id}`, { method: 'DELETE' }),
};
