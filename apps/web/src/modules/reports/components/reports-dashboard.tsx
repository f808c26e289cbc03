import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ErrorState } from '../../ui/components/error-state';
import { useNow } from '../../ui/hooks/use-now';
import { formatSince, formatShortTime } from '../../ui/utils/format-time';
import { useReportsOverview } from '../hooks/use-reports-overview';
import { AgentLoadChart } from './agent-load-chart';
import { LongestWaitingTable } from './longest-waiting-table';
import { StatCard } from './stat-card';

export function ReportsDashboard() {
  const overview = useReportsOverview();
  const now = useNow();
  const data = overview.data;
  const longest = data?.longestWaiting[0]?.waitingSince;
  return (
    <Box component="main" sx={{ p: 3, overflowY: 'auto', height: '100%' }}>
      <Stack direction="row" sx={{ alignItems: 'baseline', mb: 2, gap: 2 }}>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }}>Queue overview</Typography>
        {data && <Typography variant="caption" color="text.secondary">Updated {formatShortTime(data.generatedAt, now)} · refreshes every minute</Typography>}
      </Stack>
      {overview.isError && <ErrorState error={overview.error} title="Cannot load the numbers" onRetry={() => overview.refetch()} />}
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))', gap: 2, mb: 2 }}>
        <StatCard label="Unanswered now" value={data?.counts.unanswered} tone={data && data.counts.unanswered > 0 ? 'warning' : 'default'} />
        <StatCard label="Longest wait" value={data ? (longest ? formatSince(longest, now) : '—') : undefined} hint="oldest unanswered customer message" />
        <StatCard label="Unassigned" value={data?.counts.unassigned} />
        <StatCard label="All open" value={data?.counts.all} />
        <StatCard label="Archived" value={data?.counts.archived} />
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2 }}>
        {data ? <AgentLoadChart load={data.agentLoad} /> : null}
        {data ? <LongestWaitingTable rows={data.longestWaiting} /> : null}
      </Box>
    </Box>
  );
}
