import type { ConversationEventDto } from '@parley/contracts';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

function nameOf(data: Record<string, unknown>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = data[key];
    if (typeof value === 'string' && value) return value;
    if (value && typeof value === 'object' && 'name' in value) return str((value as { name: unknown }).name);
  }
  return undefined;
}

/** One readable line per trail entry; unknown types still show their raw name. */
export function describeEvent(e: ConversationEventDto): string {
  const who = e.actor?.name ?? 'Parley';
  const d = e.data;
  switch (e.type) {
    case 'created': return 'Conversation started';
    case 'assigned': return `${who} assigned it to ${nameOf(d, 'assignee', 'assigneeName', 'to') ?? 'an agent'}`;
    case 'unassigned': return `${who} unassigned it`;
    case 'team_changed': return `${who} moved it to ${nameOf(d, 'team', 'teamName', 'to') ?? 'no team'}`;
    case 'status_changed': return `${who} set status to ${str(d.to) ?? str(d.status) ?? 'a new status'}`;
    case 'snoozed': return `${who} snoozed it${str(d.until) ? ` until ${new Date(String(d.until)).toLocaleString()}` : ''}`;
    case 'woken': return 'Snooze ended';
    case 'reopened': return 'Reopened by a new message';
    case 'archived': return `${who} archived it`;
    case 'unarchived': return `${who} restored it from the archive`;
    case 'priority_changed': return `${who} set priority to ${str(d.to) ?? str(d.priority) ?? '?'}`;
    case 'tag_added': return `${who} added tag ${nameOf(d, 'tag', 'tagName', 'name') ?? ''}`.trim();
    case 'tag_removed': return `${who} removed tag ${nameOf(d, 'tag', 'tagName', 'name') ?? ''}`.trim();
    case 'marked_read': return `${who} read it`;
    case 'replied': return `${who} replied`;
    case 'note_added': return `${who} added a note`;
    default: return `${who}: ${e.type.replace(/_/g, ' ')}`;
  }
}
