import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { TagDto } from '@parley/contracts';
import { tagsApi } from '../../../directory/api/directory.api';
import { useTags } from '../../../directory/hooks/use-directory';
import { useDirectoryMutation } from '../../../directory/hooks/use-directory-mutation';
import { queryKeys } from '../../../http/query-keys';
import { ConfirmDialog } from '../../../ui/components/confirm-dialog';
import { EmptyState } from '../../../ui/components/empty-state';
import { TagChip } from '../../../ui/components/tag-chip';
import { SettingsSection } from '../settings-section';
import { TagFormDialog } from './tag-form-dialog';

export function TagsSettings() {
  const tags = useTags();
  const [editing, setEditing] = useState<{ tag?: TagDto } | null>(null);
  const [deleting, setDeleting] = useState<TagDto | null>(null);
  const remove = useDirectoryMutation((id: string) => tagsApi.remove(id), queryKeys.tags, 'Tag deleted');
  return (
    <SettingsSection
      title="Tags"
      description="Label conversations (refund, bug, VIP) to filter and report on them."
      action={<Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing({})}>New tag</Button>}
      loading={tags.isPending}
      error={tags.error}
      onRetry={() => tags.refetch()}
    >
      {tags.data?.length === 0 ? (
        <EmptyState title="No tags yet" />
      ) : (
        <Table size="small" aria-label="Tags">
          <TableHead><TableRow><TableCell>Tag</TableCell><TableCell>Colour</TableCell><TableCell align="right">Actions</TableCell></TableRow></TableHead>
          <TableBody>
            {(tags.data ?? []).map((t) => (
              <TableRow key={t.id} hover>
                <TableCell><TagChip tag={t} size="medium" /></TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{t.color ?? '—'}</TableCell>
                <TableCell align="right">
                  <Button size="small" onClick={() => setEditing({ tag: t })}>Edit</Button>
                  <Button size="small" color="error" onClick={() => setDeleting(t)}>Delete</Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {editing && <TagFormDialog tag={editing.tag} onClose={() => setEditing(null)} />}
      <ConfirmDialog open={Boolean(deleting)} title={`Delete tag “${deleting?.name ?? ''}”?`} description="It is removed from every conversation." confirmLabel="Delete tag" destructive
        busy={remove.isPending} onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })} onClose={() => setDeleting(null)} />
    </SettingsSection>
  );
}
