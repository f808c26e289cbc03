import type { UnknownAccountsDto } from '@parley/contracts';
import { apiFetch } from '../../http/api-fetch';

export const inboxDiagnosticsApi = {
  unknownAccounts: (inboxId: string) => apiFetch<UnknownAccountsDto>(`/inboxes/${inboxId}/unknown-accounts`),
};
