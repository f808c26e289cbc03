import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ConversationDetailDto } from '@parley/contracts';
import { ChannelIcon, channelLabel } from '../../conversations/components/channel-icon';
import { useInboxes } from '../../directory/hooks/use-directory';
import { UserAvatar } from '../../ui/components/user-avatar';
import { formatDateTime } from '../../ui/utils/format-time';

export type ContactCardProps = { conversation: ConversationDetailDto };

export function ContactCard({ conversation: c }: ContactCardProps) {
  const inboxes = useInboxes();
  const inbox = inboxes.data?.find((i) => i.id === c.inboxId);
  return (
    <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', mb: 2 }}>
      <UserAvatar name={c.contact.name} src={c.contact.avatarUrl} size={48} />
      <div style={{ minWidth: 0 }}>
        <Typography variant="subtitle1" component="h2" noWrap sx={{ fontWeight: 600 }}>{c.contact.name ?? 'Unknown contact'}</Typography>
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
          <ChannelIcon channel={c.channel} />
          <Typography variant="body2" color="text.secondary" noWrap>{channelLabel(c.channel)}{inbox ? ` · ${inbox.name}` : ''}</Typography>
        </Stack>
        <Typography variant="caption" color="text.secondary">
          Since {formatDateTime(c.createdAt)}{c.firstReplyAt ? ` · first reply ${formatDateTime(c.firstReplyAt)}` : ''}
        </Typography>
      </div>
    </Stack>
  );
}
