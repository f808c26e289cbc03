import type { AuditEntryDto, AuditLogQuery, PageDto } from '@parley/contracts';
import { apiFetch } from '../../http/api-fetch';

export type AuditLogFilters = Pick<AuditLogQuery, 'action' | 'actorId' | 'targetId'>;

export const auditLogApi = {
  page: (filters: AuditLogFilters, cursor?: string) =>
    apiFetch<PageDto<AuditEntryDto>>('/audit-log', { query: { ...filters, cursor, limit: 50 } }),
};
