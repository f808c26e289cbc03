import Chip from '@mui/material/Chip';
import { useRealtime } from '../../realtime/components/realtime-provider';
import { usePhone } from '../../ui/hooks/use-phone';

export function ConnectionIndicator() {
  const { state } = useRealtime();
  const phone = usePhone();
  if (state === 'connected') return null;
  return (
    <Chip
      size="small"
      role="status"
      color={state === 'connecting' ? 'info' : 'warning'}
      label={state === 'connecting' ? 'Connecting…' : phone ? 'Offline' : 'Offline: live updates paused, reconnecting'}
    />
  );
}
