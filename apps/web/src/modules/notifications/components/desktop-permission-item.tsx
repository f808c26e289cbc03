import { useState } from 'react';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';

/**
 * Asks for the browser's permission only when the agent opens the bell (a moment they chose), never on load:
 * a prompt nobody asked for is usually refused, and then cannot be asked again.
 */
export function DesktopPermissionItem() {
  const supported = typeof Notification !== 'undefined';
  const [permission, setPermission] = useState(supported ? Notification.permission : 'denied');
  if (!supported || permission !== 'default') return null;
  return (
    <MenuItem onClick={() => void Notification.requestPermission().then(setPermission)}>
      <ListItemText primary="Enable desktop notifications" secondary="Get told when the tab is in the background" />
    </MenuItem>
  );
}
