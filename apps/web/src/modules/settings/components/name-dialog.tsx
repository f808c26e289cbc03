import { useState } from 'react';
import TextField from '@mui/material/TextField';
import { FormDialog } from './form-dialog';

export type NameDialogProps = {
  title: string;
  label: string;
  initial: string;
  max: number;
  busy: boolean;
  error: unknown;
  onSave: (name: string) => void;
  onClose: () => void;
};

export function NameDialog({ title, label, initial, max, busy, error, onSave, onClose }: NameDialogProps) {
  const [name, setName] = useState(initial);
  const [touched, setTouched] = useState(false);
  const invalid = name.trim() === '' ? `${label} is required` : name.length > max ? `${label} must be at most ${max} characters` : undefined;
  return (
    <FormDialog open title={title} submitLabel="Save" busy={busy} error={error} onClose={onClose} onSubmit={() => { setTouched(true); if (!invalid) onSave(name.trim()); }}>
      <TextField label={label} value={name} onChange={(e) => setName(e.target.value)} error={touched && Boolean(invalid)} helperText={touched ? invalid : undefined} autoFocus required size="small" />
    </FormDialog>
  );
}
