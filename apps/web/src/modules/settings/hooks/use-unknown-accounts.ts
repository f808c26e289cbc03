import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../http/query-keys';
import { inboxDiagnosticsApi } from '../api/inbox-diagnostics.api';

/** Webhook entries for accounts no inbox is connected to, received with this inbox's app secret. */
export function useUnknownAccounts(inboxId: string, enabled: boolean) {
  return useQuery({ queryKey: queryKeys.unknownAccounts(inboxId), queryFn: () => inboxDiagnosticsApi.unknownAccounts(inboxId), enabled });
}
