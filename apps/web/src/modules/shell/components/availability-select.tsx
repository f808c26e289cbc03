import Circle from '@mui/icons-material/Circle';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import { AVAILABILITIES, type Availability } from '@parley/contracts';
import { useSetAvailability } from '../../auth/hooks/use-auth-mutations';
import { useCurrentUser } from '../../auth/hooks/use-current-user';

const COLORS: Record<Availability, string> = { online: '#43a047', away: '#fb8c00', offline: '#9e9e9e' };

export type AvailabilitySelectProps = { /** a phone's toolbar: the coloured dot only */ compact?: boolean };

export function AvailabilitySelect({ compact = false }: AvailabilitySelectProps) {
  const me = useCurrentUser();
  const set = useSetAvailability();
  return (
    <Select
      size="small"
      value={me.availability}
      onChange={(e) => set.mutate(e.target.value as Availability)}
      disabled={set.isPending}
      inputProps={{ 'aria-label': 'Your availability' }}
      sx={{ color: 'inherit', '& .MuiOutlinedInput-notchedOutline': { borderColor: 'rgba(255,255,255,0.4)' }, '& svg': { color: 'inherit' }, minWidth: compact ? 0 : 120 }}
      renderValue={(v) => (
        <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
          <Circle sx={{ fontSize: 10, color: COLORS[v] }} /> {compact ? null : v}
        </span>
      )}
    >
      {AVAILABILITIES.map((a) => (
        <MenuItem key={a} value={a}>
          <Circle sx={{ fontSize: 10, color: COLORS[a], mr: 1 }} /> {a}
        </MenuItem>
      ))}
    </Select>
  );
}
