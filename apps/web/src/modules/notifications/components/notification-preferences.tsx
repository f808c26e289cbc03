import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { NOTIFICATION_TYPES, type NotificationPreferencesDto, type NotificationType } from '@parley/contracts';
import { ErrorState } from '../../ui/components/error-state';
import { useNotificationPreferences, useSetNotificationPreferences } from '../hooks/use-notifications';
import { playChime } from '../utils/chime';

const LABELS: Record<NotificationType, string> = {
  new_conversation: 'A new conversation in my inboxes',
  new_message: 'A new message in a conversation assigned to me',
  assigned: 'A conversation is assigned to me',
  mention: 'A colleague mentions me in a note',
  sla_reminder: 'An SLA target is about to be due',
  sla_breach: 'An SLA target was breached',
  reply_failed: 'A reply could not be delivered',
  channel_reconnect: 'An inbox needs reconnecting (it can no longer send)',
  channel_silent: 'An inbox has gone quiet',
};

/** What reaches me: each kind of notification on or off, desktop notifications, and a chime. Saved as it changes. */
export function NotificationPreferences() {
  const prefs = useNotificationPreferences();
  const save = useSetNotificationPreferences();
  const supported = typeof Notification !== 'undefined';
  const [permission, setPermission] = useState(supported ? Notification.permission : 'denied');
  if (prefs.isError) return <ErrorState error={prefs.error} title="Cannot load your preferences" onRetry={() => prefs.refetch()} />;
  if (!prefs.data) return <Paper variant="outlined" sx={{ p: 2 }}>{[1, 2, 3, 4].map((i) => <Skeleton key={i} height={36} />)}</Paper>;
  const p = prefs.data;
  const change = (next: Partial<NotificationPreferencesDto>) => save.mutate({ ...p, ...next });
  const toggleType = (type: NotificationType, on: boolean) =>
    change({ muted: on ? p.muted.filter((t) => t !== type) : [...p.muted, type] });

  return (
    <Paper variant="outlined" component="section" aria-labelledby="notification-preferences-title" sx={{ p: 2 }}>
      <Typography id="notification-preferences-title" variant="h6" component="h2">Notifications</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>Tell me when…</Typography>
      {save.isError && <Alert severity="error" sx={{ mb: 1 }}>Your change was not saved. Try again.</Alert>}
      <FormGroup>
        {NOTIFICATION_TYPES.map((type) => (
          <FormControlLabel key={type} label={LABELS[type]}
            control={<Switch checked={!p.muted.includes(type)} onChange={(e) => toggleType(type, e.target.checked)} />} />
        ))}
      </FormGroup>
      <Divider sx={{ my: 2 }} />
      <Stack spacing={1}>
        <Box>
          <FormControlLabel label="Desktop notifications while Parley is in the background"
            control={<Switch checked={p.desktop} onChange={(e) => change({ desktop: e.target.checked })} />} />
          {p.desktop && supported && permission === 'default' && (
            <Button size="small" variant="outlined" onClick={() => void Notification.requestPermission().then(setPermission)}>Allow in this browser</Button>
          )}
          {p.desktop && (permission === 'denied' || !supported) && (
            <Typography variant="body2" color="text.secondary">This browser blocks Parley&apos;s notifications; allow them in its site settings.</Typography>
          )}
        </Box>
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <FormControlLabel label="Play a sound" control={<Switch checked={p.sound} onChange={(e) => { change({ sound: e.target.checked }); if (e.target.checked) playChime(); }} />} />
          <Button size="small" onClick={playChime}>Play it</Button>
        </Stack>
      </Stack>
    </Paper>
  );
}
