import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { PRIORITIES } from '@parley/contracts';
import { useTeams, useUsers } from '../../directory/hooks/use-directory';
import type { ListQuery } from '../api/conversations.api';
import type { FilterName } from '../hooks/use-list-filters';
import { FilterSelect } from './filter-select';

export type FiltersPanelProps = {
  query: ListQuery;
  onFilter: (name: FilterName, value: string | undefined) => void;
  onClear: () => void;
};

const STATUS_OPTIONS = ['open', 'pending', 'snoozed', 'resolved', 'any'].map((s) => ({ value: s, label: s === 'any' ? 'Any status' : s[0]?.toUpperCase() + s.slice(1) }));
const SORT_OPTIONS = [
  { value: 'latest', label: 'Latest message' },
  { value: 'waiting', label: 'Longest waiting' },
  { value: 'newest', label: 'Newest' },
  { value: 'priority', label: 'Priority' },
];

export function FiltersPanel({ query, onFilter, onClear }: FiltersPanelProps) {
  const users = useUsers();
  const teams = useTeams();
  return (
    <Stack spacing={1.5} sx={{ p: 1.5 }} component="section" aria-label="Filters">
      <FilterSelect id="filter-status" label="Status" value={query.status} options={STATUS_OPTIONS} onChange={(v) => onFilter('status', v)} />
      <FilterSelect
        id="filter-assignee"
        label="Assignee"
        value={query.assigneeId}
        anyLabel="Anyone"
        options={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
        onChange={(v) => onFilter('assigneeId', v)}
      />
      <FilterSelect
        id="filter-team"
        label="Team"
        value={query.teamId}
        anyLabel="Any team"
        options={(teams.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
        onChange={(v) => onFilter('teamId', v)}
      />
      <FilterSelect
        id="filter-priority"
        label="Priority"
        value={query.priority}
        anyLabel="Any priority"
        options={PRIORITIES.map((p) => ({ value: p, label: p }))}
        onChange={(v) => onFilter('priority', v)}
      />
      <FilterSelect
        id="filter-unanswered"
        label="Reply state"
        value={query.unanswered === undefined ? undefined : String(query.unanswered)}
        anyLabel="Answered or not"
        options={[{ value: 'true', label: 'Unanswered' }, { value: 'false', label: 'Answered' }]}
        onChange={(v) => onFilter('unanswered', v)}
      />
      <FilterSelect id="filter-sort" label="Sort by" value={query.sort} options={SORT_OPTIONS} onChange={(v) => onFilter('sort', v)} />
      <Button size="small" onClick={onClear}>Clear filters</Button>
    </Stack>
  );
}
