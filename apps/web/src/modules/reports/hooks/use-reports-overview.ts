import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../http/query-keys';
import { listBasedReportsSource, type ReportsSource } from '../api/reports-source';

export function useReportsOverview(source: ReportsSource = listBasedReportsSource) {
  return useQuery({ queryKey: [...queryKeys.reports, 'overview'], queryFn: source.overview, refetchInterval: 60_000 });
}
