import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { SlaPolicyDto } from '@parley/contracts';
import { useInboxes, useTags } from '../../../directory/hooks/use-directory';
import { useDirectoryMutation } from '../../../directory/hooks/use-directory-mutation';
import { queryKeys } from '../../../http/query-keys';
import { ConfirmDialog } from '../../../ui/components/confirm-dialog';
import { EmptyState } from '../../../ui/components/empty-state';
import { slaPoliciesApi } from '../../api/automation.api';
import { useSlaPolicies } from '../../hooks/use-automation';
import { SettingsSection } from '../settings-section';
import { InboxPicker } from './inbox-picker';
import { SlaPolicyFormDialog } from './sla-policy-form-dialog';

const mins = (m: number | null) => (m == null ? '—' : m % 60 === 0 ? `${m / 60}h` : `${m}m`);

export function SlaPoliciesSettings() {
  const [inboxId, setInboxId] = useState('');
  const policies = useSlaPolicies(inboxId);
  const inboxes = useInboxes();
  const tags = useTags();
  const [editing, setEditing] = useState<{ policy?: SlaPolicyDto } | null>(null);
  const [deleting, setDeleting] = useState<SlaPolicyDto | null>(null);
  const remove = useDirectoryMutation((id: string) => slaPoliciesApi.remove(id), queryKeys.slaPolicies, 'SLA policy deleted');
  const narrowing = (p: SlaPolicyDto) =>
    [p.tagId && `Tag: ${tags.data?.find((t) => t.id === p.tagId)?.name ?? '…'}`, p.priority && `Priority: ${p.priority}`].filter(Boolean).join(', ') || 'All conversations';
  return (
    <SettingsSection
      title="SLA policies"
      description="Response and resolution targets per inbox. Agents are reminded before a target is due; a breach can raise the priority or hand the conversation to a team."
      action={<Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing({})}>New SLA policy</Button>}
      loading={policies.isPending}
      error={policies.error}
      onRetry={() => policies.refetch()}
    >
      <Box sx={{ p: 2, pb: 0 }}><InboxPicker value={inboxId} onChange={setInboxId} allowAll /></Box>
      {policies.data?.length === 0 ? (
        <EmptyState title="No SLA policies yet" description="Set how fast your team should answer and resolve conversations." />
      ) : (
        <Table size="small" aria-label="SLA policies">
          <TableHead><TableRow><TableCell>Name</TableCell><TableCell>Inbox</TableCell><TableCell>First / next / resolution</TableCell><TableCell>Applies to</TableCell><TableCell>Status</TableCell><TableCell align="right">Actions</TableCell></TableRow></TableHead>
          <TableBody>
            {(policies.data ?? []).map((p) => (
              <TableRow key={p.id} hover>
                <TableCell sx={{ fontWeight: 600 }}>{p.name}</TableCell>
                <TableCell>{inboxes.data?.find((i) => i.id === p.inboxId)?.name ?? '…'}</TableCell>
                <TableCell>{mins(p.firstResponseMinutes)} / {mins(p.nextResponseMinutes)} / {mins(p.resolutionMinutes)}{p.businessHoursOnly ? ' (business hours)' : ''}</TableCell>
                <TableCell>{narrowing(p)}</TableCell>
                <TableCell><Chip size="small" variant="outlined" color={p.enabled ? 'success' : 'default'} label={p.enabled ? 'Enabled' : 'Disabled'} /></TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <Button size="small" onClick={() => setEditing({ policy: p })}>Edit</Button>
                  <Button size="small" color="error" onClick={() => setDeleting(p)}>Delete</Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {editing && <SlaPolicyFormDialog policy={editing.policy} defaultInboxId={inboxId || inboxes.data?.[0]?.id || ''} onClose={() => setEditing(null)} />}
      <ConfirmDialog open={Boolean(deleting)} title={`Delete ${deleting?.name ?? ''}?`} description="Conversations will no longer be timed against it." confirmLabel="Delete" destructive
        busy={remove.isPending} onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })} onClose={() => setDeleting(null)} />
    </SettingsSection>
  );
}
