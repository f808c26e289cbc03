import type { ChannelType, ConversationDetailDto, ConversationListItemDto, ConversationStatus, Priority, TagDto } from '@parley/contracts';

/** One row of the list query: the conversation with what the list shows beside it. */
export interface ConversationRow {
  id: string; inbox_id: string; contact_id: string; status: ConversationStatus; archived: boolean; priority: Priority;
  priority_rank: number; assignee_id: string | null; team_id: string | null; snoozed_until: Date | null;
  last_message_at: Date; last_incoming_at: Date | null; last_reply_at: Date | null; first_reply_at: Date | null;
  waiting_since: Date | null; unread_count: number; snippet: string | null; version: string; created_at: Date;
  updated_at: Date; channel: ChannelType; contact_name: string | null; contact_avatar: string | null;
  assignee_name: string | null; tags: TagDto[];
}

const DAY = 24 * 3600_000;
const iso = (d: Date | null) => (d ? d.toISOString() : null);
const plus = (d: Date | null, ms: number) => (d ? new Date(d.getTime() + ms).toISOString() : null);

export function toListItem(r: ConversationRow): ConversationListItemDto {
  return {
    id: r.id,
    inboxId: r.inbox_id,
    channel: r.channel,
    contact: { id: r.contact_id, name: r.contact_name, avatarUrl: r.contact_avatar },
    status: r.status,
    archived: r.archived,
    priority: r.priority,
    assignee: r.assignee_id ? { id: r.assignee_id, name: r.assignee_name ?? '' } : null,
    teamId: r.team_id,
    tags: r.tags,
    snippet: r.snippet,
    lastMessageAt: iso(r.last_message_at),
    lastIncomingAt: iso(r.last_incoming_at),
    waitingSince: iso(r.waiting_since),
    unanswered: r.waiting_since !== null,
    unreadCount: r.unread_count,
    snoozedUntil: iso(r.snoozed_until),
    // The API channel has no platform window; Meta and WhatsApp allow a standard reply for 24 h.
    replyWindowClosesAt: r.channel === 'api' ? null : plus(r.last_incoming_at, DAY),
    createdAt: r.created_at.toISOString(),
    version: Number(r.version),
    updatedAt: r.updated_at.toISOString(),
  };
}

export function toDetail(r: ConversationRow): ConversationDetailDto {
  const metaChannel = r.channel === 'messenger' || r.channel === 'instagram';
  return {
    ...toListItem(r),
    firstReplyAt: iso(r.first_reply_at),
    humanAgentWindowClosesAt: metaChannel ? plus(r.last_incoming_at, 7 * DAY) : null,
    slaDue: null,
  };
}

/** Every column of `conversations`, named (not `*`) so that prepared statements survive an added column. */
export const CONVERSATION_COLUMNS = [
  'id', 'inbox_id', 'contact_id', 'status', 'archived', 'priority', 'priority_rank', 'assignee_id', 'team_id', 'snoozed_until',
  'last_message_at', 'last_incoming_at', 'last_reply_at', 'first_reply_at', 'waiting_since', 'unread_count', 'snippet',
  'resolved_at', 'version', 'created_at', 'updated_at', 'thread_controller',
] as const;

export const LIST_COLUMNS = `
  ${CONVERSATION_COLUMNS.map((column) => `c.${column}`).join(', ')}, i.channel, ct.name AS contact_name, ct.avatar_url AS contact_avatar, u.name AS assignee_name,
  coalesce((SELECT json_agg(json_build_object('id', t.id, 'name', t.name, 'color', t.color) ORDER BY t.name)
            FROM conversation_tags x JOIN tags t ON t.id = x.tag_id WHERE x.conversation_id = c.id), '[]'::json) AS tags`;

export const LIST_FROM = `
  conversations c
  JOIN inboxes i ON i.id = c.inbox_id
  JOIN contacts ct ON ct.id = c.contact_id
  LEFT JOIN users u ON u.id = c.assignee_id`;
