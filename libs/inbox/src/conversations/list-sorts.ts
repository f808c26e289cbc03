import type { ConversationSort } from '@parley/contracts';

export interface SortKey { expr: string; dir: 'ASC' | 'DESC'; type: 'timestamptz' | 'int' | 'uuid' }

// Each sort ends with the id so the order is total; the expressions match the migration's indexes.
export const LIST_SORTS: Record<ConversationSort, SortKey[]> = {
  latest: [{ expr: 'c.last_message_at', dir: 'DESC', type: 'timestamptz' }, { expr: 'c.id', dir: 'DESC', type: 'uuid' }],
  newest: [{ expr: 'c.created_at', dir: 'DESC', type: 'timestamptz' }, { expr: 'c.id', dir: 'DESC', type: 'uuid' }],
  waiting: [
    { expr: "coalesce(c.waiting_since, 'infinity'::timestamptz)", dir: 'ASC', type: 'timestamptz' },
    { expr: 'c.id', dir: 'ASC', type: 'uuid' },
  ],
  priority: [
    { expr: 'c.priority_rank', dir: 'DESC', type: 'int' },
    { expr: 'c.last_message_at', dir: 'DESC', type: 'timestamptz' },
    { expr: 'c.id', dir: 'DESC', type: 'uuid' },
  ],
};

/**
 * The keyset condition "after this row" for a sort. When every key has the same direction it is one row
 * comparison, which PostgreSQL answers from the index; otherwise the expanded OR form.
 */
export function keysetCondition(keys: SortKey[], firstParam: number): string {
  const params = keys.map((k, i) => `$${firstParam + i}::${k.type}`);
  const sameDir = keys.every((k) => k.dir === keys[0].dir);
  if (sameDir) {
    const op = keys[0].dir === 'DESC' ? '<' : '>';
    return `(${keys.map((k) => k.expr).join(', ')}) ${op} (${params.join(', ')})`;
  }
  const ors = keys.map((key, i) => {
    const eqs = keys.slice(0, i).map((k, j) => `${k.expr} = ${params[j]}`);
    return [...eqs, `${key.expr} ${key.dir === 'DESC' ? '<' : '>'} ${params[i]}`].join(' AND ');
  });
  return `(${ors.map((o) => `(${o})`).join(' OR ')})`;
}
