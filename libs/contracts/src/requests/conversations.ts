import type { ActivityFilter } from '../reports.js';
import type { AttachmentType, ConversationSort, ConversationStatus, ConversationView, Priority } from '../enums.js';

export const CONVERSATION_LIMITS = {
  cursor: 500, page: 100, messagesPage: 200, text: 4000, note: 10_000, attachments: 10, attachmentName: 200,
  caption: 1000, tags: 50, bulk: 500,
} as const;

/** Statuses a person sets directly; `snoozed` comes from POST .../snooze with a time. */
export const SETTABLE_STATUSES = ['open', 'pending', 'resolved'] as const;
export type SettableStatus = (typeof SETTABLE_STATUSES)[number];

/** GET /api/conversations: filters, sort and page; the report links' activity filter too. */
export interface ListConversationsRequest extends ActivityFilter {
  view?: ConversationView;
  /** `any`: every status */
  status?: ConversationStatus | 'any';
  inboxId?: string;
  teamId?: string;
  assigneeId?: string;
  tagId?: string;
  priority?: Priority;
  unanswered?: boolean;
  sort?: ConversationSort;
  cursor?: string;
  limit?: number;
}

/** GET /api/conversations/changes */
export interface ConversationChangesRequest {
  /** from the previous answer; absent: a cursor for now */
  cursor?: string;
}

/** GET /api/conversations/:id/messages */
export interface ListMessagesRequest {
  cursor?: string;
  direction?: 'older' | 'newer';
  limit?: number;
}

/** One file sent with a reply: the platform fetches it from `url`. */
export interface AttachmentRequest {
  type: AttachmentType;
  url: string;
  name?: string;
  caption?: string;
}

/** POST /api/conversations/:id/messages: text, attachments or both. */
export interface ReplyRequest {
  text?: string;
  attachments?: AttachmentRequest[];
  /** the quick reply this text came from, to count its use */
  quickReplyId?: string;
  /** the message this one answers (quoted on the platforms that can) */
  replyToId?: string;
}

/** POST /api/conversations/:id/notes: visible to agents only. */
export interface NoteRequest {
  text: string;
}

/** PUT /api/conversations/:id/assignee; null unassigns. */
export interface AssigneeRequest {
  assigneeId: string | null;
}

/** PUT /api/conversations/:id/team; null removes the team. */
export interface TeamAssignRequest {
  teamId: string | null;
}

/** PUT /api/conversations/:id/status */
export interface StatusRequest {
  status: SettableStatus;
}

/** POST /api/conversations/:id/snooze: reopens by itself at `until`, or when the customer writes. */
export interface SnoozeRequest {
  until: string;
}

/** PUT /api/conversations/:id/archived */
export interface ArchivedRequest {
  archived: boolean;
}

/** PUT /api/conversations/:id/priority */
export interface PriorityRequest {
  priority: Priority;
}

/** POST /api/conversations/:id/tags: adds these tags (removing is DELETE .../tags/:tagId). */
export interface TagsRequest {
  tagIds: string[];
}

/** DELETE /api/conversations/:id */
export interface DeleteConversationRequest {
  /** also erase the contact and their other conversations in this inbox */
  deleteContact?: boolean;
}

/** One action applied to many conversations at once; each type takes the field of its single-conversation route. */
export type BulkActionRequest =
  | { type: 'assign'; assigneeId: string | null }
  | { type: 'team'; teamId: string | null }
  | { type: 'status'; status: SettableStatus }
  | { type: 'snooze'; until: string }
  | { type: 'archive'; archived: boolean }
  | { type: 'priority'; priority: Priority }
  | { type: 'tag'; tagIds: string[] }
  | { type: 'read' };
export const BULK_ACTION_TYPES = ['assign', 'team', 'status', 'snooze', 'archive', 'priority', 'tag', 'read'] as const satisfies readonly BulkActionRequest['type'][];

/** POST /api/conversations/bulk */
export interface BulkRequest {
  ids: string[];
  action: BulkActionRequest;
}
