import { memo } from 'react';
import AccessTimeIcon from '@mui/icons-material/AccessTime';
import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ConversationListItemDto } from '@parley/contracts';
import { TagChip } from '../../ui/components/tag-chip';
import { UserAvatar } from '../../ui/components/user-avatar';
import { formatShortTime, formatSince } from '../../ui/utils/format-time';
import { ChannelIcon } from './channel-icon';
import { PriorityIndicator } from './priority-indicator';

export type ConversationRowProps = {
  conversation: ConversationListItemDto;
  /** position in the list, handed back to onFocusRow */
  index: number;
  now: number;
  active: boolean;
  highlighted: boolean;
  checked: boolean;
  onOpen: (id: string) => void;
  onToggleCheck: (id: string) => void;
  /** keyboard focus moves the j/k cursor here, so Enter opens the focused row */
  onFocusRow?: (index: number) => void;
};

/** Memoized: the virtualized list re-renders on every scroll frame, a row only when its own props change. */
export const ConversationRow = memo(function ConversationRow(props: ConversationRowProps) {
  const { conversation: c, index, now, active, highlighted, checked, onOpen, onToggleCheck, onFocusRow } = props;
  const name = c.contact.name ?? 'Unknown contact';
  return (
    <Box
      role="listitem"
      tabIndex={0}
      aria-current={active ? 'true' : undefined}
      aria-label={`${name}${c.unreadCount ? `, ${c.unreadCount} unread` : ''}${c.unanswered ? ', waiting for a reply' : ''}`}
      onFocus={(e) => e.target === e.currentTarget && onFocusRow?.(index)}
      data-testid="conversation-row"
      data-highlighted={highlighted || undefined}
      onClick={() => onOpen(c.id)}
      sx={{
        display: 'flex', gap: 1, px: 1, py: 1.25, cursor: 'pointer', borderBottom: 1, borderColor: 'divider',
        height: '100%', boxSizing: 'border-box', overflow: 'hidden',
        borderLeft: 3, borderLeftColor: active ? 'primary.main' : highlighted ? 'action.disabled' : 'transparent',
        bgcolor: active ? 'action.selected' : highlighted ? 'action.hover' : 'transparent',
        '&:hover': { bgcolor: 'action.hover' },
        '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
      }}
    >
      <Checkbox
        size="small"
        checked={checked}
        onClick={(e) => e.stopPropagation()}
        onChange={() => onToggleCheck(c.id)}
        slotProps={{ input: { 'aria-label': `Select conversation with ${name}` } }}
        sx={{ p: 0.5, alignSelf: 'flex-start' }}
      />
      <Badge
        overlap="circular"
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        badgeContent={<Box sx={{ bgcolor: 'background.paper', borderRadius: '50%', display: 'flex', p: '1px' }}><ChannelIcon channel={c.channel} sx={{ fontSize: 14 }} /></Box>}
      >
        <UserAvatar name={c.contact.name} src={c.contact.avatarUrl} size={36} />
      </Badge>
      <Box sx={{ minWidth: 0, flex: 1 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline' }}>
          <Typography variant="body2" noWrap sx={{ fontWeight: c.unreadCount > 0 ? 700 : 500, flex: 1 }}>{name}</Typography>
          {c.lastMessageAt && (
            <Typography variant="caption" color="text.secondary" sx={{ flexShrink: 0 }}>{formatShortTime(c.lastMessageAt, now)}</Typography>
          )}
        </Stack>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography variant="body2" color="text.secondary" noWrap sx={{ flex: 1, fontWeight: c.unreadCount > 0 ? 600 : 400 }}>
            {c.snippet ?? 'No messages yet'}
          </Typography>
          {c.unreadCount > 0 && (
            <Chip size="small" color="primary" label={c.unreadCount} aria-label={`${c.unreadCount} unread`} data-testid="unread-badge" sx={{ height: 20, minWidth: 20 }} />
          )}
        </Stack>
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', mt: 0.5, minHeight: 24, overflow: 'hidden' }}>
          {c.unanswered && c.waitingSince && (
            <Chip
              size="small"
              color="warning"
              variant="outlined"
              icon={<AccessTimeIcon />}
              label={`waiting ${formatSince(c.waitingSince, now)}`}
              sx={{ height: 22 }}
            />
          )}
          {c.status !== 'open' && <Chip size="small" label={c.status} sx={{ height: 22 }} />}
          {c.tags.slice(0, 2).map((t) => <TagChip key={t.id} tag={t} />)}
          {c.tags.length > 2 && <Typography variant="caption" color="text.secondary">+{c.tags.length - 2}</Typography>}
          <Box sx={{ flex: 1 }} />
          <PriorityIndicator priority={c.priority} />
          {c.assignee && <UserAvatar name={c.assignee.name} size={22} withTooltip />}
        </Stack>
      </Box>
    </Box>
  );
});
