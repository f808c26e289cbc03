import { useState } from 'react';
import NotificationsIcon from '@mui/icons-material/Notifications';
import Badge from '@mui/material/Badge';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useNavigate } from 'react-router';
import { formatShortTime } from '../../ui/utils/format-time';
import { useNotifications } from './notifications-provider';

export function NotificationsMenu() {
  const { items, markAllRead } = useNotifications();
  const navigate = useNavigate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const unread = items.filter((n) => !n.read).length;
  const canAsk = typeof Notification !== 'undefined' && Notification.permission === 'default';

  return (
    <>
      <Tooltip title="Notifications">
        <IconButton color="inherit" aria-label={`Notifications, ${unread} unread`} onClick={(e) => setAnchor(e.currentTarget)}>
          <Badge badgeContent={unread} color="error"><NotificationsIcon /></Badge>
        </IconButton>
      </Tooltip>
      <Menu
        anchorEl={anchor}
        open={Boolean(anchor)}
        onClose={() => {
          setAnchor(null);
          markAllRead();
        }}
        slotProps={{ paper: { sx: { width: 360, maxHeight: 480 } } }}
      >
        {canAsk && (
          <MenuItem onClick={() => void Notification.requestPermission()}>
            <ListItemText primary="Enable desktop notifications" secondary="Get told when the tab is in the background" />
          </MenuItem>
        )}
        {items.length === 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ px: 2, py: 1.5 }}>No notifications yet</Typography>
        )}
        {items.map((n) => (
          <MenuItem
            key={n.id}
            onClick={() => {
              setAnchor(null);
              markAllRead();
              if (n.conversationId) navigate(`/conversations/${n.conversationId}`);
            }}
            sx={{ fontWeight: n.read ? 400 : 600, whiteSpace: 'normal' }}
          >
            <ListItemText primary={n.title} secondary={formatShortTime(n.createdAt)} slotProps={{ primary: { sx: { fontWeight: 'inherit' } } }} />
          </MenuItem>
        ))}
        {items.length > 0 && <Button size="small" onClick={markAllRead} sx={{ mx: 1 }}>Mark all read</Button>}
      </Menu>
    </>
  );
}
