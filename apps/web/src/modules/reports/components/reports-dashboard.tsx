import DownloadIcon from '@mui/icons-material/Download';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useNavigate } from 'react-router';
import type { ReportOverviewDto } from '@parley/contracts';
import { ErrorState } from '../../ui/components/error-state';
import { useNow } from '../../ui/hooks/use-now';
import { formatSince, formatShortTime } from '../../ui/utils/format-time';
import { apiReportsSource, type ReportsSource } from '../api/reports-source';
import { RANGE_OPTIONS, useReportRange } from '../hooks/use-report-range';
import { useReportsOverview } from '../hooks/use-reports-overview';
import { activityLink, formatRate, openLoadLink, unansweredLink } from '../utils/report-links';
import { AgentLoadChart } from './agent-load-chart';
import { AgentsTable } from './agents-table';
import { DurationsTable } from './durations-table';
import { LongestWaitingTable } from './longest-waiting-table';
import { StatCard } from './stat-card';
import { VolumeCharts } from './volume-charts';

export type ReportsDashboardProps = { source?: ReportsSource };

export function ReportsDashboard({ source = apiReportsSource }: ReportsDashboardProps) {
  const { days, setDays, query } = useReportRange();
  const overview = useReportsOverview(query, source);
  const navigate = useNavigate();
  const now = useNow();
  const data = overview.data;
  return (
    <Box component="main" sx={{ p: { xs: 1.5, sm: 3 }, overflowY: 'auto', overflowX: 'hidden', height: '100%' }}>
      <Stack direction="row" sx={{ alignItems: 'center', mb: 2, gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }}>Queue and promises</Typography>
        <TextField select size="small" label="Range" value={days} onChange={(e) => setDays(Number(e.target.value))} sx={{ minWidth: 160 }}>
          {RANGE_OPTIONS.map((o) => <MenuItem key={o.days} value={o.days}>{o.label}</MenuItem>)}
        </TextField>
        <Button variant="outlined" size="small" startIcon={<DownloadIcon />} href={source.csvUrl(query)} download="parley-report.csv">
          Export CSV
        </Button>
        {data && <Typography variant="caption" color="text.secondary">Updated {formatShortTime(data.generatedAt, now)} · refreshes every minute</Typography>}
      </Stack>
      <Box sx={{ height: 4, mb: 1 }}>{overview.isFetching && <LinearProgress aria-label="Loading the report" />}</Box>
      {overview.isError && <ErrorState error={overview.error} title="Cannot load the report" onRetry={() => overview.refetch()} />}
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))', gap: 2, mb: 2 }}>
        <StatCard label="Unanswered now" value={data?.waiting.unanswered} to={data && unansweredLink(data)} tone={data && data.waiting.unanswered > 0 ? 'warning' : 'default'} />
        <StatCard label="Longest wait" value={data ? (data.waiting.longestWaitingSince ? formatSince(data.waiting.longestWaitingSince, now) : '—') : undefined}
          to={data && unansweredLink(data)} hint="oldest unanswered customer message" />
        <SlaCard label="SLA today" data={data} window="today" />
        <SlaCard label="SLA 7 days" data={data} window="last7Days" />
        <SlaCard label="SLA 30 days" data={data} window="last30Days" />
        <StatCard label="New conversations" value={data?.totals.created} to={data && activityLink(data, 'created')} />
        <StatCard label="Incoming messages" value={data?.totals.incoming} to={data && activityLink(data, 'incoming')} />
      </Box>
      {data && <ReportBody report={data} onNavigate={navigate} />}
    </Box>
  );
}

type SlaCardProps = { label: string; data: ReportOverviewDto | undefined; window: 'today' | 'last7Days' | 'last30Days' };

function SlaCard({ label, data, window }: SlaCardProps) {
  const w = data?.sla[window];
  return (
    <StatCard
      label={label}
      value={w ? formatRate(w.hitRate) : undefined}
      hint={w ? `${w.hit} hit · ${w.missed} breached` : undefined}
      to={data && w ? activityLink(data, 'sla_missed', { from: w.from, to: w.to }) : undefined}
      tone={w && w.missed > 0 ? 'warning' : 'default'}
    />
  );
}

type ReportBodyProps = { report: ReportOverviewDto; onNavigate: (to: string) => void };

function ReportBody({ report, onNavigate }: ReportBodyProps) {
  const empty = report.totals.incoming === 0 && report.totals.created === 0 && report.totals.replies === 0;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 1fr) minmax(0, 1fr)' }, gap: 2 }}>
      {empty && (
        <Typography variant="body2" color="text.secondary" sx={{ gridColumn: '1 / -1' }}>
          No conversations in this range yet. Choose a longer range, or come back once customers have written.
        </Typography>
      )}
      <DurationsTable report={report} />
      <LongestWaitingTable rows={report.waiting.longest} />
      <VolumeCharts byDay={report.volume.byDay} byHour={report.volume.byHour}
        onSelect={(p) => onNavigate(activityLink(report, 'created', { from: p.start, to: p.end }))} />
      <AgentsTable report={report} />
      <AgentLoadChart rows={report.agents} onSelect={(id) => onNavigate(openLoadLink(report, id))} />
    </Box>
  );
}
