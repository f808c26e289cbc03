import { useEffect, useRef } from 'react';

export interface InboxShortcutHandlers {
  next: () => void;
  previous: () => void;
  open: () => void;
  resolveAndNext: () => void;
  assignToMe: () => void;
  snooze: () => void;
  tag: () => void;
  quickReply: () => void;
  focusComposer: () => void;
  help: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.getAttribute('role') === 'combobox';
}

/** Single-key shortcuts, ignored while typing in a field or when a dialog is open. Esc leaves a field. */
export function useInboxShortcuts(handlers: InboxShortcutHandlers): void {
  const ref = useRef(handlers);
  ref.current = handlers;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && isTyping(event.target) && !event.defaultPrevented) {
        (event.target as HTMLElement).blur();
        return;
      }
      if (event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
      if (document.querySelector('[role="dialog"], [role="presentation"].MuiPopover-root, .MuiMenu-root')) return;
      const h = ref.current;
      const map: Record<string, (() => void) | undefined> = {
        j: h.next, k: h.previous, e: h.resolveAndNext, a: h.assignToMe, s: h.snooze, t: h.tag, '/': h.quickReply, r: h.focusComposer, '?': h.help,
      };
      // Enter on a button or link keeps its own meaning; on the page or a list row it opens the highlighted row.
      const target = event.target as HTMLElement | null;
      if (event.key === 'Enter' && (!target || target === document.body || target.getAttribute('role') === 'listitem')) {
        event.preventDefault();
        h.open();
        return;
      }
      const action = map[event.key];
      if (action) {
        event.preventDefault();
        action();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
