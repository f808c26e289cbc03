import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { ChannelType, WaitingConversationDto } from '@parley/contracts';
import { ChannelIcon } from '../../conversations/components/channel-icon';
import { useNow } from '../../ui/hooks/use-now';
import { formatSince } from '../../ui/utils/format-time';

export type LongestWaitingTableProps = { rows: WaitingConversationDto[] };

export function LongestWaitingTable({ rows }: LongestWaitingTableProps) {
  const now = useNow();
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>Waiting longest for a reply</Typography>
      {rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>Nobody is waiting. Nice.</Typography>
      ) : (
        <Table size="small" aria-label="Conversations waiting longest">
          <TableHead>
            <TableRow><TableCell>Contact</TableCell><TableCell>Waiting</TableCell><TableCell>Assignee</TableCell></TableRow>
          </TableHead>
          <TableBody>
            {rows.map((c) => (
              <TableRow key={c.id}>
                <TableCell>
                  <ChannelIcon channel={c.channel as ChannelType} sx={{ verticalAlign: 'middle', mr: 1 }} />
                  <Link component={RouterLink} to={`/conversations/${c.id}?view=all`}>{c.contactName ?? 'Unknown contact'}</Link>
                </TableCell>
                <TableCell>{formatSince(c.waitingSince, now)}</TableCell>
                <TableCell>{c.assignee?.name ?? <em>Unassigned</em>}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}
