import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { TeamDto } from '@parley/contracts';
import { teamsApi } from '../../../directory/api/directory.api';
import { useTeams, useUsers } from '../../../directory/hooks/use-directory';
import { useDirectoryMutation } from '../../../directory/hooks/use-directory-mutation';
import { queryKeys } from '../../../http/query-keys';
import { ConfirmDialog } from '../../../ui/components/confirm-dialog';
import { EmptyState } from '../../../ui/components/empty-state';
import { MembersDialog } from '../members-dialog';
import { NameDialog } from '../name-dialog';
import { SettingsSection } from '../settings-section';

type Dialogs = { kind: 'name'; team?: TeamDto } | { kind: 'members' | 'delete'; team: TeamDto } | null;

export function TeamsSettings() {
  const teams = useTeams();
  const users = useUsers();
  const [dialog, setDialog] = useState<Dialogs>(null);
  const close = () => setDialog(null);
  const save = useDirectoryMutation(({ id, name }: { id?: string; name: string }) => (id ? teamsApi.rename(id, name) : teamsApi.create(name)), queryKeys.teams, 'Team saved');
  const members = useDirectoryMutation(({ id, userIds }: { id: string; userIds: string[] }) => teamsApi.setMembers(id, userIds), queryKeys.teams, 'Members saved');
  const remove = useDirectoryMutation((id: string) => teamsApi.remove(id), queryKeys.teams, 'Team deleted');
  const nameOf = (id: string) => users.data?.find((u) => u.id === id)?.name ?? '…';

  return (
    <SettingsSection
      title="Teams"
      description="Group agents (billing, support, sales) to route conversations and share quick replies."
      action={<Button variant="contained" startIcon={<AddIcon />} onClick={() => setDialog({ kind: 'name' })}>New team</Button>}
      loading={teams.isPending}
      error={teams.error}
      onRetry={() => teams.refetch()}
    >
      {teams.data?.length === 0 ? (
        <EmptyState title="No teams yet" description="Create a team, then add its members." />
      ) : (
        <Table size="small" aria-label="Teams">
          <TableHead><TableRow><TableCell>Team</TableCell><TableCell>Members</TableCell><TableCell align="right">Actions</TableCell></TableRow></TableHead>
          <TableBody>
            {(teams.data ?? []).map((team) => (
              <TableRow key={team.id} hover>
                <TableCell sx={{ fontWeight: 600 }}>{team.name}</TableCell>
                <TableCell>{team.memberIds.length ? team.memberIds.map(nameOf).join(', ') : <em>No members</em>}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <Button size="small" onClick={() => setDialog({ kind: 'members', team })}>Members</Button>
                  <Button size="small" onClick={() => setDialog({ kind: 'name', team })}>Rename</Button>
                  <Button size="small" color="error" onClick={() => setDialog({ kind: 'delete', team })}>Delete</Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {dialog?.kind === 'name' && (
        <NameDialog title={dialog.team ? 'Rename team' : 'New team'} label="name" initial={dialog.team?.name ?? ''} max={80} busy={save.isPending} error={save.error}
          onSave={(name) => save.mutate({ id: dialog.team?.id, name }, { onSuccess: close })} onClose={close} />
      )}
      {dialog?.kind === 'members' && (
        <MembersDialog title={`Members of ${dialog.team.name}`} initial={dialog.team.memberIds} busy={members.isPending} error={members.error}
          onSave={(userIds) => members.mutate({ id: dialog.team.id, userIds }, { onSuccess: close })} onClose={close} />
      )}
      <ConfirmDialog open={dialog?.kind === 'delete'} title="Delete this team?" description="Its conversations keep their messages but lose the team." confirmLabel="Delete team" destructive
        busy={remove.isPending} onConfirm={() => dialog?.kind === 'delete' && remove.mutate(dialog.team.id, { onSuccess: close })} onClose={close} />
    </SettingsSection>
  );
}
