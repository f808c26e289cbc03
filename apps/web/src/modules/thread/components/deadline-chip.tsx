import TimerOutlinedIcon from '@mui/icons-material/TimerOutlined';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import type { ConversationDetailDto } from '@parley/contracts';
import { effectiveDeadline, type DeadlineTone } from '../../conversations/utils/effective-deadline';
import { useNow } from '../../ui/hooks/use-now';
import { formatDateTime } from '../../ui/utils/format-time';

const COLORS: Record<DeadlineTone, 'default' | 'warning' | 'error'> = { normal: 'default', warning: 'warning', danger: 'error', overdue: 'error' };
const SOURCES = { sla: 'SLA target', reply_window: 'platform reply window (24 h)', human_agent_window: 'HUMAN_AGENT window (7 days)' } as const;

export type DeadlineChipProps = { conversation: ConversationDetailDto };

/** One countdown to whatever comes first: the SLA target or the platform's reply window closing. */
export function DeadlineChip({ conversation }: DeadlineChipProps) {
  const now = useNow(15_000);
  const d = effectiveDeadline(conversation, now);
  if (!d) return null;
  return (
    <Tooltip title={`Next deadline: the ${SOURCES[d.kind]}, ${formatDateTime(d.dueAt)}`}>
      <Chip
        size="small"
        role="timer"
        icon={<TimerOutlinedIcon />}
        label={d.label}
        aria-label={`Next deadline: ${d.label}`}
        color={COLORS[d.tone]}
        variant={d.tone === 'overdue' ? 'filled' : 'outlined'}
        sx={{ maxWidth: '100%' }}
      />
    </Tooltip>
  );
}
