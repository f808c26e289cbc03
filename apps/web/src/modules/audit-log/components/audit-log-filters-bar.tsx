import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { AUDIT_ACTIONS, type AuditAction } from '@parley/contracts';
import { useUsers } from '../../directory/hooks/use-directory';
import type { AuditLogFilters } from '../api/audit-log.api';

export type AuditLogFiltersBarProps = { filters: AuditLogFilters; onChange: (filters: AuditLogFilters) => void };

export function AuditLogFiltersBar({ filters, onChange }: AuditLogFiltersBarProps) {
  const users = useUsers();
  return (
    <Stack direction="row" sx={{ gap: 2, p: 2, flexWrap: 'wrap' }}>
      <TextField select size="small" label="Action" value={filters.action ?? ''} sx={{ minWidth: 220 }}
        onChange={(e) => onChange({ ...filters, action: (e.target.value || undefined) as AuditAction | undefined })}>
        <MenuItem value="">Any action</MenuItem>
        {AUDIT_ACTIONS.map((a) => <MenuItem key={a} value={a}>{a}</MenuItem>)}
      </TextField>
      <TextField select size="small" label="Who" value={filters.actorId ?? ''} sx={{ minWidth: 200 }}
        onChange={(e) => onChange({ ...filters, actorId: e.target.value || undefined })}>
        <MenuItem value="">Anyone</MenuItem>
        {(users.data ?? []).map((u) => <MenuItem key={u.id} value={u.id}>{u.name}</MenuItem>)}
      </TextField>
      <TextField size="small" label="Target id" value={filters.targetId ?? ''} sx={{ minWidth: 280 }}
        onChange={(e) => onChange({ ...filters, targetId: e.target.value.trim() || undefined })} />
    </Stack>
  );
}
