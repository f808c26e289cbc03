import { BadRequestException } from '@nestjs/common';
import { ConversationActions as A, type Change } from '@parley/inbox';
import type { BulkAction } from './conversations.dto.js';

/** Turns a validated bulk action into the same Change the single-conversation routes use. */
export function bulkChange(a: BulkAction): Change {
  const need = <T>(v: T | undefined, field: string): T => {
    if (v === undefined) throw new BadRequestException(`action.${field} is required for action.type ${a.type}`);
    return v;
  };
  switch (a.type) {
    case 'assign': return A.assign(need(a.assigneeId, 'assigneeId'));
    case 'team': return A.setTeam(need(a.teamId, 'teamId'));
    case 'status': return A.setStatus(need(a.status, 'status'));
    case 'snooze': return A.snooze(new Date(need(a.until, 'until')));
    case 'archive': return A.setArchived(need(a.archived, 'archived'));
    case 'priority': return A.setPriority(need(a.priority, 'priority'));
    case 'tag': return A.addTags(need(a.tagIds, 'tagIds'));
    case 'read': return A.markRead();
  }
}
