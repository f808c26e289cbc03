import { useState } from 'react';
import TextField from '@mui/material/TextField';
import { USER_LIMITS } from '@parley/contracts';
import { FormDialog } from '../../settings/components/form-dialog';
import { useToast } from '../../ui/components/toast-provider';
import { useChangePassword } from '../hooks/use-auth-mutations';

export type ChangePasswordDialogProps = { open: boolean; onClose: () => void };

/** The user's own password: the current one proves it is them; the server refuses weak new ones and says why. */
export function ChangePasswordDialog({ open, onClose }: ChangePasswordDialogProps) {
  const change = useChangePassword();
  const toast = useToast();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const close = () => {
    setCurrent(''); setNext(''); setRepeat(''); setProblem(null);
    change.reset();
    onClose();
  };
  const submit = () => {
    // What the browser can tell without asking; the rest (common passwords, 72 bytes) the server answers.
    if (next.length < USER_LIMITS.passwordMin) return setProblem(`The new password must be at least ${USER_LIMITS.passwordMin} characters long`);
    if (next !== repeat) return setProblem('The new password and its repetition differ');
    setProblem(null);
    change.mutate({ currentPassword: current, newPassword: next }, {
      onSuccess: () => {
        toast('Password changed; your other sessions were signed out', 'success');
        close();
      },
    });
  };

  return (
    <FormDialog open={open} title="Change your password" submitLabel="Change password" busy={change.isPending}
      error={problem ? new Error(problem) : change.error} onSubmit={submit} onClose={close}>
      <TextField label="Current password" type="password" autoComplete="current-password" required autoFocus
        value={current} onChange={(e) => setCurrent(e.target.value)} />
      <TextField label="New password" type="password" autoComplete="new-password" required value={next}
        onChange={(e) => setNext(e.target.value)} helperText={`At least ${USER_LIMITS.passwordMin} characters; a few unrelated words work well`} />
      <TextField label="Repeat the new password" type="password" autoComplete="new-password" required
        value={repeat} onChange={(e) => setRepeat(e.target.value)} />
    </FormDialog>
  );
}
