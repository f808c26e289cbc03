import type { AutoReplyRuleDto, AutoReplyTrigger, BusinessHoursDto, SlaPolicyDto } from '@parley/contracts';
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

/** The create body is the policy without its id (the shared DTO from libs/contracts, not a second copy). */
export type SlaPolicyInput = Omit<SlaPolicyDto, 'id'>;

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
