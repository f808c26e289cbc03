import { useInfiniteQuery } from '@tanstack/react-query';
import { auditLogApi, type AuditLogFilters } from '../api/audit-log.api';

/** The audit log newest first, 50 entries a page; the filters are part of the key. */
export function useAuditLog(filters: AuditLogFilters) {
  return useInfiniteQuery({
    queryKey: ['audit-log', filters],
    queryFn: ({ pageParam }) => auditLogApi.page(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
