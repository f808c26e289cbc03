import { useState } from 'react';
import DarkModeIcon from '@mui/icons-material/DarkMode';
import KeyboardIcon from '@mui/icons-material/Keyboard';
import KeyIcon from '@mui/icons-material/Key';
import LightModeIcon from '@mui/icons-material/LightMode';
import LogoutIcon from '@mui/icons-material/Logout';
import TuneIcon from '@mui/icons-material/Tune';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useNavigate } from 'react-router';
import { useColorMode } from '../../../app/theme/color-mode';
import { ChangePasswordDialog } from '../../auth/components/change-password-dialog';
import { useLogout } from '../../auth/hooks/use-auth-mutations';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { UserAvatar } from '../../ui/components/user-avatar';

export type UserMenuProps = { onShowShortcuts: () => void };

export function UserMenu({ onShowShortcuts }: UserMenuProps) {
  const me = useCurrentUser();
  const logout = useLogout();
  const navigate = useNavigate();
  const { mode, toggle } = useColorMode();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [changingPassword, setChangingPassword] = useState(false);
  const close = () => setAnchor(null);
  return (
    <>
      <IconButton onClick={(e) => setAnchor(e.currentTarget)} aria-label={`Account menu for ${me.name}`} sx={{ p: 0.5 }}>
        <UserAvatar name={me.name} size={32} />
      </IconButton>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={close}>
        <MenuItem disabled sx={{ opacity: '1 !important' }}>
          <ListItemText primary={me.name} secondary={`${me.email} · ${me.role}`} />
        </MenuItem>
        <Divider />
        <MenuItem onClick={() => { toggle(); close(); }}>
          <ListItemIcon>{mode === 'dark' ? <LightModeIcon fontSize="small" /> : <DarkModeIcon fontSize="small" />}</ListItemIcon>
          {mode === 'dark' ? 'Light theme' : 'Dark theme'}
        </MenuItem>
        <MenuItem onClick={() => { navigate('/preferences'); close(); }}>
          <ListItemIcon><TuneIcon fontSize="small" /></ListItemIcon>
          Your preferences
        </MenuItem>
        <MenuItem onClick={() => { onShowShortcuts(); close(); }}>
          <ListItemIcon><KeyboardIcon fontSize="small" /></ListItemIcon>
          Keyboard shortcuts
        </MenuItem>
        <MenuItem onClick={() => { setChangingPassword(true); close(); }}>
          <ListItemIcon><KeyIcon fontSize="small" /></ListItemIcon>
          Change password
        </MenuItem>
        <MenuItem onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login') })}>
          <ListItemIcon><LogoutIcon fontSize="small" /></ListItemIcon>
          Sign out
        </MenuItem>
      </Menu>
      <ChangePasswordDialog open={changingPassword} onClose={() => setChangingPassword(false)} />
    </>
  );
}
