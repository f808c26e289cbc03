export interface SlashToken {
  /** index of the "/" */
  start: number;
  /** index just after the typed query (the caret) */
  end: number;
  query: string;
}

/** The "/query" being typed at the caret: a slash at the start of the text or after whitespace, no spaces after it. */
export function findSlashToken(text: string, caret: number): SlashToken | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)\/([^\s/]*)$/.exec(before);
  if (!match) return null;
  const query = match[2] ?? '';
  return { start: caret - query.length - 1, end: caret, query };
}

/** Replaces [start, end) with `insert`; returns the new text and where the caret goes. */
export function replaceRange(text: string, start: number, end: number, insert: string): { text: string; caret: number } {
  return { text: text.slice(0, start) + insert + text.slice(end), caret: start + insert.length };
}
