import type { ChannelHealthOverviewDto } from '@parley/contracts';
import { apiFetch } from '../../http/api-fetch';

export const fetchChannelHealth = (signal?: AbortSignal) => apiFetch<ChannelHealthOverviewDto>('/channel-health', { signal });
