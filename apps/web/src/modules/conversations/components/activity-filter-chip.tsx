import CloseIcon from '@mui/icons-material/Close';
import Chip from '@mui/material/Chip';
import { useUsers } from '../../directory/hooks/use-directory';
import { useListFilters } from '../hooks/use-list-filters';
import { describeActivityFilter } from '../utils/describe-activity-filter';
import type { ActiveActivityFilter } from '../utils/parse-activity-filter';

export type ActivityFilterChipProps = {
  filter: ActiveActivityFilter;
};

/** Says which report figure the list shows, so a manager who followed a link knows why it is short. */
export function ActivityFilterChip({ filter }: ActivityFilterChipProps) {
  const users = useUsers();
  const { removeActivityFilter } = useListFilters();
  const agentName = users.data?.find((u) => u.id === filter.activityBy)?.name ?? null;
  return (
    <Chip
      size="small"
      color="primary"
      variant="outlined"
      label={describeActivityFilter(filter, agentName)}
      onDelete={removeActivityFilter}
      deleteIcon={<CloseIcon titleAccess="Remove this filter" />}
      sx={{ alignSelf: 'flex-start', maxWidth: '100%' }}
    />
  );
}
