import { useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { QuickReplyDto } from '@parley/contracts';
import { fillVariables } from '../utils/fill-variables';
import { findSlashToken, replaceRange, type SlashToken } from '../utils/slash-token';
import { useQuickReplySearch, useRenderQuickReply } from './use-quick-reply-search';

interface PendingVariables {
  text: string;
  missing: string[];
  token: SlashToken;
}

interface Options {
  conversationId: string;
  text: string;
  setText: (text: string) => void;
  inputRef: RefObject<HTMLTextAreaElement | null>;
}

/** The "/" quick-reply flow: find the token at the caret, search, render on the server, prompt for blanks, insert. */
export function useQuickReplyInsertion({ conversationId, text, setText, inputRef }: Options) {
  const [token, setToken] = useState<SlashToken | null>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const [pending, setPending] = useState<PendingVariables | null>(null);
  const [usedQuickReplyId, setUsedQuickReplyId] = useState<string | undefined>();
  const search = useQuickReplySearch(token ? token.query : null);
  const render = useRenderQuickReply(conversationId);
  const results = token ? (search.data ?? []) : [];
  const textRef = useRef(text);
  textRef.current = text;
  const caretAfterInsert = useRef<number | null>(null);

  useLayoutEffect(() => {
    const input = inputRef.current;
    if (caretAfterInsert.current === null || !input) return;
    input.focus();
    input.setSelectionRange(caretAfterInsert.current, caretAfterInsert.current);
    caretAfterInsert.current = null;
  }, [text, inputRef]);

  const track = (value: string, caret: number) => {
    const next = findSlashToken(value, caret);
    setToken(next);
    if (next?.query !== token?.query) setActiveIndex(0);
  };

  const insert = (rendered: string, at: SlashToken) => {
    const next = replaceRange(textRef.current, at.start, at.end, rendered);
    caretAfterInsert.current = next.caret;
    setText(next.text);
    setToken(null);
  };

  const select = (reply: QuickReplyDto) => {
    if (!token) return;
    const at = token;
    setToken(null);
    setUsedQuickReplyId(reply.id);
    render.mutate(reply.id, {
      onSuccess: (result) => {
        if (result.missing.length > 0) setPending({ text: result.text, missing: result.missing, token: at });
        else insert(result.text, at);
      },
    });
  };

  /** Returns true when the picker consumed the key. */
  const onKeyDown = (event: KeyboardEvent): boolean => {
    if (!token) return false;
    const count = results.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (count) setActiveIndex((i) => (i + (event.key === 'ArrowDown' ? 1 : count - 1)) % count);
      return true;
    }
    if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      const reply = results[activeIndex];
      if (reply) select(reply);
      return true;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setToken(null);
      return true;
    }
    return false;
  };

  const completeVariables = (values: Record<string, string>) => {
    if (pending) insert(fillVariables(pending.text, values), pending.token);
    setPending(null);
  };

  return {
    token,
    results,
    activeIndex,
    setActiveIndex,
    searching: search.isFetching,
    renderError: render.error,
    pending,
    usedQuickReplyId,
    resetUsedQuickReply: () => setUsedQuickReplyId(undefined),
    track,
    select,
    onKeyDown,
    completeVariables,
    cancelVariables: () => setPending(null),
  };
}
