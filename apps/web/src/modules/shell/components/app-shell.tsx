import { useState } from 'react';
import BarChartIcon from '@mui/icons-material/BarChart';
import DarkModeIcon from '@mui/icons-material/DarkMode';
import InboxIcon from '@mui/icons-material/Inbox';
import LightModeIcon from '@mui/icons-material/LightMode';
import SettingsIcon from '@mui/icons-material/Settings';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { Link, NavLink, Outlet, useMatch } from 'react-router';
import { useColorMode } from '../../../app/theme/color-mode';
import { canManage, useCurrentUser } from '../../auth/hooks/use-current-user';
import { NotificationsMenu } from '../../notifications/components/notifications-menu';
import { SearchBox } from '../../search/components/search-box';
import { ShortcutsDialog } from '../../shortcuts/components/shortcuts-dialog';
import { AvailabilitySelect } from './availability-select';
import { ConnectionIndicator } from './connection-indicator';
import { RealtimeSubscriptions } from './realtime-subscriptions';
import { UserMenu } from './user-menu';

const navSx = { color: 'inherit', opacity: 0.85, '&.active': { opacity: 1, bgcolor: 'rgba(255,255,255,0.16)' } };

export function AppShell() {
  const me = useCurrentUser();
  const { mode, toggle } = useColorMode();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const atRoot = useMatch('/');
  const inThread = useMatch('/conversations/:id');
  const inInbox = Boolean(atRoot) || Boolean(inThread);
  return (
    <Box sx={{ height: '100vh', display: 'flex', flexDirection: 'column' }}>
      <RealtimeSubscriptions />
      <AppBar position="static" elevation={0} enableColorOnDark sx={{ bgcolor: mode === 'dark' ? '#1f2430' : 'primary.main', color: '#fff' }}>
        <Toolbar variant="dense" sx={{ gap: 1 }}>
          <Typography variant="h6" component="span" sx={{ fontWeight: 700, mr: 2 }}>Parley</Typography>
          <Box component="nav" aria-label="Main" sx={{ display: 'flex', gap: 0.5 }}>
            <Button component={Link} to="/" className={inInbox ? 'active' : undefined} aria-current={inInbox ? 'page' : undefined} startIcon={<InboxIcon />} sx={navSx}>Inbox</Button>
            {canManage(me) && <Button component={NavLink} to="/reports" startIcon={<BarChartIcon />} sx={navSx}>Reports</Button>}
            {canManage(me) && <Button component={NavLink} to="/settings" startIcon={<SettingsIcon />} sx={navSx}>Settings</Button>}
          </Box>
          <Box sx={{ flex: 1 }} />
          <ConnectionIndicator />
          <SearchBox />
          <AvailabilitySelect />
          <Tooltip title={mode === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}>
            <IconButton color="inherit" onClick={toggle} aria-label="Toggle light and dark theme">
              {mode === 'dark' ? <LightModeIcon /> : <DarkModeIcon />}
            </IconButton>
          </Tooltip>
          <NotificationsMenu />
          <UserMenu onShowShortcuts={() => setShortcutsOpen(true)} />
        </Toolbar>
      </AppBar>
      <Box sx={{ flex: 1, minHeight: 0 }}>
        <Outlet />
      </Box>
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
    </Box>
  );
}
