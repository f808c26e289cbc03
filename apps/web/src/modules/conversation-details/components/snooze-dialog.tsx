import { useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { SNOOZE_PRESETS } from '../../conversations/utils/snooze-presets';
import { formatShortTime, toDateTimeLocal } from '../../ui/utils/format-time';

export type SnoozeDialogProps = {
  open: boolean;
  onClose: () => void;
  onSnooze: (until: Date) => void;
};

export function SnoozeDialog({ open, onClose, onSnooze }: SnoozeDialogProps) {
  const [custom, setCustom] = useState(() => toDateTimeLocal(new Date(Date.now() + 3 * 3_600_000)));
  const customDate = new Date(custom);
  const customValid = !Number.isNaN(customDate.getTime()) && customDate.getTime() > Date.now();
  const pick = (until: Date) => {
    onSnooze(until);
    onClose();
  };
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="snooze-title" maxWidth="xs" fullWidth>
      <DialogTitle id="snooze-title">Snooze until…</DialogTitle>
      <DialogContent>
        <Stack spacing={1} sx={{ mb: 2 }}>
          {SNOOZE_PRESETS.map((preset, i) => {
            const until = preset.until(new Date());
            return (
              <Button key={preset.label} variant="outlined" onClick={() => pick(until)} autoFocus={i === 0} sx={{ justifyContent: 'space-between' }}>
                <span>{preset.label}</span>
                <span style={{ opacity: 0.75, fontWeight: 400 }}>{formatShortTime(until.toISOString(), 0)}</span>
              </Button>
            );
          })}
        </Stack>
        <TextField
          type="datetime-local"
          label="Pick a date and time"
          value={custom}
          onChange={(e) => setCustom(e.target.value)}
          fullWidth
          size="small"
          error={!customValid}
          helperText={customValid ? ' ' : 'Choose a time in the future'}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: toDateTimeLocal(new Date()) } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" disabled={!customValid} onClick={() => pick(customDate)}>Snooze</Button>
      </DialogActions>
    </Dialog>
  );
}
