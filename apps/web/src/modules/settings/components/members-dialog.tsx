import { useState } from 'react';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import { useUsers } from '../../directory/hooks/use-directory';
import { FormDialog } from './form-dialog';

export type MembersDialogProps = {
  title: string;
  initial: string[];
  busy: boolean;
  error: unknown;
  onSave: (userIds: string[]) => void;
  onClose: () => void;
};

/** Picks the members of an inbox or a team. Mount it only while open so it starts from `initial`. */
export function MembersDialog({ title, initial, busy, error, onSave, onClose }: MembersDialogProps) {
  const users = useUsers();
  const [selected, setSelected] = useState(() => new Set(initial));
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <FormDialog open title={title} submitLabel="Save members" busy={busy} error={error} onSubmit={() => onSave([...selected])} onClose={onClose}>
      <FormGroup>
        {(users.data ?? []).map((u) => (
          <FormControlLabel
            key={u.id}
            control={<Checkbox checked={selected.has(u.id)} onChange={() => toggle(u.id)} />}
            label={`${u.name} · ${u.email} (${u.role})`}
          />
        ))}
      </FormGroup>
    </FormDialog>
  );
}
