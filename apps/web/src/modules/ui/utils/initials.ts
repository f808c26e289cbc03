export function initials(name: string | null | undefined): string {
  const words = (name ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

/** A stable colour per name, from a palette dark enough for white text. */
const AVATAR_COLORS = ['#5e35b1', '#3949ab', '#00796b', '#2e7d32', '#ad1457', '#c62828', '#6d4c41', '#455a64', '#00838f', '#4527a0'];
export function avatarColor(seed: string): string {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return AVATAR_COLORS[Math.abs(hash) % AVATAR_COLORS.length] ?? '#455a64';
}
