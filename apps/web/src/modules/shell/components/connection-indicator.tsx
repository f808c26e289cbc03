import Chip from '@mui/material/Chip';
import { useRealtime } from '../../realtime/components/realtime-provider';

export function ConnectionIndicator() {
  const { state } = useRealtime();
  if (state === 'connected') return null;
  return (
    <Chip
      size="small"
      role="status"
      color={state === 'connecting' ? 'info' : 'warning'}
      label={state === 'connecting' ? 'Connecting…' : 'Offline: live updates paused, reconnecting'}
    />
  );
}
