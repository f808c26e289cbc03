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
      // Enter on a focused row or button keeps its own meaning.
      if (event.key === 'Enter' && (event.target === document.body || event.target === null)) {
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
