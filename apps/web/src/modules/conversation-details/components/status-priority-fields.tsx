import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { PRIORITIES, type ConversationDetailDto, type Priority } from '@parley/contracts';
import { useSetConversationPriority, useSetConversationStatus } from '../../conversations/hooks/use-conversation-actions';
import { formatShortTime } from '../../ui/utils/format-time';

export type StatusPriorityFieldsProps = { conversation: ConversationDetailDto };

export function StatusPriorityFields({ conversation: c }: StatusPriorityFieldsProps) {
  const setStatus = useSetConversationStatus();
  const setPriority = useSetConversationPriority();
  return (
    <Stack direction="row" spacing={1}>
      <TextField
        select
        size="small"
        fullWidth
        label="Status"
        value={c.status}
        disabled={setStatus.isPending}
        onChange={(e) => {
          const status = e.target.value;
          if (status === 'open' || status === 'pending' || status === 'resolved') setStatus.mutate({ id: c.id, value: status });
        }}
      >
        <MenuItem value="open">Open</MenuItem>
        <MenuItem value="pending">Pending</MenuItem>
        <MenuItem value="resolved">Resolved</MenuItem>
        {c.status === 'snoozed' && (
          <MenuItem value="snoozed" disabled>Snoozed{c.snoozedUntil ? ` until ${formatShortTime(c.snoozedUntil)}` : ''}</MenuItem>
        )}
      </TextField>
      <TextField
        select
        size="small"
        fullWidth
        label="Priority"
        value={c.priority}
        disabled={setPriority.isPending}
        onChange={(e) => setPriority.mutate({ id: c.id, value: e.target.value as Priority })}
      >
        {PRIORITIES.map((p) => <MenuItem key={p} value={p}>{p[0]?.toUpperCase() + p.slice(1)}</MenuItem>)}
      </TextField>
    </Stack>
  );
}
