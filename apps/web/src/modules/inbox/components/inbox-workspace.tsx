import { useEffect, useMemo, useRef, useState } from 'react';
import ForumIcon from '@mui/icons-material/Forum';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import { useParams } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import type { ComposerCommands } from '../../composer/components/composer';
import { ConversationListPane } from '../../conversations/components/conversation-list-pane';
import { FiltersPanel } from '../../conversations/components/filters-panel';
import { ViewsNav } from '../../conversations/components/views-nav';
import { useAssignConversation, useSetConversationStatus } from '../../conversations/hooks/use-conversation-actions';
import { useConversationList } from '../../conversations/hooks/use-conversation-queries';
import { useListFilters } from '../../conversations/hooks/use-list-filters';
import { ShortcutsDialog } from '../../shortcuts/components/shortcuts-dialog';
import { useInboxShortcuts } from '../../shortcuts/hooks/use-inbox-shortcuts';
import { ConversationPane } from '../../thread/components/conversation-pane';
import { EmptyState } from '../../ui/components/empty-state';
import { useInboxNavigation } from '../hooks/use-inbox-navigation';
import { DetailsColumn } from './details-column';

/** The agent's three panes (views and filters · list · thread) plus the details column. */
export function InboxWorkspace() {
  const { id: activeId } = useParams();
  const me = useCurrentUser();
  const { query, setFilter, clearFilters, search } = useListFilters();
  const list = useConversationList(query);
  const items = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const nav = useInboxNavigation(items, activeId, search);
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [snoozeOpen, setSnoozeOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const composerRef = useRef<ComposerCommands | null>(null);
  const tagInputRef = useRef<HTMLInputElement>(null);
  const setStatus = useSetConversationStatus();
  const assign = useAssignConversation();

  useEffect(() => setChecked(new Set()), [query]);

  useInboxShortcuts({
    next: nav.next,
    previous: nav.previous,
    open: nav.openHighlighted,
    resolveAndNext: () => {
      if (!activeId) return;
      const next = nav.neighbourOf(activeId);
      setStatus.mutate({ id: activeId, value: 'resolved' }, { onSuccess: () => nav.open(next) });
    },
    assignToMe: () => activeId && assign.mutate({ id: activeId, value: me.id }),
    snooze: () => activeId && setSnoozeOpen(true),
    tag: () => tagInputRef.current?.focus(),
    quickReply: () => composerRef.current?.startQuickReply(),
    focusComposer: () => composerRef.current?.focus(),
    help: () => setHelpOpen(true),
  });

  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: activeId ? '220px 340px minmax(380px, 1fr) 300px' : '220px 360px 1fr',
        height: '100%',
        minHeight: 0,
        '& > *': { minHeight: 0, borderRight: 1, borderColor: 'divider' },
      }}
    >
      <Box sx={{ overflowY: 'auto', bgcolor: 'background.paper' }}>
        <ViewsNav query={query} onFilter={setFilter} />
        <Divider />
        <FiltersPanel query={query} onFilter={setFilter} onClear={clearFilters} />
      </Box>
      <Box sx={{ bgcolor: 'background.paper' }}>
        <ConversationListPane
          query={query}
          list={list}
          items={items}
          activeId={activeId}
          highlightedIndex={nav.highlighted}
          checkedIds={checked}
          onCheckedChange={setChecked}
          onOpen={nav.open}
          onHighlight={nav.setHighlighted}
          onClearFilters={clearFilters}
        />
      </Box>
      <Box component="main" sx={{ minWidth: 0, bgcolor: 'background.default' }}>
        {activeId ? (
          <ConversationPane conversationId={activeId} composerRef={composerRef} />
        ) : (
          <Box sx={{ height: '100%', display: 'grid', placeItems: 'center' }}>
            <EmptyState icon={<ForumIcon fontSize="large" />} title="Pick a conversation" description="Use j / k to move through the list and Enter to open. Press ? for all shortcuts." />
          </Box>
        )}
      </Box>
      {activeId && (
        <Box sx={{ bgcolor: 'background.paper' }}>
          <DetailsColumn conversationId={activeId} snoozeOpen={snoozeOpen} onSnoozeOpenChange={setSnoozeOpen} tagInputRef={tagInputRef} />
        </Box>
      )}
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </Box>
  );
}
