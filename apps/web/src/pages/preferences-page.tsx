import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { NotificationPreferences } from '../modules/notifications/components/notification-preferences';

/** Lazy-loaded; each user's own preferences (every role). */
export default function PreferencesPage() {
  return (
    <Box component="main" sx={{ p: { xs: 1.5, sm: 3 }, overflowY: 'auto', height: '100%' }}>
      <Box sx={{ maxWidth: 720, display: 'grid', gap: 2 }}>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }}>Your preferences</Typography>
        <NotificationPreferences />
      </Box>
    </Box>
  );
}
