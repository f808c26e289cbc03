import ArchiveIcon from '@mui/icons-material/Archive';
import CloseIcon from '@mui/icons-material/Close';
import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import IconButton from '@mui/material/IconButton';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { PRIORITIES } from '@parley/contracts';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { useTags, useTeams, useUsers } from '../../directory/hooks/use-directory';
import { MenuButton } from '../../ui/components/menu-button';
import type { BulkActionRequest } from '@parley/contracts';
import { useBulkAction } from '../hooks/use-conversation-actions';
import { SNOOZE_PRESETS } from '../utils/snooze-presets';

export type BulkActionBarProps = {
  selectedIds: string[];
  archivedView: boolean;
  onClear: () => void;
};

export function BulkActionBar({ selectedIds, archivedView, onClear }: BulkActionBarProps) {
  const me = useCurrentUser();
  const users = useUsers();
  const teams = useTeams();
  const tags = useTags();
  const bulk = useBulkAction();
  const run = (action: BulkActionRequest) => bulk.mutate({ ids: selectedIds, action }, { onSuccess: onClear });
  const busy = bulk.isPending;

  return (
    <Paper
      square
      elevation={0}
      role="toolbar"
      aria-label="Bulk actions"
      sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 0.5, px: 1, py: 0.5, borderBottom: 1, borderColor: 'divider', bgcolor: 'action.selected' }}
    >
      <Typography variant="body2" sx={{ fontWeight: 600, mr: 1 }} aria-live="polite">{selectedIds.length} selected</Typography>
      <MenuButton
        label="Assign"
        disabled={busy}
        items={[
          { key: 'me', label: 'Assign to me', onSelect: () => run({ type: 'assign', assigneeId: me.id }) },
          { key: 'none', label: 'Unassign', onSelect: () => run({ type: 'assign', assigneeId: null }) },
          ...(users.data ?? []).map((u, i) => ({ key: u.id, label: u.name, divider: i === 0, onSelect: () => run({ type: 'assign', assigneeId: u.id }) })),
        ]}
      />
      <MenuButton
        label="Status"
        disabled={busy}
        items={(['open', 'pending', 'resolved'] as const).map((status) => ({ key: status, label: status, onSelect: () => run({ type: 'status', status }) }))}
      />
      <MenuButton
        label="Snooze"
        disabled={busy}
        items={SNOOZE_PRESETS.map((p) => ({ key: p.label, label: p.label, onSelect: () => run({ type: 'snooze', until: p.until(new Date()).toISOString() }) }))}
      />
      <MenuButton
        label="Priority"
        disabled={busy}
        items={PRIORITIES.map((priority) => ({ key: priority, label: priority, onSelect: () => run({ type: 'priority', priority }) }))}
      />
      <MenuButton
        label="Tag"
        disabled={busy || !tags.data?.length}
        items={(tags.data ?? []).map((t) => ({ key: t.id, label: t.name, onSelect: () => run({ type: 'tag', tagIds: [t.id] }) }))}
      />
      <MenuButton
        label="Team"
        disabled={busy}
        items={[
          { key: 'none', label: 'No team', onSelect: () => run({ type: 'team', teamId: null }) },
          ...(teams.data ?? []).map((t) => ({ key: t.id, label: t.name, onSelect: () => run({ type: 'team', teamId: t.id }) })),
        ]}
      />
      <Button size="small" startIcon={<ArchiveIcon />} disabled={busy} onClick={() => run({ type: 'archive', archived: !archivedView })}>
        {archivedView ? 'Unarchive' : 'Archive'}
      </Button>
      <Button size="small" startIcon={<MarkEmailReadIcon />} disabled={busy} onClick={() => run({ type: 'read' })}>Mark read</Button>
      <IconButton size="small" aria-label="Clear selection" onClick={onClear} sx={{ ml: 'auto' }}>
        <CloseIcon fontSize="small" />
      </IconButton>
    </Paper>
  );
}
