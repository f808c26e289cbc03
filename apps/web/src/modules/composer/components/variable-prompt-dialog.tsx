import { useState, type FormEvent } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';

export type VariablePromptDialogProps = {
  open: boolean;
  variables: string[];
  onSubmit: (values: Record<string, string>) => void;
  onCancel: () => void;
};

/** Asks for each variable the server could not fill from the conversation, e.g. {{order.number}}. */
export function VariablePromptDialog({ open, variables, onSubmit, onCancel }: VariablePromptDialogProps) {
  const [values, setValues] = useState<Record<string, string>>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(Object.fromEntries(variables.map((v) => [v, values[v] ?? ''])));
    setValues({});
  };
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby="variable-prompt-title" fullWidth maxWidth="xs">
      <form onSubmit={submit}>
        <DialogTitle id="variable-prompt-title">Fill in the quick reply</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>Parley could not fill these from the conversation.</DialogContentText>
          <Stack spacing={2}>
            {variables.map((name, i) => (
              <TextField
                key={name}
                label={name}
                value={values[name] ?? ''}
                onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
                autoFocus={i === 0}
                fullWidth
                size="small"
              />
            ))}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel}>Cancel</Button>
          <Button type="submit" variant="contained">Insert</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
