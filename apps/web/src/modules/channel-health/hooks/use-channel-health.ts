import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../http/query-keys';
import { fetchChannelHealth } from '../api/channel-health-source';

/** Every inbox's health, refreshed each 30 s while the panel is open (it is a live view of the last hour). */
export function useChannelHealth() {
  return useQuery({
    queryKey: queryKeys.channelHealth,
    queryFn: ({ signal }) => fetchChannelHealth(signal),
    refetchInterval: 30_000,
  });
}
