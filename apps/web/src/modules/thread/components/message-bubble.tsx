import ReplyIcon from '@mui/icons-material/Reply';
import SmartToyIcon from '@mui/icons-material/SmartToy';
import StickyNote2Icon from '@mui/icons-material/StickyNote2';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { MessageDto } from '@parley/contracts';
import { formatDateTime, formatShortTime } from '../../ui/utils/format-time';
import { DeliveryStatus } from './delivery-status';
import { MessageAttachments } from './message-attachments';

export type MessageBubbleProps = {
  message: MessageDto;
  replyTo?: MessageDto;
  onRetry?: (message: MessageDto) => void;
  retrying?: boolean;
  /** Quote this message in the reply being written (customer and page messages, not notes). */
  onReplyTo?: (message: MessageDto) => void;
};

export function MessageBubble({ message: m, replyTo, onRetry, retrying, onReplyTo }: MessageBubbleProps) {
  if (m.kind === 'activity') {
    return (
      <Typography variant="caption" color="text.secondary" component="p" sx={{ textAlign: 'center', my: 1 }}>
        {m.text} · {formatShortTime(m.sentAt)}
      </Typography>
    );
  }
  const note = m.kind === 'note';
  const outgoing = m.direction === 'outgoing' || note;
  const automated = m.senderType === 'automation';
  const deleted = Boolean(m.deletedAt);
  const author = note ? `${m.sender?.name ?? 'Someone'} · private note` : automated ? 'Automated' : outgoing ? (m.sender?.name ?? (m.standby ? 'Another app' : 'Page')) : undefined;

  const quotable = onReplyTo && !note && !deleted;
  return (
    <Stack
      sx={{ alignItems: outgoing ? 'flex-end' : 'flex-start', my: 0.75, '&:hover .reply-action, & .reply-action:focus-visible': { opacity: 1 } }}
      data-testid={`message-${m.kind}`}
    >
      {author && (
        <Typography variant="caption" color="text.secondary" sx={{ display: 'flex', alignItems: 'center', gap: 0.5, mx: 1 }}>
          {note && <StickyNote2Icon sx={{ fontSize: 14 }} />}
          {automated && <SmartToyIcon sx={{ fontSize: 14 }} />}
          {author}
        </Typography>
      )}
      <Stack direction={outgoing ? 'row-reverse' : 'row'} sx={{ alignItems: 'center', width: '100%' }}>
        <Box
          sx={(theme) => ({
            maxWidth: '72%',
            px: 1.5,
            py: 1,
            borderRadius: 2,
            borderBottomRightRadius: outgoing ? 4 : undefined,
            borderBottomLeftRadius: outgoing ? undefined : 4,
            whiteSpace: 'pre-wrap',
            overflowWrap: 'anywhere',
            ...(note
              ? { bgcolor: theme.palette.note.background, color: theme.palette.note.text, border: `1px dashed ${theme.palette.note.border}` }
              : outgoing
                ? { bgcolor: theme.palette.bubble.outgoing, color: theme.palette.bubble.outgoingText }
                : { bgcolor: theme.palette.bubble.incoming, color: theme.palette.bubble.incomingText }),
            ...(automated && !note ? { outline: `2px dotted ${theme.palette.secondary.main}`, outlineOffset: 1 } : {}),
          })}
        >
          {replyTo && (
            <Typography variant="caption" component="blockquote" sx={{ m: 0, mb: 0.5, pl: 1, borderLeft: 2, opacity: 0.85, display: 'block' }} noWrap>
              {replyTo.text ?? 'Attachment'}
            </Typography>
          )}
          {deleted ? (
            <Typography variant="body2" sx={{ fontStyle: 'italic', opacity: 0.85 }}>This message was deleted</Typography>
          ) : (
            <>
              {m.text && <Typography variant="body2">{m.text}</Typography>}
              <MessageAttachments attachments={m.attachments} />
            </>
          )}
          <Stack direction="row" spacing={0.75} sx={{ justifyContent: 'flex-end', alignItems: 'center', mt: 0.25, opacity: 0.9 }}>
            {m.standby && <Typography variant="caption" title="Arrived while another app controlled this conversation: context, not waiting for your answer">context</Typography>}
            {m.editedAt && !deleted && <Typography variant="caption">edited</Typography>}
            <Typography variant="caption" component="time" dateTime={m.sentAt} title={formatDateTime(m.sentAt)}>
              {formatShortTime(m.sentAt)}
            </Typography>
            {m.direction === 'outgoing' && !note && (
              <DeliveryStatus message={m} onRetry={onRetry ? () => onRetry(m) : undefined} retrying={retrying} />
            )}
          </Stack>
        </Box>
        {quotable && (
          <IconButton className="reply-action" size="small" aria-label="Reply to this message" onClick={() => onReplyTo(m)} sx={{ opacity: 0, mx: 0.5, transition: 'opacity 120ms' }}>
            <ReplyIcon fontSize="small" />
          </IconButton>
        )}
      </Stack>
      {m.reactions.length > 0 && (
        <Stack direction="row" spacing={0.5} sx={{ mt: -0.5, mx: 1 }} aria-label="Reactions">
          {m.reactions.map((r, i) => (
            <Box key={`${r.emoji}-${i}`} component="span" title={r.by === 'contact' ? 'Customer reacted' : 'Agent reacted'} sx={{ bgcolor: 'background.paper', border: 1, borderColor: 'divider', borderRadius: 4, px: 0.5, fontSize: 14 }}>
              {r.emoji}
            </Box>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
