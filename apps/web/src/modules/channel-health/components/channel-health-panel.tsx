import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useChannelHealth } from '../hooks/use-channel-health';
import { ChannelHealthCard } from './channel-health-card';

/** Managers and admins: is every channel receiving, sending and keeping up? Problems first. */
export function ChannelHealthPanel() {
  const { data, isPending, error } = useChannelHealth();
  const inboxes = [...(data?.inboxes ?? [])].sort((a, b) => Number(a.status === 'ok') - Number(b.status === 'ok'));
  return (
    <Box sx={{ p: { xs: 1.5, sm: 3 }, height: '100%', overflow: 'auto', display: 'flex', flexDirection: 'column', gap: 2 }}>
      <div>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }}>Channel health</Typography>
        <Typography variant="body2" color="text.secondary">
          Messages arriving this hour against the same hour over the last week, how long they take to reach Parley, and replies still
          waiting to go out. Refreshed every 30 seconds.
        </Typography>
      </div>
      {error && <Alert severity="error">Channel health could not be loaded: {error.message}</Alert>}
      {isPending && <CircularProgress aria-label="Loading channel health" />}
      {data && inboxes.length === 0 && <Alert severity="info">No inboxes yet: connect a channel in Settings → Inboxes.</Alert>}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' } }}>
        {inboxes.map((h) => <ChannelHealthCard key={h.inboxId} health={h} />)}
      </Box>
    </Box>
  );
}
