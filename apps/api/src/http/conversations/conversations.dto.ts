import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDateString, IsIn, IsInt, IsObject, IsOptional, IsString, IsUrl, IsUUID, Max,
  MaxLength, Min, ValidateIf, ValidateNested,
} from 'class-validator';
import {
  ATTACHMENT_TYPES, CONVERSATION_SORTS, CONVERSATION_STATUSES, CONVERSATION_VIEWS, PRIORITIES,
  type AttachmentType, type ConversationSort, type ConversationStatus, type ConversationView, type Priority,
} from '@parley/contracts';
import { ActivityFilterQuery } from './activity-filter.dto.js';

const oneOf = (name: string, values: readonly string[]) => ({ message: `${name} must be one of ${values.join(', ')}` });
const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** The list's filters; the report links' activity filter lives in its own class. */
export class ListConversationsQuery extends ActivityFilterQuery {
  @IsOptional() @IsIn(CONVERSATION_VIEWS, oneOf('view', CONVERSATION_VIEWS)) view?: ConversationView;
  @IsOptional() @IsIn([...CONVERSATION_STATUSES, 'any'], oneOf('status', [...CONVERSATION_STATUSES, 'any'])) status?: ConversationStatus | 'any';
  @IsOptional() @IsUUID('all', { message: 'inboxId must be an inbox id' }) inboxId?: string;
  @IsOptional() @IsUUID('all', { message: 'teamId must be a team id' }) teamId?: string;
  @IsOptional() @IsUUID('all', { message: 'assigneeId must be a user id' }) assigneeId?: string;
  @IsOptional() @IsUUID('all', { message: 'tagId must be a tag id' }) tagId?: string;
  @IsOptional() @IsIn(PRIORITIES, oneOf('priority', PRIORITIES)) priority?: Priority;
  @IsOptional() @Transform(toBool) @IsBoolean({ message: 'unanswered must be true or false' }) unanswered?: boolean;
  @IsOptional() @IsIn(CONVERSATION_SORTS, oneOf('sort', CONVERSATION_SORTS)) sort?: ConversationSort;
  @IsOptional() @IsString() @MaxLength(500) cursor?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100, { message: 'limit must not be greater than 100' }) limit?: number;
}

export class ListMessagesQuery {
  @IsOptional() @IsString() @MaxLength(500) cursor?: string;
  @IsOptional() @IsIn(['older', 'newer'], oneOf('direction', ['older', 'newer'])) direction?: 'older' | 'newer';
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200, { message: 'limit must not be greater than 200' }) limit?: number;
}

export class AttachmentBody {
  @IsIn(ATTACHMENT_TYPES, oneOf('attachments.type', ATTACHMENT_TYPES)) type: AttachmentType;
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'attachments.url must be an http(s) URL' }) url: string;
  @IsOptional() @IsString() @MaxLength(200) name?: string;
  @IsOptional() @IsString() @MaxLength(1000) caption?: string;
}

export class ReplyBody {
  @IsOptional() @IsString() @MaxLength(4000, { message: 'text must be at most 4000 characters (the platforms cut longer messages)' }) text?: string;
  @IsOptional() @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => AttachmentBody) attachments?: AttachmentBody[];
  @IsOptional() @IsUUID('all', { message: 'quickReplyId must be a quick reply id' }) quickReplyId?: string;
  @IsOptional() @IsUUID('all', { message: 'replyToId must be a message id' }) replyToId?: string;
}

export class NoteBody {
  @IsString() @MaxLength(10000) text: string;
}

export class AssigneeBody {
  @ValidateIf((_, v) => v !== null) @IsUUID('all', { message: 'assigneeId must be a user id or null' }) assigneeId: string | null;
}

export class TeamAssignBody {
  @ValidateIf((_, v) => v !== null) @IsUUID('all', { message: 'teamId must be a team id or null' }) teamId: string | null;
}

const SETTABLE_STATUSES = ['open', 'pending', 'resolved'] as const;
export class StatusBody {
  @IsIn(SETTABLE_STATUSES, { message: 'status must be one of open, pending, resolved (use /snooze to snooze)' })
  status: (typeof SETTABLE_STATUSES)[number];
}

export class SnoozeBody {
  @IsDateString({}, { message: 'until must be an ISO 8601 date-time' }) until: string;
}

export class ArchivedBody { @IsBoolean({ message: 'archived must be true or false' }) archived: boolean }
export class PriorityBody { @IsIn(PRIORITIES, oneOf('priority', PRIORITIES)) priority: Priority }

export class TagsBody {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @IsUUID('all', { each: true, message: 'tagIds must contain tag ids' }) tagIds: string[];
}

export class DeleteQuery {
  @IsOptional() @Transform(toBool) @IsBoolean({ message: 'deleteContact must be true or false' }) deleteContact?: boolean;
}

const BULK_TYPES = ['assign', 'team', 'status', 'snooze', 'archive', 'priority', 'tag', 'read'] as const;
export class BulkAction {
  @IsIn(BULK_TYPES, oneOf('action.type', BULK_TYPES)) type: (typeof BULK_TYPES)[number];
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID('all', { message: 'action.assigneeId must be a user id or null' }) assigneeId?: string | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID('all', { message: 'action.teamId must be a team id or null' }) teamId?: string | null;
  @IsOptional() @IsIn(SETTABLE_STATUSES, oneOf('action.status', SETTABLE_STATUSES)) status?: (typeof SETTABLE_STATUSES)[number];
  @IsOptional() @IsDateString({}, { message: 'action.until must be an ISO 8601 date-time' }) until?: string;
  @IsOptional() @IsBoolean() archived?: boolean;
  @IsOptional() @IsIn(PRIORITIES, oneOf('action.priority', PRIORITIES)) priority?: Priority;
  @IsOptional() @IsArray() @IsUUID('all', { each: true, message: 'action.tagIds must contain tag ids' }) tagIds?: string[];
}

export class BulkBody {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500, { message: 'ids can hold at most 500 conversations' }) @IsUUID('all', { each: true, message: 'ids must contain conversation ids' }) ids: string[];
  @IsObject({ message: 'action is required: an object like { "type": "status", "status": "resolved" }' })
  @ValidateNested() @Type(() => BulkAction) action: BulkAction;
}

export class ChangesQuery {
  @IsOptional() @IsString() @MaxLength(500) cursor?: string;
}
