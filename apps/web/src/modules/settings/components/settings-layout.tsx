import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { NavLink, Outlet } from 'react-router';

// Absolute: the settings routes sit under a splat route ("settings/*"), where a relative link resolves against the
// current URL, so "quick-replies" from /settings/inboxes would lead to /settings/inboxes/quick-replies.
const SECTIONS = [
  { to: '/settings/inboxes', label: 'Inboxes & channels' },
  { to: '/settings/teams', label: 'Teams' },
  { to: '/settings/users', label: 'Users & roles' },
  { to: '/settings/tags', label: 'Tags' },
  { to: '/settings/quick-replies', label: 'Quick replies' },
  { to: '/settings/business-hours', label: 'Business hours' },
  { to: '/settings/auto-replies', label: 'Auto-replies' },
  { to: '/settings/sla-policies', label: 'SLA policies' },
];

export function SettingsLayout() {
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '220px 1fr', height: '100%' }}>
      <Box component="nav" aria-label="Settings" sx={{ borderRight: 1, borderColor: 'divider', bgcolor: 'background.paper' }}>
        <Typography variant="overline" color="text.secondary" sx={{ px: 2, display: 'block', pt: 2 }}>Settings</Typography>
        <List dense>
          {SECTIONS.map((s) => (
            <ListItemButton key={s.to} component={NavLink} to={s.to} sx={{ '&.active': { bgcolor: 'action.selected', fontWeight: 600 } }}>
              <ListItemText primary={s.label} />
            </ListItemButton>
          ))}
        </List>
      </Box>
      <Box component="main" sx={{ p: 3, overflowY: 'auto', minWidth: 0 }}>
        <Outlet />
      </Box>
    </Box>
  );
}
