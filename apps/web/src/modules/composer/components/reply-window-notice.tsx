import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { formatDateTime, formatDuration } from '../../ui/utils/format-time';
import type { ReplyWindow } from '../utils/reply-window';

export type ReplyWindowNoticeProps = { window: ReplyWindow };

const SOON_MS = 60 * 60_000;

export function ReplyWindowNotice({ window: w }: ReplyWindowNoticeProps) {
  switch (w.kind) {
    case 'open':
      return (
        <Typography variant="caption" color={w.remainingMs < SOON_MS ? 'warning.main' : 'text.secondary'} role="status" data-testid="reply-window">
          Reply window closes in {formatDuration(w.remainingMs)}
        </Typography>
      );
    case 'human_agent':
      return (
        <Alert severity="warning" sx={{ py: 0 }} role="status">
          The standard reply window has closed. Replies go out with the HUMAN_AGENT tag for another {formatDuration(w.remainingMs)}:
          use it only for a person answering the customer's request.
        </Alert>
      );
    case 'closed':
      return (
        <Alert severity="info" sx={{ py: 0 }} role="status" data-testid="reply-window-closed">
          The platform's reply window closed on {formatDateTime(w.closedAt)}. You can reply again once the customer writes;
          you can still add a private note.
        </Alert>
      );
    default:
      return null;
  }
}
