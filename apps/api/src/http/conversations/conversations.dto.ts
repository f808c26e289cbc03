import {
  ATTACHMENT_TYPES, BULK_ACTION_TYPES, CONVERSATION_LIMITS as L, CONVERSATION_SORTS, CONVERSATION_STATUSES, CONVERSATION_VIEWS, PRIORITIES,
  SETTABLE_STATUSES, type ArchivedRequest, type AssigneeRequest, type AttachmentRequest, type AttachmentType, type ConversationChangesRequest,
  type ConversationSort, type ConversationStatus, type ConversationView, type DeleteConversationRequest, type ListConversationsRequest,
  type ListMessagesRequest, type NoteRequest, type PriorityRequest, type Priority, type ReplyRequest, type SettableStatus, type SnoozeRequest,
  type StatusRequest, type TagsRequest, type TeamAssignRequest,
} from '@parley/contracts';
import { Bool, DateTime, HttpUrl, Id, IdList, Nested, OneOf, QueryBool, QueryInt, Text } from '../fields.js';
import { ActivityFilterQuery } from './activity-filter.dto.js';

const UUID = '9b2f4a1e-3c5d-4e6f-8a7b-1c2d3e4f5a6b';
const CURSOR = { optional: true, min: 0, max: L.cursor, example: 'eyJ0IjoiMjAyNi0wMy0yNlQxNDowNTowMFoiLCJpZCI6Ijk', description: 'nextCursor of the previous page' };
const STATUS_MESSAGE = 'status must be one of open, pending, resolved (use /snooze to snooze)';

/** The list's filters; the report links' activity filter lives in its own class. */
export class ListConversationsQuery extends ActivityFilterQuery implements ListConversationsRequest {
  @OneOf(CONVERSATION_VIEWS, { optional: true, example: 'mine' }) view?: ConversationView;
  @OneOf([...CONVERSATION_STATUSES, 'any'], { optional: true, example: 'open' }) status?: ConversationStatus | 'any';
  @Id({ optional: true, example: UUID, message: 'inboxId must be an inbox id' }) inboxId?: string;
  @Id({ optional: true, example: UUID, message: 'teamId must be a team id' }) teamId?: string;
  @Id({ optional: true, example: UUID, message: 'assigneeId must be a user id' }) assigneeId?: string;
  @Id({ optional: true, example: UUID, message: 'tagId must be a tag id' }) tagId?: string;
  @OneOf(PRIORITIES, { optional: true, example: 'high' }) priority?: Priority;
  @QueryBool({ optional: true, example: true, message: 'unanswered must be true or false', description: 'the customer wrote last' }) unanswered?: boolean;
  @OneOf(CONVERSATION_SORTS, { optional: true, example: 'waiting' }) sort?: ConversationSort;
  @Text(CURSOR) cursor?: string;
  @QueryInt({ optional: true, min: 1, max: L.page, example: 50, maxMessage: `limit must not be greater than ${L.page}` }) limit?: number;
}

export class ListMessagesQuery implements ListMessagesRequest {
  @Text(CURSOR) cursor?: string;
  @OneOf(['older', 'newer'], { optional: true, example: 'older' }) direction?: 'older' | 'newer';
  @QueryInt({ optional: true, min: 1, max: L.messagesPage, example: 40, maxMessage: `limit must not be greater than ${L.messagesPage}` }) limit?: number;
}

export class ChangesQuery implements ConversationChangesRequest {
  @Text({ ...CURSOR, description: 'the cursor of the previous answer; absent: a cursor for now' }) cursor?: string;
}

export class AttachmentBody implements AttachmentRequest {
  @OneOf(ATTACHMENT_TYPES, { example: 'image', message: `attachments.type must be one of ${ATTACHMENT_TYPES.join(', ')}` }) type: AttachmentType;
  @HttpUrl({ example: 'https://files.example.com/receipt.png', message: 'attachments.url must be an http(s) URL', description: 'the platform fetches the file from here' })
  url: string;
  @Text({ optional: true, max: L.attachmentName, example: 'receipt.png' }) name?: string;
  @Text({ optional: true, max: L.caption, example: 'Your receipt' }) caption?: string;
}

export class ReplyBody implements ReplyRequest {
  @Text({ optional: true, min: 0, max: L.text, example: 'Your order left our warehouse this morning.', maxMessage: `text must be at most ${L.text} characters (the platforms cut longer messages)` })
  text?: string;
  @Nested(() => AttachmentBody, { optional: true, each: { max: L.attachments }, example: [{ type: 'image', url: 'https://files.example.com/receipt.png' }] })
  attachments?: AttachmentBody[];
  @Id({ optional: true, example: UUID, message: 'quickReplyId must be a quick reply id', description: 'the quick reply this text came from' }) quickReplyId?: string;
  @Id({ optional: true, example: UUID, message: 'replyToId must be a message id', description: 'the message this one answers' }) replyToId?: string;
}

export class NoteBody implements NoteRequest {
  @Text({ min: 0, max: L.note, example: '@Ana the customer already sent the receipt' }) text: string;
}

export class AssigneeBody implements AssigneeRequest {
  @Id({ nullable: true, example: UUID, message: 'assigneeId must be a user id or null', description: 'null unassigns' }) assigneeId: string | null;
}

export class TeamAssignBody implements TeamAssignRequest {
  @Id({ nullable: true, example: UUID, message: 'teamId must be a team id or null', description: 'null removes the team' }) teamId: string | null;
}

export class StatusBody implements StatusRequest {
  @OneOf(SETTABLE_STATUSES, { example: 'resolved', message: STATUS_MESSAGE }) status: SettableStatus;
}

export class SnoozeBody implements SnoozeRequest {
  @DateTime({ example: '2026-03-27T09:00:00.000Z', message: 'until must be an ISO 8601 date-time' }) until: string;
}

export class ArchivedBody implements ArchivedRequest {
  @Bool({ example: true, message: 'archived must be true or false' }) archived: boolean;
}

export class PriorityBody implements PriorityRequest {
  @OneOf(PRIORITIES, { example: 'urgent' }) priority: Priority;
}

export class TagsBody implements TagsRequest {
  @IdList({ min: 1, max: L.tags, example: [UUID], message: 'tagIds must contain tag ids' }) tagIds: string[];
}

export class DeleteQuery implements DeleteConversationRequest {
  @QueryBool({ optional: true, example: false, message: 'deleteContact must be true or false', description: 'also erase the contact and their other conversations' })
  deleteContact?: boolean;
}

/** One action for many conversations; which field is required depends on the type (checked by bulkChange). */
export class BulkAction {
  @OneOf(BULK_ACTION_TYPES, { example: 'status', message: `action.type must be one of ${BULK_ACTION_TYPES.join(', ')}` }) type: (typeof BULK_ACTION_TYPES)[number];
  @Id({ optional: true, nullable: true, example: UUID, message: 'action.assigneeId must be a user id or null', description: 'type assign' }) assigneeId?: string | null;
  @Id({ optional: true, nullable: true, example: UUID, message: 'action.teamId must be a team id or null', description: 'type team' }) teamId?: string | null;
  @OneOf(SETTABLE_STATUSES, { optional: true, example: 'resolved', message: `action.status must be one of ${SETTABLE_STATUSES.join(', ')}`, description: 'type status' })
  status?: SettableStatus;
  @DateTime({ optional: true, example: '2026-03-27T09:00:00.000Z', message: 'action.until must be an ISO 8601 date-time', description: 'type snooze' }) until?: string;
  @Bool({ optional: true, example: true, description: 'type archive' }) archived?: boolean;
  @OneOf(PRIORITIES, { optional: true, example: 'high', message: `action.priority must be one of ${PRIORITIES.join(', ')}`, description: 'type priority' }) priority?: Priority;
  @IdList({ optional: true, min: 1, max: L.tags, example: [UUID], message: 'action.tagIds must contain tag ids', description: 'type tag' }) tagIds?: string[];
}

export class BulkBody {
  @IdList({ min: 1, max: L.bulk, example: [UUID], message: 'ids must contain conversation ids', maxMessage: `ids can hold at most ${L.bulk} conversations` }) ids: string[];
  @Nested(() => BulkAction, { example: { type: 'status', status: 'resolved' }, message: 'action is required: an object like { "type": "status", "status": "resolved" }' })
  action: BulkAction;
}
