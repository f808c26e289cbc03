import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { ConversationDetailDto } from '@parley/contracts';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { useAssignConversation } from '../../conversations/hooks/use-conversation-actions';
import { useInboxes, useUsers } from '../../directory/hooks/use-directory';

export type AssigneeFieldProps = { conversation: ConversationDetailDto };

/** Only members of the conversation's inbox can be assigned; the current assignee stays listed even if they left. */
export function AssigneeField({ conversation: c }: AssigneeFieldProps) {
  const me = useCurrentUser();
  const users = useUsers();
  const inboxes = useInboxes();
  const assign = useAssignConversation();
  const members = inboxes.data?.find((i) => i.id === c.inboxId)?.memberIds;
  const candidates = (users.data ?? []).filter((u) => !members || members.includes(u.id) || u.id === c.assignee?.id);
  if (c.assignee && !candidates.some((u) => u.id === c.assignee?.id)) candidates.push({ ...c.assignee, email: '', role: 'agent', availability: 'offline', createdAt: '' });

  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <TextField
        select
        size="small"
        label="Assignee"
        sx={{ flex: 1, minWidth: 0 }}
        value={c.assignee?.id ?? ''}
        disabled={assign.isPending}
        onChange={(e) => assign.mutate({ id: c.id, value: e.target.value || null })}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value=""><em>Unassigned</em></MenuItem>
        {candidates.map((u) => (
          <MenuItem key={u.id} value={u.id}>
            {u.name}{u.id === me.id ? ' (you)' : ''}{u.availability && u.availability !== 'online' && u.createdAt ? ` · ${u.availability}` : ''}
          </MenuItem>
        ))}
      </TextField>
      {c.assignee?.id !== me.id && (
        <Button size="small" onClick={() => assign.mutate({ id: c.id, value: me.id })} disabled={assign.isPending} sx={{ whiteSpace: 'nowrap', flexShrink: 0, px: 1 }}>
          Assign to me
        </Button>
      )}
    </Stack>
  );
}
