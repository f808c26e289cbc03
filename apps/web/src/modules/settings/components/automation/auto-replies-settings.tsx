import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { AutoReplyRuleDto } from '@parley/contracts';
import { useDirectoryMutation } from '../../../directory/hooks/use-directory-mutation';
import { queryKeys } from '../../../http/query-keys';
import { ConfirmDialog } from '../../../ui/components/confirm-dialog';
import { EmptyState } from '../../../ui/components/empty-state';
import { autoRepliesApi } from '../../api/automation.api';
import { useAutoReplies } from '../../hooks/use-automation';
import { SettingsSection } from '../settings-section';
import { AutoReplyFormDialog, TRIGGER_LABEL } from './auto-reply-form-dialog';
import { InboxPicker } from './inbox-picker';

export function AutoRepliesSettings() {
  const [inboxId, setInboxId] = useState('');
  const replies = useAutoReplies(inboxId);
  const [editing, setEditing] = useState<{ rule?: AutoReplyRuleDto } | null>(null);
  const [deleting, setDeleting] = useState<AutoReplyRuleDto | null>(null);
  const remove = useDirectoryMutation((id: string) => autoRepliesApi.remove(inboxId, id), queryKeys.autoReplies(inboxId), 'Auto-reply deleted');
  const toggle = useDirectoryMutation((r: AutoReplyRuleDto) => autoRepliesApi.update(inboxId, r.id, { enabled: !r.enabled }), queryKeys.autoReplies(inboxId));
  const rows = [...(replies.data ?? [])].sort((a, b) => a.position - b.position);
  const nextPosition = rows.length ? Math.max(...rows.map((r) => r.position)) + 1 : 0;
  return (
    <SettingsSection
      title="Auto-replies"
      description="Automatic answers per inbox: on a conversation's first message, outside business hours, or when a message matches keywords."
      action={<Button variant="contained" startIcon={<AddIcon />} disabled={!inboxId} onClick={() => setEditing({})}>New auto-reply</Button>}
      loading={Boolean(inboxId) && replies.isPending}
      error={replies.error ?? toggle.error}
      onRetry={() => replies.refetch()}
    >
      <Box sx={{ p: 2, pb: 0 }}><InboxPicker value={inboxId} onChange={setInboxId} /></Box>
      {!inboxId ? null : rows.length === 0 ? (
        <EmptyState title="No auto-replies yet" description="Greet new contacts or tell them when you will be back." />
      ) : (
        <Table size="small" aria-label="Auto-replies">
          <TableHead><TableRow><TableCell>Order</TableCell><TableCell>Trigger</TableCell><TableCell>Reply</TableCell><TableCell>Enabled</TableCell><TableCell align="right">Actions</TableCell></TableRow></TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.id} hover>
                <TableCell>{r.position}</TableCell>
                <TableCell>
                  {TRIGGER_LABEL[r.trigger]}
                  {r.keywords.map((k) => <Chip key={k} size="small" variant="outlined" label={k} sx={{ ml: 0.5 }} />)}
                  {r.pattern && <Chip size="small" variant="outlined" label={`/${r.pattern}/`} sx={{ ml: 0.5, fontFamily: 'monospace' }} />}
                </TableCell>
                <TableCell sx={{ maxWidth: 360, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }} title={r.body}>{r.body}</TableCell>
                <TableCell>
                  <Switch size="small" checked={r.enabled} disabled={toggle.isPending} onChange={() => toggle.mutate(r)}
                    slotProps={{ input: { 'aria-label': `Enabled: ${r.body}` } }} />
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <Button size="small" onClick={() => setEditing({ rule: r })}>Edit</Button>
                  <Button size="small" color="error" onClick={() => setDeleting(r)}>Delete</Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {editing && <AutoReplyFormDialog inboxId={inboxId} rule={editing.rule} nextPosition={nextPosition} onClose={() => setEditing(null)} />}
      <ConfirmDialog open={Boolean(deleting)} title="Delete this auto-reply?" description="Contacts will no longer receive it." confirmLabel="Delete" destructive
        busy={remove.isPending} onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })} onClose={() => setDeleting(null)} />
    </SettingsSection>
  );
}
