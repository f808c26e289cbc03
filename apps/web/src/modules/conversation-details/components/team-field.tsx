import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { ConversationDetailDto } from '@parley/contracts';
import { useSetConversationTeam } from '../../conversations/hooks/use-conversation-actions';
import { useTeams } from '../../directory/hooks/use-directory';

export type TeamFieldProps = { conversation: ConversationDetailDto };

export function TeamField({ conversation: c }: TeamFieldProps) {
  const teams = useTeams();
  const setTeam = useSetConversationTeam();
  return (
    <TextField
      select
      size="small"
      fullWidth
      label="Team"
      value={c.teamId ?? ''}
      disabled={setTeam.isPending}
      onChange={(e) => setTeam.mutate({ id: c.id, value: e.target.value || null })}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
    >
      <MenuItem value=""><em>No team</em></MenuItem>
      {(teams.data ?? []).map((t) => <MenuItem key={t.id} value={t.id}>{t.name}</MenuItem>)}
    </TextField>
  );
}
