import { useEffect, useRef } from 'react';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ConversationListItemDto } from '@parley/contracts';
import { useNow } from '../../ui/hooks/use-now';
import { ConversationRow } from './conversation-row';

export type ConversationListProps = {
  items: ConversationListItemDto[];
  activeId: string | undefined;
  highlightedIndex: number;
  checkedIds: ReadonlySet<string>;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  onOpen: (id: string) => void;
  onToggleCheck: (id: string) => void;
  onHighlight?: (index: number) => void;
};

/** Every row has the same height (ConversationRow fixes it), so nothing is measured while scrolling. */
export const ROW_HEIGHT = 92;

/**
 * Virtualized so thousands of loaded rows stay cheap; asks for the next page a few rows before the end.
 * Rows are memoized and get only stable props, so a scroll frame renders just the rows that enter the window.
 */
export function ConversationList(props: ConversationListProps) {
  const { items, activeId, highlightedIndex, checkedIds, hasNextPage, isFetchingNextPage, onLoadMore, onOpen, onToggleCheck, onHighlight } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const now = useNow();
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    getItemKey: (index) => items[index]?.id ?? index,
    initialRect: { width: 360, height: 720 },
    // Let React batch scroll updates instead of rendering synchronously inside every scroll event.
    useFlushSync: false,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const lastIndex = virtualItems[virtualItems.length - 1]?.index ?? -1;

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastIndex >= items.length - 5) onLoadMore();
  }, [lastIndex, items.length, hasNextPage, isFetchingNextPage, onLoadMore]);

  useEffect(() => {
    if (highlightedIndex >= 0) virtualizer.scrollToIndex(highlightedIndex, { align: 'auto' });
  }, [highlightedIndex, virtualizer]);

  return (
    <Box ref={scrollRef} sx={{ height: '100%', overflowY: 'auto' }} role="list" aria-label="Conversations">
      <Box sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualItems.map((row) => {
          const conversation = items[row.index];
          if (!conversation) return null;
          return (
            <div
              key={row.key}
              data-index={row.index}
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', height: ROW_HEIGHT, transform: `translateY(${row.start}px)` }}
            >
              <ConversationRow
                conversation={conversation}
                index={row.index}
                now={now}
                active={conversation.id === activeId}
                highlighted={row.index === highlightedIndex}
                checked={checkedIds.has(conversation.id)}
                onOpen={onOpen}
                onToggleCheck={onToggleCheck}
                onFocusRow={onHighlight}
              />
            </div>
          );
        })}
      </Box>
      {isFetchingNextPage && <LinearProgress aria-label="Loading more conversations" />}
      {!hasNextPage && items.length > 0 && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ textAlign: 'center', py: 1.5 }}>
          That's everything in this view
        </Typography>
      )}
    </Box>
  );
}
