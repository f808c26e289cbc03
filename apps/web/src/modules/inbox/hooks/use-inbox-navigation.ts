import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { ConversationListItemDto } from '@parley/contracts';

/** The keyboard cursor in the list (j/k) and opening a conversation while keeping the list's filters in the URL. */
export function useInboxNavigation(items: ConversationListItemDto[], activeId: string | undefined, search: string) {
  const navigate = useNavigate();
  const [highlighted, setHighlighted] = useState(-1);

  useEffect(() => {
    if (!activeId) return;
    const index = items.findIndex((i) => i.id === activeId);
    if (index >= 0) setHighlighted(index);
  }, [activeId, items]);

  const open = useCallback(
    (id: string | undefined) => navigate({ pathname: id ? `/conversations/${id}` : '/', search: search ? `?${search}` : '' }),
    [navigate, search],
  );

  const move = (delta: number) => setHighlighted((i) => Math.max(0, Math.min(items.length - 1, i + delta)));

  return {
    highlighted,
    setHighlighted,
    open,
    next: () => move(1),
    previous: () => move(-1),
    openHighlighted: () => open(items[highlighted]?.id),
    /** the row after the active one (or before it, at the end), to go to once it leaves the list */
    neighbourOf: (id: string) => {
      const index = items.findIndex((i) => i.id === id);
      return items[index + 1]?.id ?? items[index - 1]?.id;
    },
  };
}
