import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useConversationEvents } from '../../conversations/hooks/use-conversation-queries';
import { ErrorState } from '../../ui/components/error-state';
import { formatShortTime } from '../../ui/utils/format-time';
import { describeEvent } from '../utils/describe-event';

export type ActivityTrailProps = { conversationId: string };

export function ActivityTrail({ conversationId }: ActivityTrailProps) {
  const events = useConversationEvents(conversationId);
  if (events.isPending) return <><Skeleton /><Skeleton /><Skeleton width="60%" /></>;
  if (events.isError) return <ErrorState error={events.error} onRetry={() => events.refetch()} />;
  if (events.data.length === 0) return <Typography variant="body2" color="text.secondary">No activity yet</Typography>;
  const newestFirst = [...events.data].reverse();
  return (
    <List dense disablePadding aria-label="Activity">
      {newestFirst.map((e) => (
        <ListItem key={e.id} disableGutters sx={{ py: 0.25 }}>
          <ListItemText
            primary={describeEvent(e)}
            secondary={formatShortTime(e.createdAt)}
            slotProps={{ primary: { variant: 'body2' }, secondary: { variant: 'caption' } }}
          />
        </ListItem>
      ))}
    </List>
  );
}
