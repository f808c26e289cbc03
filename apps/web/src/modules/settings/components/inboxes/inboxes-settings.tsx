import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { InboxDto } from '@parley/contracts';
import { ChannelIcon, channelLabel } from '../../../conversations/components/channel-icon';
import { inboxesApi } from '../../../directory/api/directory.api';
import { useInboxes } from '../../../directory/hooks/use-directory';
import { useDirectoryMutation } from '../../../directory/hooks/use-directory-mutation';
import { queryKeys } from '../../../http/query-keys';
import { ConfirmDialog } from '../../../ui/components/confirm-dialog';
import { EmptyState } from '../../../ui/components/empty-state';
import { MembersDialog } from '../members-dialog';
import { SettingsSection } from '../settings-section';
import { InboxConnectionDetails } from './inbox-connection-details';
import { InboxFormDialog } from './inbox-form-dialog';

type Dialogs = { kind: 'form'; inbox?: InboxDto } | { kind: 'members' | 'delete' | 'connect'; inbox: InboxDto } | null;

export function InboxesSettings() {
  const inboxes = useInboxes();
  const [dialog, setDialog] = useState<Dialogs>(null);
  const close = () => setDialog(null);
  const members = useDirectoryMutation(({ id, userIds }: { id: string; userIds: string[] }) => inboxesApi.setMembers(id, userIds), queryKeys.inboxes, 'Members saved');
  const remove = useDirectoryMutation((id: string) => inboxesApi.remove(id), queryKeys.inboxes, 'Inbox deleted');

  return (
    <SettingsSection
      title="Inboxes & channels"
      description="Each inbox is one connected page, account, phone number or API source. Agents see the inboxes they are members of."
      action={<Button variant="contained" startIcon={<AddIcon />} onClick={() => setDialog({ kind: 'form' })}>Connect a channel</Button>}
      loading={inboxes.isPending}
      error={inboxes.error}
      onRetry={() => inboxes.refetch()}
    >
      {inboxes.data?.length === 0 ? (
        <EmptyState title="No inboxes yet" description="Connect a Messenger page, an Instagram account, a WhatsApp number or the API channel." />
      ) : (
        <Table size="small" aria-label="Inboxes">
          <TableHead>
            <TableRow><TableCell>Name</TableCell><TableCell>Channel</TableCell><TableCell>Members</TableCell><TableCell>State</TableCell><TableCell align="right">Actions</TableCell></TableRow>
          </TableHead>
          <TableBody>
            {(inboxes.data ?? []).map((inbox) => (
              <TableRow key={inbox.id} hover>
                <TableCell sx={{ fontWeight: 600 }}>{inbox.name}</TableCell>
                <TableCell><ChannelIcon channel={inbox.channel} sx={{ verticalAlign: 'middle', mr: 1 }} />{channelLabel(inbox.channel)}</TableCell>
                <TableCell>{inbox.memberIds.length}</TableCell>
                <TableCell>
                  {inbox.credentialsInvalid ? <Chip size="small" color="error" label="Credentials rejected" />
                    : inbox.hasAppSecret ? <Chip size="small" color="success" variant="outlined" label="Ready" />
                    : <Chip size="small" label="Needs a secret" />}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <Button size="small" onClick={() => setDialog({ kind: 'connect', inbox })}>Webhook</Button>
                  <Button size="small" onClick={() => setDialog({ kind: 'members', inbox })}>Members</Button>
                  <Button size="small" onClick={() => setDialog({ kind: 'form', inbox })}>Edit</Button>
                  <Button size="small" color="error" onClick={() => setDialog({ kind: 'delete', inbox })}>Delete</Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {dialog?.kind === 'form' && (
        <InboxFormDialog inbox={dialog.inbox} onClose={close} onSaved={(saved) => setDialog(dialog.inbox ? null : { kind: 'connect', inbox: saved })} />
      )}
      {dialog?.kind === 'connect' && (
        <Dialog open onClose={close} fullWidth maxWidth="sm" aria-labelledby="connect-title">
          <DialogTitle id="connect-title">Connect {dialog.inbox.name}</DialogTitle>
          <DialogContent sx={{ pt: '8px !important' }}><InboxConnectionDetails inbox={dialog.inbox} /></DialogContent>
          <DialogActions><Button onClick={close}>Done</Button></DialogActions>
        </Dialog>
      )}
      {dialog?.kind === 'members' && (
        <MembersDialog
          title={`Members of ${dialog.inbox.name}`}
          initial={dialog.inbox.memberIds}
          busy={members.isPending}
          error={members.error}
          onSave={(userIds) => members.mutate({ id: dialog.inbox.id, userIds }, { onSuccess: close })}
          onClose={close}
        />
      )}
      <ConfirmDialog
        open={dialog?.kind === 'delete'}
        title="Delete this inbox?"
        description="Its conversations stop receiving messages. This cannot be undone."
        confirmLabel="Delete inbox"
        destructive
        busy={remove.isPending}
        onConfirm={() => dialog?.kind === 'delete' && remove.mutate(dialog.inbox.id, { onSuccess: close })}
        onClose={close}
      />
    </SettingsSection>
  );
}
