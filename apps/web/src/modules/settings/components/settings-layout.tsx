import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { NavLink, Outlet } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/use-current-user';

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
  { to: '/settings/audit-log', label: 'Audit log', adminOnly: true },
];

export function SettingsLayout() {
  const user = useCurrentUser();
  return (
    // A phone stacks the sections as a row that scrolls sideways above the page (never the page itself).
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: '220px minmax(0, 1fr)' }, gridTemplateRows: { xs: 'auto minmax(0, 1fr)', sm: 'minmax(0, 1fr)' }, height: '100%' }}>
      <Box component="nav" aria-label="Settings" sx={{ borderRight: { sm: 1 }, borderBottom: { xs: 1, sm: 0 }, borderColor: 'divider', bgcolor: 'background.paper', overflowX: { xs: 'auto', sm: 'visible' } }}>
        <Typography variant="overline" color="text.secondary" sx={{ px: 2, display: { xs: 'none', sm: 'block' }, pt: 2 }}>Settings</Typography>
        <List dense sx={{ display: { xs: 'flex', sm: 'block' }, py: { xs: 0, sm: 1 }, '& .MuiListItemButton-root': { flex: { xs: '0 0 auto', sm: 'initial' } } }}>
          {SECTIONS.filter((s) => !s.adminOnly || user.role === 'admin').map((s) => (
            <ListItemButton key={s.to} component={NavLink} to={s.to} sx={{ '&.active': { bgcolor: 'action.selected', fontWeight: 600 } }}>
              <ListItemText primary={s.label} />
            </ListItemButton>
          ))}
        </List>
      </Box>
      <Box component="main" sx={{ p: { xs: 1.5, sm: 3 }, overflowY: 'auto', minWidth: 0 }}>
        <Outlet />
      </Box>
    </Box>
  );
}
