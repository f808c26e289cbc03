import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { UserDto } from '@parley/contracts';
import { useUsers } from '../../../directory/hooks/use-directory';
import { UserAvatar } from '../../../ui/components/user-avatar';
import { formatDateTime } from '../../../ui/utils/format-time';
import { SettingsSection } from '../settings-section';
import { UserFormDialog } from './user-form-dialog';

export function UsersSettings() {
  const users = useUsers();
  const [editing, setEditing] = useState<{ user?: UserDto } | null>(null);
  return (
    <SettingsSection
      title="Users & roles"
      description="Agents answer; managers also see reports and edit shared settings; admins connect channels and manage users."
      action={<Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing({})}>Add user</Button>}
      loading={users.isPending}
      error={users.error}
      onRetry={() => users.refetch()}
    >
      <Table size="small" aria-label="Users">
        <TableHead><TableRow><TableCell>User</TableCell><TableCell>Email</TableCell><TableCell>Role</TableCell><TableCell>Availability</TableCell><TableCell>Since</TableCell><TableCell align="right">Actions</TableCell></TableRow></TableHead>
        <TableBody>
          {(users.data ?? []).map((u) => (
            <TableRow key={u.id} hover>
              <TableCell><span style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}><UserAvatar name={u.name} size={24} />{u.name}</span></TableCell>
              <TableCell>{u.email}</TableCell>
              <TableCell><Chip size="small" label={u.role} color={u.role === 'admin' ? 'primary' : 'default'} variant="outlined" /></TableCell>
              <TableCell>{u.availability}</TableCell>
              <TableCell>{formatDateTime(u.createdAt)}</TableCell>
              <TableCell align="right"><Button size="small" onClick={() => setEditing({ user: u })}>Edit</Button></TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {editing && <UserFormDialog user={editing.user} onClose={() => setEditing(null)} />}
    </SettingsSection>
  );
}
