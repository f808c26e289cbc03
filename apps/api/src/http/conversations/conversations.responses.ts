import {
  ATTACHMENT_TYPES, CHANNEL_TYPES, CONVERSATION_STATUSES, DELIVERY_STATUSES, MESSAGE_DIRECTIONS, MESSAGE_KINDS, PRIORITIES, SENDER_TYPES,
  type Attachment, type AttachmentType, type BulkResultDto, type ChannelType, type ConversationChangesDto, type ConversationDetailDto,
  type ConversationEventDto, type ConversationListItemDto, type ConversationStatus, type DeliveryStatus, type MessageDirection, type MessageDto,
  type MessageKind, type MessageResultDto, type PageDto, type Priority, type SenderType, type SlaDueDto, type ViewCountsDto,
} from '@parley/contracts';
import {
  BoolProp, EnumProp, IdProp, IntProp, JsonProp, ListProp, NumProp, ObjProp, StrProp, TimeProp,
} from '../response-props.js';
import { TagResponse } from '../tags/tags.responses.js';
import { UserRefResponse } from '../users/users.responses.js';

export class ConversationContactResponse {
  @IdProp() id: string;
  @StrProp('Bruno Lima', { nullable: true }) name: string | null;
  @StrProp('https://platform-lookaside.fbsbx.com/avatar.jpg', { nullable: true }) avatarUrl: string | null;
}

export class ConversationListItemResponse implements ConversationListItemDto {
  @IdProp() id: string;
  @IdProp() inboxId: string;
  @EnumProp(CHANNEL_TYPES, 'messenger') channel: ChannelType;
  @ObjProp(() => ConversationContactResponse) contact: ConversationContactResponse;
  @EnumProp(CONVERSATION_STATUSES, 'open') status: ConversationStatus;
  @BoolProp(false) archived: boolean;
  @EnumProp(PRIORITIES, 'none') priority: Priority;
  @ObjProp(() => UserRefResponse, { nullable: true }) assignee: UserRefResponse | null;
  @IdProp({ nullable: true }) teamId: string | null;
  @ListProp(() => TagResponse) tags: TagResponse[];
  @StrProp('Where is my order?', { nullable: true }) snippet: string | null;
  @TimeProp({ nullable: true }) lastMessageAt: string | null;
  @TimeProp({ nullable: true }) lastIncomingAt: string | null;
  @TimeProp({ nullable: true, description: 'since when the customer waits for an answer' }) waitingSince: string | null;
  @BoolProp(true) unanswered: boolean;
  @IntProp(2) unreadCount: number;
  @TimeProp({ nullable: true }) snoozedUntil: string | null;
  @TimeProp({ nullable: true, example: '2026-03-27T14:05:00.000Z', description: 'when the platform\'s standard reply window closes' }) replyWindowClosesAt: string | null;
  @TimeProp() createdAt: string;
  @IntProp(7, { description: 'increases with every change: a client drops an update older than what it has' }) version: number;
  @TimeProp() updatedAt: string;
}

export class ConversationDetailResponse extends ConversationListItemResponse implements ConversationDetailDto {
  @TimeProp({ nullable: true }) firstReplyAt: string | null;
  @TimeProp({ nullable: true, example: '2026-04-02T14:05:00.000Z', description: 'how long the HUMAN_AGENT tag still allows a reply (Meta channels)' })
  humanAgentWindowClosesAt: string | null;
  @ObjProp(() => SlaDueResponse, { nullable: true, description: 'the SLA target due soonest (running or breached); null without an SLA policy' })
  slaDue: SlaDueResponse | null;
}

export class SlaDueResponse implements SlaDueDto {
  @EnumProp(['firstResponse', 'nextResponse', 'resolution'], 'firstResponse') target: SlaDueDto['target'];
  @TimeProp() dueAt: string;
  @BoolProp(false, { description: 'the due time has passed with the target unmet' }) breached: boolean;
}

export class ConversationPageResponse implements PageDto<ConversationListItemDto> {
  @ListProp(() => ConversationListItemResponse) items: ConversationListItemResponse[];
  @StrProp('eyJ0IjoiMjAyNi0wMy0yNlQxNDowNTowMFoiLCJpZCI6Ijk', { nullable: true, description: 'pass back as cursor for the next page; null at the end' })
  nextCursor: string | null;
}

export class ConversationChangesResponse implements ConversationChangesDto {
  @ListProp(() => ConversationListItemResponse) items: ConversationListItemResponse[];
  @StrProp('1711461900000:9b2f4a1e-3c5d-4e6f-8a7b-1c2d3e4f5a6b', { description: 'pass back as cursor next time' }) cursor: string;
  @BoolProp(false, { description: 'more changes wait: call again at once with the new cursor' }) more: boolean;
}

export class ViewCountsResponse implements ViewCountsDto {
  @IntProp(4) mine: number;
  @IntProp(2) unassigned: number;
  @IntProp(31) all: number;
  @IntProp(120) archived: number;
  @IntProp(5) unanswered: number;
}

export class AttachmentResponse implements Attachment {
  @EnumProp(ATTACHMENT_TYPES, 'image') type: AttachmentType;
  @StrProp('https://files.example.com/receipt.png', { optional: true }) url?: string;
  @StrProp('image/png', { optional: true }) mime?: string;
  @StrProp('Your receipt', { optional: true }) caption?: string;
  @IntProp(48213, { optional: true, description: 'bytes' }) size?: number;
  @StrProp('receipt.png', { optional: true }) name?: string;
  @NumProp(40.4168, { optional: true, description: 'location attachments' }) latitude?: number;
  @NumProp(-3.7038, { optional: true, description: 'location attachments' }) longitude?: number;
  @StrProp('Puerta del Sol', { optional: true, description: 'location attachments' }) title?: string;
}

export class DeliveryErrorResponse {
  @StrProp('551') code: string;
  @StrProp('This person isn\'t available right now.') message: string;
}

export class ReactionResponse {
  @StrProp('👍') emoji: string;
  @EnumProp(['contact', 'agent'], 'contact') by: 'contact' | 'agent';
}

export class MessageResponse implements MessageDto {
  @IdProp() id: string;
  @IdProp() conversationId: string;
  @EnumProp(MESSAGE_DIRECTIONS, 'incoming') direction: MessageDirection;
  @EnumProp(MESSAGE_KINDS, 'text') kind: MessageKind;
  @EnumProp(SENDER_TYPES, 'contact') senderType: SenderType;
  @ObjProp(() => UserRefResponse, { nullable: true, description: 'the agent, for messages sent from Parley' }) sender: UserRefResponse | null;
  @StrProp('Where is my order?', { nullable: true }) text: string | null;
  @ListProp(() => AttachmentResponse) attachments: AttachmentResponse[];
  @StrProp('m_Hk3f8x', { nullable: true }) platformMessageId: string | null;
  @EnumProp(DELIVERY_STATUSES, 'delivered', { nullable: true, description: 'outgoing messages only' }) deliveryStatus: DeliveryStatus | null;
  @ObjProp(() => DeliveryErrorResponse, { nullable: true }) deliveryError: DeliveryErrorResponse | null;
  @IdProp({ nullable: true }) replyToId: string | null;
  @StrProp('TRACK_ORDER', { nullable: true, description: 'the button, quick reply or postback the customer chose' }) payload: string | null;
  @BoolProp(false, { description: 'arrived while another app controlled the thread (Meta handover protocol): context, not waiting for an answer' }) standby: boolean;
  @ListProp(() => ReactionResponse) reactions: ReactionResponse[];
  @TimeProp({ nullable: true }) editedAt: string | null;
  @TimeProp({ nullable: true }) deletedAt: string | null;
  @TimeProp({ description: 'the platform\'s time; the thread is ordered by it' }) sentAt: string;
  @TimeProp() createdAt: string;
}

export class MessagePageResponse implements PageDto<MessageDto> {
  @ListProp(() => MessageResponse, { description: 'oldest first' }) items: MessageResponse[];
  @StrProp('eyJ0IjoiMjAyNi0wMy0yNlQxNDowNTowMFoiLCJpZCI6Ijk', { nullable: true, description: 'pass back as cursor for the next page; null at the end' })
  nextCursor: string | null;
}

export class MessageResultResponse implements MessageResultDto {
  @ObjProp(() => MessageResponse) message: MessageResponse;
  @ObjProp(() => ConversationListItemResponse) conversation: ConversationListItemResponse;
}

export class ConversationEventResponse implements ConversationEventDto {
  @IdProp() id: string;
  @IdProp() conversationId: string;
  @StrProp('status_changed') type: string;
  @ObjProp(() => UserRefResponse, { nullable: true, description: 'null: the system or an automation' }) actor: UserRefResponse | null;
  @JsonProp({ from: 'open', to: 'resolved' }) data: Record<string, unknown>;
  @TimeProp() createdAt: string;
}

export class BulkFailureResponse {
  @IdProp() id: string;
  @StrProp('Conversation not found') reason: string;
}

export class BulkResultResponse implements BulkResultDto {
  @ListProp(() => ConversationListItemResponse) updated: ConversationListItemResponse[];
  @ListProp(() => BulkFailureResponse) failed: BulkFailureResponse[];
}
