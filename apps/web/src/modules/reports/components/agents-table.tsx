import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { ReportOverviewDto } from '@parley/contracts';
import { activityLink, formatMs, openLoadLink } from '../utils/report-links';

export type AgentsTableProps = { report: ReportOverviewDto };

export function AgentsTable({ report }: AgentsTableProps) {
  const link = (to: string, value: number, label: string) => (
    <Link component={RouterLink} to={to} aria-label={`${label}: ${value}, show conversations`}>{value}</Link>
  );
  return (
    <Paper variant="outlined" sx={{ p: 2, overflowX: 'auto' }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>Agents</Typography>
      {report.agents.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>No agents in this scope.</Typography>
      ) : (
        <Table size="small" aria-label="Per-agent figures">
          <TableHead>
            <TableRow>
              <TableCell>Agent</TableCell>
              <TableCell align="right">Open now</TableCell>
              <TableCell align="right">Answered</TableCell>
              <TableCell align="right">Median response</TableCell>
              <TableCell align="right">SLA breaches</TableCell>
              <TableCell align="right">Resolved</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {report.agents.map((a) => (
              <TableRow key={a.agent.id}>
                <TableCell>{a.agent.name}</TableCell>
                <TableCell align="right">{link(openLoadLink(report, a.agent.id), a.openLoad, `${a.agent.name} open`)}</TableCell>
                <TableCell align="right">{link(activityLink(report, 'replied', { by: a.agent.id }), a.answered, `${a.agent.name} answered`)}</TableCell>
                <TableCell align="right">{formatMs(a.medianResponseMs)}</TableCell>
                <TableCell align="right">{link(activityLink(report, 'sla_missed', { by: a.agent.id }), a.slaMissed, `${a.agent.name} SLA breaches`)}</TableCell>
                <TableCell align="right">{link(activityLink(report, 'resolved', { by: a.agent.id }), a.resolved, `${a.agent.name} resolved`)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}
