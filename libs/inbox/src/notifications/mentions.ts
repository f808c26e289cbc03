/** Lowercase without Latin accents, so '@lucia' finds 'Lucía'. */
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLowerCase();
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The users a note mentions: '@' followed by a user's full name or first name (any case, accents
 * optional), ending at a non-letter. The longest name wins, so '@Ana Pérez' names Ana Pérez, not a
 * different Ana; a first name shared by two users mentions nobody (the writer must use the full name).
 */
export function findMentions(text: string, users: { id: string; name: string }[]): string[] {
  const folded = fold(text);
  const firstNames = new Map<string, number>();
  for (const u of users) {
    const first = fold(u.name.trim().split(/\s+/u)[0] ?? '');
    firstNames.set(first, (firstNames.get(first) ?? 0) + 1);
  }
  const found = new Set<string>();
  for (const u of [...users].sort((a, b) => b.name.length - a.name.length)) {
    const full = fold(u.name.trim());
    const first = full.split(/\s+/u)[0] ?? '';
    const names = [full, ...(firstNames.get(first) === 1 && first !== full ? [first] : [])].filter((n) => n.length > 0);
    for (const name of names) {
      const words = name.split(/\s+/u).map(escapeRegExp).join('\\s+');
      if (new RegExp(`(?<![\\p{L}\\p{N}_])@${words}(?![\\p{L}\\p{N}_])`, 'u').test(folded)) found.add(u.id);
    }
  }
  return [...found];
}
