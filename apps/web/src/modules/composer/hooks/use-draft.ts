import { useCallback, useState } from 'react';

export type ComposerMode = 'reply' | 'note';
export interface Draft {
  text: string;
  mode: ComposerMode;
}

const key = (conversationId: string) => `parley.draft.${conversationId}`;

function read(conversationId: string): Draft {
  try {
    const raw = localStorage.getItem(key(conversationId));
    const parsed = raw ? (JSON.parse(raw) as Partial<Draft>) : {};
    return { text: typeof parsed.text === 'string' ? parsed.text : '', mode: parsed.mode === 'note' ? 'note' : 'reply' };
  } catch {
    return { text: '', mode: 'reply' };
  }
}

/** The unsent text of each conversation survives switching conversations and reloading the page. */
export function useDraft(conversationId: string) {
  const [draft, setDraftState] = useState<Draft>(() => read(conversationId));
  const setDraft = useCallback(
    (next: Draft) => {
      setDraftState(next);
      if (next.text) localStorage.setItem(key(conversationId), JSON.stringify(next));
      else localStorage.removeItem(key(conversationId));
    },
    [conversationId],
  );
  return [draft, setDraft] as const;
}
