import type { ReactNode } from 'react';
import AllInboxIcon from '@mui/icons-material/AllInbox';
import ArchiveIcon from '@mui/icons-material/Archive';
import InboxIcon from '@mui/icons-material/Inbox';
import PersonIcon from '@mui/icons-material/Person';
import PersonOffIcon from '@mui/icons-material/PersonOff';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import type { ConversationView } from '@parley/contracts';
import { useInboxes, useTags } from '../../directory/hooks/use-directory';
import { useConversationCounts } from '../hooks/use-conversation-queries';
import type { FilterName } from '../hooks/use-list-filters';
import type { ListQuery } from '../api/conversations.api';
import { ChannelIcon } from './channel-icon';

const VIEWS: { view: ConversationView; label: string; icon: ReactNode }[] = [
  { view: 'mine', label: 'Mine', icon: <PersonIcon fontSize="small" /> },
  { view: 'unassigned', label: 'Unassigned', icon: <PersonOffIcon fontSize="small" /> },
  { view: 'all', label: 'All', icon: <AllInboxIcon fontSize="small" /> },
  { view: 'archived', label: 'Archived', icon: <ArchiveIcon fontSize="small" /> },
];

export type ViewsNavProps = {
  query: ListQuery;
  onFilter: (name: FilterName, value: string | undefined) => void;
};

function Count({ value }: { value: number | undefined }) {
  if (value === undefined) return <Skeleton width={20} />;
  return <Typography variant="caption" sx={{ fontWeight: 600 }} aria-label={`${value} conversations`}>{value}</Typography>;
}

export function ViewsNav({ query, onFilter }: ViewsNavProps) {
  const counts = useConversationCounts();
  const inboxes = useInboxes();
  const tags = useTags();
  return (
    <nav aria-label="Conversation views">
      <List dense disablePadding>
        {VIEWS.map(({ view, label, icon }) => (
          <ListItemButton key={view} selected={query.view === view} onClick={() => onFilter('view', view)} aria-current={query.view === view ? 'page' : undefined}>
            <ListItemIcon sx={{ minWidth: 32 }}>{icon}</ListItemIcon>
            <ListItemText primary={label} />
            <Count value={counts.data?.[view]} />
          </ListItemButton>
        ))}
        <ListItemButton selected={query.unanswered === true} onClick={() => onFilter('unanswered', query.unanswered ? undefined : 'true')}>
          <ListItemIcon sx={{ minWidth: 32 }}><InboxIcon fontSize="small" /></ListItemIcon>
          <ListItemText primary="Unanswered" />
          <Count value={counts.data?.unanswered} />
        </ListItemButton>
      </List>
      <List dense disablePadding subheader={<ListSubheader disableSticky>Inboxes</ListSubheader>}>
        {(inboxes.data ?? []).map((inbox) => (
          <ListItemButton key={inbox.id} selected={query.inboxId === inbox.id} onClick={() => onFilter('inboxId', query.inboxId === inbox.id ? undefined : inbox.id)}>
            <ListItemIcon sx={{ minWidth: 32 }}><ChannelIcon channel={inbox.channel} /></ListItemIcon>
            <ListItemText primary={inbox.name} slotProps={{ primary: { noWrap: true } }} />
          </ListItemButton>
        ))}
        {inboxes.isPending && <Skeleton sx={{ mx: 2 }} />}
        {inboxes.data?.length === 0 && <Typography variant="caption" color="text.secondary" sx={{ px: 2 }}>No inboxes yet</Typography>}
      </List>
      <List dense disablePadding subheader={<ListSubheader disableSticky>Tags</ListSubheader>}>
        {(tags.data ?? []).map((tag) => (
          <ListItemButton key={tag.id} selected={query.tagId === tag.id} onClick={() => onFilter('tagId', query.tagId === tag.id ? undefined : tag.id)}>
            <ListItemIcon sx={{ minWidth: 32 }}>
              <span aria-hidden style={{ width: 10, height: 10, borderRadius: '50%', background: tag.color ?? '#90a4ae', marginLeft: 4 }} />
            </ListItemIcon>
            <ListItemText primary={tag.name} slotProps={{ primary: { noWrap: true } }} />
          </ListItemButton>
        ))}
        {tags.data?.length === 0 && <Typography variant="caption" color="text.secondary" sx={{ px: 2 }}>No tags yet</Typography>}
      </List>
    </nav>
  );
}
