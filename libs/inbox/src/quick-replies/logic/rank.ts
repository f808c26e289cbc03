export interface QuickReplyCandidate {
  id: string;
  shortcut: string;
  title: string;
  body: string;
  usageCount: number;
}

/**
 * Lowercase without accents, so 'cordoba' finds 'Córdoba' and 'Ñ' finds 'n'. Only the combining
 * diacritics block is stripped: Japanese voicing marks (が ≠ か) and Hangul survive the round trip.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLowerCase();
}

// Agents type '/' to open the picker, and shortcuts may be stored with or without it.
const stripSlash = (s: string) => s.replace(/^\//, '');

const SHORTCUT_PREFIX = 0;
const SHORTCUT_SUBSTRING = 1;
const TITLE = 2;
const BODY = 3;

/** How well an item matches, lower is better; null when it does not match. */
function tier(item: QuickReplyCandidate, query: string, terms: string[]): number | null {
  const shortcut = stripSlash(foldForSearch(item.shortcut));
  if (shortcut.startsWith(query)) return SHORTCUT_PREFIX;
  if (shortcut.includes(query)) return SHORTCUT_SUBSTRING;
  // Words may appear in any order: 'refund policy' finds 'Policy on refunds'.
  const title = foldForSearch(item.title);
  if (terms.every((t) => title.includes(t))) return TITLE;
  const text = `${title}\n${foldForSearch(item.body)}`;
  if (terms.every((t) => text.includes(t))) return BODY;
  return null;
}

// Code-unit order, not localeCompare: the same order on every server whatever its locale.
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const byPopularity = (a: QuickReplyCandidate, b: QuickReplyCandidate) =>
  b.usageCount - a.usageCount ||
  compareText(foldForSearch(a.shortcut), foldForSearch(b.shortcut)) ||
  compareText(a.id, b.id);

/**
 * Orders the quick replies matching `query` for the picker: shortcut prefix, then shortcut substring,
 * then title, then body matches; within a tier the most used first, then by shortcut. Items that do not
 * match are left out; an empty query returns every item, most used first.
 */
export function rankQuickReplies<T extends QuickReplyCandidate>(items: readonly T[], query: string): T[] {
  const q = stripSlash(foldForSearch(query.trim()));
  if (q === '') return [...items].sort(byPopularity);
  const terms = q.split(/\s+/u);
  return items
    .map((item) => ({ item, tier: tier(item, q, terms) }))
    .filter((r): r is { item: T; tier: number } => r.tier !== null)
    .sort((a, b) => a.tier - b.tier || byPopularity(a.item, b.item))
    .map((r) => r.item);
}
