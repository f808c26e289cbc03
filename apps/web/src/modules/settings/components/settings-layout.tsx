import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { NavLink, Outlet } from 'react-router';

const SECTIONS = [
  { to: 'inboxes', label: 'Inboxes & channels' },
  { to: 'teams', label: 'Teams' },
  { to: 'users', label: 'Users & roles' },
  { to: 'tags', label: 'Tags' },
  { to: 'quick-replies', label: 'Quick replies' },
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
