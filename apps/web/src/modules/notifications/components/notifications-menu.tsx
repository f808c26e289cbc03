import { useState } from 'react';
import NotificationsIcon from '@mui/icons-material/Notifications';
import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { Link, useNavigate } from 'react-router';
import { formatShortTime } from '../../ui/utils/format-time';
import { useMarkNotificationsRead, useNotificationList } from '../hooks/use-notifications';
import { useUnreadTabBadge } from '../hooks/use-unread-tab-badge';
import { unreadCountOf } from '../utils/notification-cache';
import { DesktopPermissionItem } from './desktop-permission-item';

/** The bell: stored notifications (also those from while the agent was away), newest first, a page at a time. */
export function NotificationsMenu() {
  const list = useNotificationList();
  const markRead = useMarkNotificationsRead();
  const navigate = useNavigate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const unread = unreadCountOf(list.data);
  useUnreadTabBadge(unread);

  return (
    <>
      <Tooltip title="Notifications">
        <IconButton color="inherit" aria-label={`Notifications, ${unread} unread`} onClick={(e) => setAnchor(e.currentTarget)}>
          <Badge badgeContent={unread} color="error" max={99}><NotificationsIcon /></Badge>
        </IconButton>
      </Tooltip>
      <Menu
        anchorEl={anchor}
        open={Boolean(anchor)}
        onClose={() => setAnchor(null)}
        slotProps={{ paper: { sx: { width: 380, maxWidth: 'calc(100vw - 16px)', maxHeight: 520 } }, list: { 'aria-label': 'Notifications' } }}
      >
        <Stack direction="row" sx={{ alignItems: 'center', px: 2, py: 0.5, gap: 1 }}>
          <Typography variant="subtitle2" component="h2" sx={{ flex: 1 }}>Notifications</Typography>
          <Button size="small" disabled={unread === 0} onClick={() => markRead.mutate(null)}>Mark all read</Button>
          <Button size="small" component={Link} to="/preferences" onClick={() => setAnchor(null)}>Preferences</Button>
        </Stack>
        <Divider />
        <DesktopPermissionItem />
        {list.isPending && <Typography variant="body2" color="text.secondary" sx={{ px: 2, py: 1.5 }}>Loading…</Typography>}
        {list.isSuccess && items.length === 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ px: 2, py: 1.5 }}>No notifications yet</Typography>
        )}
        {items.map((n) => (
          <MenuItem
            key={n.id}
            onClick={() => {
              setAnchor(null);
              if (!n.readAt) markRead.mutate(n.id);
              if (n.conversationId) navigate(`/conversations/${n.conversationId}?view=all&status=any`);
            }}
            sx={{ fontWeight: n.readAt ? 400 : 600, whiteSpace: 'normal', alignItems: 'flex-start', gap: 1 }}
          >
            <Box aria-hidden sx={{ mt: 1, width: 8, height: 8, borderRadius: '50%', flexShrink: 0, bgcolor: n.readAt ? 'transparent' : 'primary.main' }} />
            <ListItemText
              primary={n.title}
              secondary={`${formatShortTime(n.createdAt)}${n.readAt ? '' : ' · unread'}`}
              slotProps={{ primary: { sx: { fontWeight: 'inherit' } } }}
            />
          </MenuItem>
        ))}
        {list.hasNextPage && (
          <Box sx={{ px: 1, py: 0.5 }}>
            <Button size="small" fullWidth disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
              {list.isFetchingNextPage ? 'Loading…' : 'Show older'}
            </Button>
          </Box>
        )}
      </Menu>
    </>
  );
}
