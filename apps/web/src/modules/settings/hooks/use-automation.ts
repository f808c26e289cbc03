import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../http/query-keys';
import { autoRepliesApi, businessHoursApi, slaPoliciesApi } from '../api/automation.api';

export function useBusinessHours(inboxId: string) {
  return useQuery({ queryKey: queryKeys.businessHours(inboxId), queryFn: () => businessHoursApi.get(inboxId), enabled: Boolean(inboxId) });
}

export function useAutoReplies(inboxId: string) {
  return useQuery({ queryKey: queryKeys.autoReplies(inboxId), queryFn: () => autoRepliesApi.list(inboxId), enabled: Boolean(inboxId) });
}

export function useSlaPolicies(inboxId: string) {
  return useQuery({ queryKey: queryKeys.slaPolicyList(inboxId), queryFn: () => slaPoliciesApi.list(inboxId || undefined) });
}
