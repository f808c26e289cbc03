import { useEffect, useMemo, useRef, useState } from 'react';
import ForumIcon from '@mui/icons-material/Forum';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Drawer from '@mui/material/Drawer';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useParams } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import type { ComposerCommands } from '../../composer/components/composer';
import { ConversationListPane } from '../../conversations/components/conversation-list-pane';
import { FiltersPanel } from '../../conversations/components/filters-panel';
import { ViewsNav } from '../../conversations/components/views-nav';
import { useAssignConversation, useSetConversationStatus } from '../../conversations/hooks/use-conversation-actions';
import { useConversationList } from '../../conversations/hooks/use-conversation-queries';
import { useListFilters, type FilterName } from '../../conversations/hooks/use-list-filters';
import { ShortcutsDialog } from '../../shortcuts/components/shortcuts-dialog';
import { useInboxShortcuts } from '../../shortcuts/hooks/use-inbox-shortcuts';
import { ConversationPane } from '../../thread/components/conversation-pane';
import { EmptyState } from '../../ui/components/empty-state';
import { usePhone } from '../../ui/hooks/use-phone';
import { useInboxNavigation } from '../hooks/use-inbox-navigation';
import { DetailsColumn } from './details-column';
import { PhoneDetails } from './phone-details';

// Below this width the four columns do not fit (220 + 340 + 380 + 300 px): the views and filters move into a
// drawer opened from the list's header, and the list and details columns narrow.
const COMPACT = '(max-width: 1279.95px)';

/** The agent's three panes (views and filters · list · thread) plus the details column. */
export function InboxWorkspace() {
  const compact = useMediaQuery(COMPACT);
  const phone = usePhone();
  // A phone shows one pane: the list, or the open conversation, or (from its header) that conversation's details.
  const [phoneDetails, setPhoneDetails] = useState(false);
  const [viewsOpen, setViewsOpen] = useState(false);
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
  useEffect(() => setPhoneDetails(false), [activeId]);

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

  const navigation = (onFilter: (name: FilterName, value: string | undefined) => void) => (
    <>
      <ViewsNav query={query} onFilter={onFilter} />
      <Divider />
      <FiltersPanel query={query} onFilter={onFilter} onClear={clearFilters} />
    </>
  );

  const viewsDrawer = compact && (
    <Drawer open={viewsOpen} onClose={() => setViewsOpen(false)} slotProps={{ paper: { sx: { width: 260, maxWidth: '85vw' }, 'aria-label': 'Views and filters' } }}>
      {navigation(
        // Picking a view is a destination: the drawer gets out of the way; filters may be set several at once.
        (name, value) => { setFilter(name, value); if (name === 'view') setViewsOpen(false); },
      )}
    </Drawer>
  );
  const listPane = (
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
      onOpenViews={compact ? () => setViewsOpen(true) : undefined}
    />
  );
  const shortcutsDialog = <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />;

  if (phone) {
    return (
      <Box sx={{ height: '100%', minHeight: 0, minWidth: 0, bgcolor: 'background.paper' }}>
        {viewsDrawer}
        {!activeId ? listPane : phoneDetails ? (
          <PhoneDetails conversationId={activeId} onBack={() => setPhoneDetails(false)} snoozeOpen={snoozeOpen} onSnoozeOpenChange={setSnoozeOpen} tagInputRef={tagInputRef} />
        ) : (
          <Box component="main" sx={{ height: '100%', minWidth: 0, bgcolor: 'background.default' }}>
            <ConversationPane conversationId={activeId} composerRef={composerRef} onBack={() => nav.open(undefined)} onShowDetails={() => setPhoneDetails(true)} />
          </Box>
        )}
        {shortcutsDialog}
      </Box>
    );
  }

  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: compact
          ? (activeId ? '300px minmax(340px, 1fr) 260px' : '340px 1fr')
          : (activeId ? '220px 340px minmax(380px, 1fr) 300px' : '220px 360px 1fr'),
        height: '100%',
        minHeight: 0,
        '& > *': { minHeight: 0, borderRight: 1, borderColor: 'divider' },
      }}
    >
      {viewsDrawer || <Box sx={{ overflowY: 'auto', bgcolor: 'background.paper' }}>{navigation(setFilter)}</Box>}
      <Box sx={{ bgcolor: 'background.paper' }}>{listPane}</Box>
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
      {shortcutsDialog}
    </Box>
  );
}
