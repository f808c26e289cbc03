import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { DurationMetricDto, ReportActivity, ReportOverviewDto } from '@parley/contracts';
import { activityLink, formatMs } from '../utils/report-links';

export type DurationsTableProps = { report: ReportOverviewDto };

const METRICS: { key: keyof ReportOverviewDto['durations']; label: string; activity: ReportActivity }[] = [
  { key: 'firstResponse', label: 'First response', activity: 'replied' },
  { key: 'nextResponse', label: 'Next response', activity: 'replied' },
  { key: 'resolution', label: 'Resolution', activity: 'resolved' },
];

export function DurationsTable({ report }: DurationsTableProps) {
  const cell = (m: DurationMetricDto, clock: 'wall' | 'business') => `${formatMs(m[clock].median)} / ${formatMs(m[clock].p90)}`;
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>Response and resolution times</Typography>
      <Table size="small" aria-label="Response and resolution times, median and 90th percentile">
        <TableHead>
          <TableRow>
            <TableCell>Metric</TableCell>
            <TableCell align="right">Count</TableCell>
            <TableCell align="right">Median / p90</TableCell>
            <TableCell align="right">Business hours median / p90</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {METRICS.map(({ key, label, activity }) => {
            const m = report.durations[key];
            return (
              <TableRow key={key}>
                <TableCell>{label}</TableCell>
                <TableCell align="right">
                  <Link component={RouterLink} to={activityLink(report, activity)} aria-label={`${label}: ${m.wall.count}, show conversations`}>{m.wall.count}</Link>
                </TableCell>
                <TableCell align="right">{cell(m, 'wall')}</TableCell>
                <TableCell align="right">{m.business.count > 0 ? cell(m, 'business') : <Typography variant="caption" color="text.secondary">no SLA data</Typography>}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Paper>
  );
}
