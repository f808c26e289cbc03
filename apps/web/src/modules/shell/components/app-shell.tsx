import { useState } from 'react';
import SearchIcon from '@mui/icons-material/Search';
import BarChartIcon from '@mui/icons-material/BarChart';
import DarkModeIcon from '@mui/icons-material/DarkMode';
import MonitorHeartIcon from '@mui/icons-material/MonitorHeart';
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
import { usePhone } from '../../ui/hooks/use-phone';
import { useVisualViewportHeight } from '../../ui/hooks/use-visual-viewport-height';
import { AvailabilitySelect } from './availability-select';
import { ConnectionIndicator } from './connection-indicator';
import { RealtimeSubscriptions } from './realtime-subscriptions';
import { UserMenu } from './user-menu';

const navSx = { color: 'inherit', opacity: 0.85, '&.active': { opacity: 1, bgcolor: 'rgba(255,255,255,0.16)' } };
// On a phone the section links keep only their icons (their names stay as accessible labels).
const phoneNavSx = { ...navSx, minWidth: 0, px: 1, '& .MuiButton-startIcon': { m: 0 } };

export function AppShell() {
  const me = useCurrentUser();
  const { mode, toggle } = useColorMode();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const atRoot = useMatch('/');
  const inThread = useMatch('/conversations/:id');
  const inInbox = Boolean(atRoot) || Boolean(inThread);
  const phone = usePhone();
  const [searchOpen, setSearchOpen] = useState(false);
  useVisualViewportHeight();
  const sx = phone ? phoneNavSx : navSx;
  const label = (text: string) => (phone ? { 'aria-label': text, children: null } : { children: text });
  return (
    // dvh, then the visual viewport's height: the composer stays above a phone's on-screen keyboard.
    <Box sx={{ height: 'var(--app-height, 100dvh)', display: 'flex', flexDirection: 'column' }}>
      <RealtimeSubscriptions />
      <AppBar position="static" elevation={0} enableColorOnDark sx={{ bgcolor: mode === 'dark' ? '#1f2430' : 'primary.main', color: '#fff' }}>
        <Toolbar variant="dense" sx={{ gap: phone ? 0.25 : 1, px: phone ? 0.5 : undefined }}>
          {!phone && <Typography variant="h6" component="span" sx={{ fontWeight: 700, mr: 2 }}>Parley</Typography>}
          <Box component="nav" aria-label="Main" sx={{ display: 'flex', gap: 0.5 }}>
            <Button component={Link} to="/" className={inInbox ? 'active' : undefined} aria-current={inInbox ? 'page' : undefined} startIcon={<InboxIcon />} sx={sx} {...label('Inbox')} />
            {canManage(me) && <Button component={NavLink} to="/reports" startIcon={<BarChartIcon />} sx={sx} {...label('Reports')} />}
            {canManage(me) && <Button component={NavLink} to="/channel-health" startIcon={<MonitorHeartIcon />} sx={sx} {...label('Channels')} />}
            {canManage(me) && <Button component={NavLink} to="/settings" startIcon={<SettingsIcon />} sx={sx} {...label('Settings')} />}
          </Box>
          <Box sx={{ flex: 1 }} />
          <ConnectionIndicator />
          {phone ? (
            <IconButton color="inherit" aria-label="Search conversations" aria-expanded={searchOpen} onClick={() => setSearchOpen((o) => !o)}>
              <SearchIcon />
            </IconButton>
          ) : <SearchBox />}
          <AvailabilitySelect compact={phone} />
          {!phone && (
            <Tooltip title={mode === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}>
              <IconButton color="inherit" onClick={toggle} aria-label="Toggle light and dark theme">
                {mode === 'dark' ? <LightModeIcon /> : <DarkModeIcon />}
              </IconButton>
            </Tooltip>
          )}
          <NotificationsMenu />
          <UserMenu onShowShortcuts={() => setShortcutsOpen(true)} />
        </Toolbar>
        {phone && searchOpen && (
          <Toolbar variant="dense" sx={{ px: 1, pb: 1 }}>
            <SearchBox fullWidth autoFocus onPicked={() => setSearchOpen(false)} />
          </Toolbar>
        )}
      </AppBar>
      <Box sx={{ flex: 1, minHeight: 0 }}>
        <Outlet />
      </Box>
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
    </Box>
  );
}
