import FlagIcon from '@mui/icons-material/Flag';
import Tooltip from '@mui/material/Tooltip';
import type { Priority } from '@parley/contracts';

const COLORS: Record<Exclude<Priority, 'none'>, string> = { low: '#607d8b', medium: '#f9a825', high: '#ef6c00', urgent: '#d32f2f' };

export type PriorityIndicatorProps = { priority: Priority };

export function PriorityIndicator({ priority }: PriorityIndicatorProps) {
  if (priority === 'none') return null;
  return (
    <Tooltip title={`Priority: ${priority}`}>
      <FlagIcon fontSize="small" htmlColor={COLORS[priority]} titleAccess={`Priority ${priority}`} />
    </Tooltip>
  );
}
