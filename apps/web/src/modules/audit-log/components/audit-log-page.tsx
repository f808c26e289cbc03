import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { SettingsSection } from '../../settings/components/settings-section';
import { formatDateTime } from '../../ui/utils/format-time';
import type { AuditLogFilters } from '../api/audit-log.api';
import { useAuditLog } from '../hooks/use-audit-log';
import { AuditLogFiltersBar } from './audit-log-filters-bar';

/** Read-only: the app has no way to change an entry (the API has no such route, the database refuses). */
export function AuditLogPage() {
  const [filters, setFilters] = useState<AuditLogFilters>({});
  const log = useAuditLog(filters);
  const entries = log.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <SettingsSection
      title="Audit log"
      description="Every admin and privacy action: who did it, when, what and from where. Entries cannot be edited."
      error={log.error}
      onRetry={() => log.refetch()}
    >
      <AuditLogFiltersBar filters={filters} onChange={setFilters} />
      <Table size="small" aria-label="Audit log">
        <TableHead><TableRow><TableCell>When</TableCell><TableCell>Who</TableCell><TableCell>Action</TableCell><TableCell>Target</TableCell><TableCell>Details</TableCell><TableCell>From</TableCell></TableRow></TableHead>
        <TableBody>
          {entries.map((e) => (
            <TableRow key={e.id}>
              <TableCell>{formatDateTime(e.createdAt)}</TableCell>
              <TableCell>{e.actor ? e.actor.name : 'System'}</TableCell>
              <TableCell>{e.action}</TableCell>
              <TableCell>{e.targetType} {e.targetId}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace', fontSize: 12 }}>{Object.keys(e.data).length ? JSON.stringify(e.data) : ''}</TableCell>
              <TableCell>{e.ip ?? ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {!log.isPending && entries.length === 0 && <Typography sx={{ p: 2 }} color="text.secondary">No entries match these filters.</Typography>}
      {log.hasNextPage && (
        <Box sx={{ p: 2 }}><Button onClick={() => log.fetchNextPage()} disabled={log.isFetchingNextPage}>Load older entries</Button></Box>
      )}
    </SettingsSection>
  );
}
