import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ReportQuery } from '@parley/contracts';
import { queryKeys } from '../../http/query-keys';
import { apiReportsSource, type ReportsSource } from '../api/reports-source';

export function useReportsOverview(query: ReportQuery, source: ReportsSource = apiReportsSource) {
  return useQuery({
    queryKey: [...queryKeys.reports, 'overview', query],
    queryFn: ({ signal }) => source.overview(query, signal),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}
