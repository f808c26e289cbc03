import InboxIcon from '@mui/icons-material/Inbox';
import TuneIcon from '@mui/icons-material/Tune';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ConversationListItemDto } from '@parley/contracts';
import { EmptyState } from '../../ui/components/empty-state';
import { ErrorState } from '../../ui/components/error-state';
import type { ListQuery } from '../api/conversations.api';
import type { useConversationList } from '../hooks/use-conversation-queries';
import { isActivityFilterActive } from '../utils/parse-activity-filter';
import { ActivityFilterChip } from './activity-filter-chip';
import { BulkActionBar } from './bulk-action-bar';
import { ConversationList } from './conversation-list';
import { ConversationListSkeleton } from './conversation-list-skeleton';

const VIEW_TITLES = { mine: 'Mine', unassigned: 'Unassigned', all: 'All conversations', archived: 'Archived' } as const;

export type ConversationListPaneProps = {
  query: ListQuery;
  list: ReturnType<typeof useConversationList>;
  items: ConversationListItemDto[];
  activeId: string | undefined;
  highlightedIndex: number;
  checkedIds: ReadonlySet<string>;
  onCheckedChange: (ids: Set<string>) => void;
  onOpen: (id: string) => void;
  onHighlight: (index: number) => void;
  onClearFilters: () => void;
  /** On a narrow screen the views and filters live in a drawer that this button opens. */
  onOpenViews?: () => void;
};

export function ConversationListPane(props: ConversationListPaneProps) {
  const { query, list, items, activeId, highlightedIndex, checkedIds, onCheckedChange, onOpen, onHighlight, onClearFilters, onOpenViews } = props;
  const allChecked = items.length > 0 && items.every((i) => checkedIds.has(i.id));
  const toggle = (id: string) => {
    const next = new Set(checkedIds);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onCheckedChange(next);
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minWidth: 0 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', px: 1, py: 1, borderBottom: 1, borderColor: 'divider', minHeight: 56 }}>
        {onOpenViews && (
          <IconButton size="small" onClick={onOpenViews} aria-label="Views and filters">
            <TuneIcon fontSize="small" />
          </IconButton>
        )}
        <Checkbox
          size="small"
          checked={allChecked}
          indeterminate={!allChecked && checkedIds.size > 0}
          onChange={() => onCheckedChange(allChecked ? new Set() : new Set(items.map((i) => i.id)))}
          slotProps={{ input: { 'aria-label': 'Select all loaded conversations' } }}
          disabled={items.length === 0}
        />
        <Typography variant="subtitle1" component="h1" sx={{ fontWeight: 600, flex: 1 }}>
          {VIEW_TITLES[query.view ?? 'all']}
        </Typography>
        <Typography variant="caption" color="text.secondary">{query.status === 'any' ? 'any status' : query.status}</Typography>
      </Stack>
      {isActivityFilterActive(query) && (
        <Stack sx={{ px: 1.5, py: 1, borderBottom: 1, borderColor: 'divider' }}>
          <ActivityFilterChip filter={query} />
        </Stack>
      )}
      {checkedIds.size > 0 && (
        <BulkActionBar selectedIds={[...checkedIds]} archivedView={query.view === 'archived'} onClear={() => onCheckedChange(new Set())} />
      )}
      <Box sx={{ flex: 1, minHeight: 0 }}>
        {list.isPending ? (
          <ConversationListSkeleton />
        ) : list.isError ? (
          <ErrorState error={list.error} title="Cannot load conversations" onRetry={() => list.refetch()} />
        ) : items.length === 0 ? (
          <EmptyState
            icon={<InboxIcon fontSize="large" />}
            title="Nothing here"
            description="No conversation matches this view and these filters."
            action={<Button size="small" onClick={onClearFilters}>Clear filters</Button>}
          />
        ) : (
          <ConversationList
            items={items}
            activeId={activeId}
            highlightedIndex={highlightedIndex}
            checkedIds={checkedIds}
            hasNextPage={list.hasNextPage}
            isFetchingNextPage={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
            onOpen={onOpen}
            onToggleCheck={toggle}
            onHighlight={onHighlight}
          />
        )}
      </Box>
    </Box>
  );
}
