import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ConversationDetailDto } from '@parley/contracts';
import { ChannelIcon } from '../../conversations/components/channel-icon';
import { useSetConversationStatus } from '../../conversations/hooks/use-conversation-actions';
import { useThreadPresence } from '../hooks/use-thread-presence';
import { DeadlineChip } from './deadline-chip';
import { PresenceLine } from './presence-line';

export type ThreadHeaderProps = {
  conversation: ConversationDetailDto;
  /** given on a phone, where the list and the details are panes of their own */
  onBack?: () => void;
  onShowDetails?: () => void;
};

export function ThreadHeader({ conversation: c, onBack, onShowDetails }: ThreadHeaderProps) {
  const { viewers, typers } = useThreadPresence(c.id);
  const setStatus = useSetConversationStatus();
  const resolved = c.status === 'resolved';
  return (
    <Stack direction="row" spacing={onBack ? 0.5 : 1.5} sx={{ alignItems: 'center', px: onBack ? 0.5 : 2, py: 1, borderBottom: 1, borderColor: 'divider', minHeight: 56 }}>
      {onBack && <IconButton onClick={onBack} aria-label="Back to the list"><ArrowBackIcon /></IconButton>}
      <ChannelIcon channel={c.channel} />
      <Box sx={{ minWidth: 0, flex: 1 }}>
        <Typography variant="subtitle1" component="h2" noWrap sx={{ fontWeight: 600, lineHeight: 1.3 }}>
          {c.contact.name ?? 'Unknown contact'}
        </Typography>
        <PresenceLine viewers={viewers} typers={typers} />
        {onBack && <DeadlineChip conversation={c} />}
      </Box>
      {!onBack && <DeadlineChip conversation={c} />}
      {c.archived && <Chip size="small" label="Archived" />}
      {!onBack && <Chip size="small" label={c.status} color={c.status === 'open' ? 'primary' : 'default'} variant="outlined" />}
      <Button
        size="small"
        variant={resolved ? 'outlined' : 'contained'}
        color="success"
        startIcon={<CheckCircleIcon />}
        disabled={setStatus.isPending}
        onClick={() => setStatus.mutate({ id: c.id, value: resolved ? 'open' : 'resolved' })}
      >
        {resolved ? 'Reopen' : 'Resolve'}
      </Button>
      {onShowDetails && <IconButton onClick={onShowDetails} aria-label="Conversation details"><InfoOutlinedIcon /></IconButton>}
    </Stack>
  );
}
