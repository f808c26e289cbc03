import { useState } from 'react';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { USER_ROLES, type UserDto, type UserRole } from '@parley/contracts';
import type { UpdateUserRequest } from '@parley/contracts';
import { usersApi } from '../../../directory/api/directory.api';
import { useDirectoryMutation } from '../../../directory/hooks/use-directory-mutation';
import { queryKeys } from '../../../http/query-keys';
import { hasErrors, rules, type Errors } from '../../utils/validators';
import { FormDialog } from '../form-dialog';

export type UserFormDialogProps = { user?: UserDto; onClose: () => void };

const ROLE_HELP: Record<UserRole, string> = {
  agent: 'answers conversations in their inboxes',
  manager: 'also sees reports and edits teams, tags and quick replies',
  admin: 'also connects channels and manages users',
};

export function UserFormDialog({ user, onClose }: UserFormDialogProps) {
  const [email, setEmail] = useState(user?.email ?? '');
  const [name, setName] = useState(user?.name ?? '');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<UserRole>(user?.role ?? 'agent');
  const [deactivated, setDeactivated] = useState(false);
  const [touched, setTouched] = useState(false);
  const save = useDirectoryMutation(
    (input: UpdateUserRequest & { email?: string }) =>
      user ? usersApi.update(user.id, input) : usersApi.create({ email: input.email ?? '', name: input.name ?? '', password: input.password ?? '', role: input.role ?? 'agent' }),
    queryKeys.users,
    user ? 'User saved' : 'User created',
  );
  const errors: Errors<'email' | 'name' | 'password'> = {
    email: user ? undefined : rules.email(email),
    name: rules.required('name', 120)(name),
    password: user && password === '' ? undefined : rules.password(password),
  };
  const shown = (f: keyof typeof errors) => (touched ? errors[f] : undefined);
  const submit = () => {
    setTouched(true);
    if (hasErrors(errors)) return;
    const input: UpdateUserRequest & { email?: string } = user
      ? { name: name.trim(), role, ...(password ? { password } : {}), ...(deactivated ? { deactivated: true } : {}) }
      : { email: email.trim(), name: name.trim(), password, role };
    save.mutate(input, { onSuccess: onClose });
  };
  return (
    <FormDialog open title={user ? `Edit ${user.name}` : 'Invite a user'} submitLabel={user ? 'Save' : 'Create user'} busy={save.isPending} error={save.error} onSubmit={submit} onClose={onClose}>
      <TextField label="Email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} disabled={Boolean(user)} error={Boolean(shown('email'))} helperText={shown('email')} required size="small" autoFocus={!user} />
      <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} error={Boolean(shown('name'))} helperText={shown('name')} required size="small" />
      <TextField label={user ? 'New password (leave blank to keep)' : 'Password'} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} error={Boolean(shown('password'))} helperText={shown('password') ?? 'At least 8 characters'} required={!user} size="small" />
      <TextField select label="Role" value={role} onChange={(e) => setRole(e.target.value as UserRole)} size="small" helperText={ROLE_HELP[role]}>
        {USER_ROLES.map((r) => <MenuItem key={r} value={r}>{r}</MenuItem>)}
      </TextField>
      {user && <FormControlLabel control={<Switch checked={deactivated} onChange={(e) => setDeactivated(e.target.checked)} color="error" />} label="Deactivate (they can no longer sign in)" />}
    </FormDialog>
  );
}
