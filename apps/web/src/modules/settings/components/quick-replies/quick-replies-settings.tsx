import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { QuickReplyDto } from '@parley/contracts';
import { quickRepliesApi } from '../../../directory/api/directory.api';
import { useQuickReplies, useTeams } from '../../../directory/hooks/use-directory';
import { useDirectoryMutation } from '../../../directory/hooks/use-directory-mutation';
import { queryKeys } from '../../../http/query-keys';
import { ConfirmDialog } from '../../../ui/components/confirm-dialog';
import { EmptyState } from '../../../ui/components/empty-state';
import { SettingsSection } from '../settings-section';
import { QuickReplyFormDialog } from './quick-reply-form-dialog';

export function QuickRepliesSettings() {
  const replies = useQuickReplies();
  const teams = useTeams();
  const [editing, setEditing] = useState<{ reply?: QuickReplyDto } | null>(null);
  const [deleting, setDeleting] = useState<QuickReplyDto | null>(null);
  const remove = useDirectoryMutation((id: string) => quickRepliesApi.remove(id), queryKeys.quickReplies, 'Quick reply deleted');
  const scopeLabel = (r: QuickReplyDto) =>
    r.scope === 'team' ? `Team: ${teams.data?.find((t) => t.id === r.teamId)?.name ?? '…'}` : r.scope === 'global' ? 'Everyone' : 'Personal';
  return (
    <SettingsSection
      title="Quick replies"
      description="Saved answers agents insert with / in the composer. Global ones are for everyone, team ones for a team, personal ones for their author."
      action={<Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing({})}>New quick reply</Button>}
      loading={replies.isPending}
      error={replies.error}
      onRetry={() => replies.refetch()}
    >
      {replies.data?.length === 0 ? (
        <EmptyState title="No quick replies yet" description="Save the answers your team gives most often." />
      ) : (
        <Table size="small" aria-label="Quick replies">
          <TableHead><TableRow><TableCell>Shortcut</TableCell><TableCell>Title</TableCell><TableCell>Text</TableCell><TableCell>Shared with</TableCell><TableCell>Used</TableCell><TableCell align="right">Actions</TableCell></TableRow></TableHead>
          <TableBody>
            {(replies.data ?? []).map((r) => (
              <TableRow key={r.id} hover>
                <TableCell sx={{ fontFamily: 'monospace', fontWeight: 600 }}>/{r.shortcut}</TableCell>
                <TableCell>{r.title}</TableCell>
                <TableCell sx={{ maxWidth: 360, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }} title={r.body}>{r.body}</TableCell>
                <TableCell><Chip size="small" variant="outlined" label={scopeLabel(r)} /></TableCell>
                <TableCell>{r.usageCount}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <Button size="small" onClick={() => setEditing({ reply: r })}>Edit</Button>
                  <Button size="small" color="error" onClick={() => setDeleting(r)}>Delete</Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {editing && <QuickReplyFormDialog reply={editing.reply} onClose={() => setEditing(null)} />}
      <ConfirmDialog open={Boolean(deleting)} title={`Delete /${deleting?.shortcut ?? ''}?`} description="Agents will no longer find it in the composer." confirmLabel="Delete" destructive
        busy={remove.isPending} onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })} onClose={() => setDeleting(null)} />
    </SettingsSection>
  );
}
