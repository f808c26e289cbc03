import { useEffect } from 'react';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useInboxes } from '../../../directory/hooks/use-directory';

export type InboxPickerProps = { value: string; onChange: (inboxId: string) => void; allowAll?: boolean };

/** Picks the inbox the automation settings apply to; selects the first inbox once they load. */
export function InboxPicker({ value, onChange, allowAll }: InboxPickerProps) {
  const inboxes = useInboxes();
  const first = inboxes.data?.[0]?.id;
  useEffect(() => {
    if (!value && first && !allowAll) onChange(first);
  }, [value, first, allowAll, onChange]);
  return (
    <TextField select label="Inbox" value={inboxes.data ? value : ''} onChange={(e) => onChange(e.target.value)} size="small" sx={{ minWidth: 220 }}
      disabled={!inboxes.data?.length} helperText={inboxes.data?.length === 0 ? 'Create an inbox first' : undefined}
      slotProps={{ select: { displayEmpty: Boolean(allowAll) }, inputLabel: { shrink: true } }}>
      {allowAll && <MenuItem value="">All inboxes</MenuItem>}
      {(inboxes.data ?? []).map((i) => <MenuItem key={i.id} value={i.id}>{i.name}</MenuItem>)}
    </TextField>
  );
}
