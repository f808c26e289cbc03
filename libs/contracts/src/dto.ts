import type { Attachment } from './inbound.js';
import type { PresenceStatus } from './events.js';
import type {
  Availability, ChannelType, ConversationSort, ConversationStatus, ConversationView, DeliveryStatus,
  MessageDirection, MessageKind, Priority, QuickReplyScope, SenderType, UserRole,
} from './enums.js';

/** Response shapes of the HTTP API, shared by the server and the dashboard. Dates are ISO strings. */
export interface UserDto {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  availability: Availability;
  createdAt: string;
}

export interface LoginResponse {
  token: string;
  user: UserDto;
}

export interface TeamDto {
  id: string;
  name: string;
  memberIds: string[];
}

export interface InboxDto {
  id: string;
  name: string;
  channel: ChannelType;
  platformAccountId: string | null;
  /** the path to give the platform (or the bridge) as webhook URL */
  webhookPath: string;
  /**
   * Meta channels: the one path for all Pages / Instagram accounts / WhatsApp numbers of the app
   * (`/api/webhooks/{channel}`); events are routed by the account they name. Null for the API channel.
   */
  appWebhookPath: string | null;
  verifyToken: string | null;
  /** true when an app secret / access token is stored; the values never leave the server */
  hasAppSecret: boolean;
  hasAccessToken: boolean;
  unarchiveOnIncoming: boolean;
  credentialsInvalid: boolean;
  memberIds: string[];
  createdAt: string;
}

/** Webhook entries for accounts no inbox is connected to, received with this inbox's app secret. */
export interface UnknownAccountsDto {
  /** entries counted since the inbox was created */
  events: number;
  /** the latest account ids, newest first */
  recent: { accountId: string; events: number; lastSeenAt: string }[];
}

export interface TagDto {
  id: string;
  name: string;
  color: string | null;
}

export interface UserRefDto {
  id: string;
  name: string;
}

export interface ConversationListItemDto {
  id: string;
  inboxId: string;
  channel: ChannelType;
  contact: { id: string; name: string | null; avatarUrl: string | null };
  status: ConversationStatus;
  archived: boolean;
  priority: Priority;
  assignee: UserRefDto | null;
  teamId: string | null;
  tags: TagDto[];
  snippet: string | null;
  lastMessageAt: string | null;
  lastIncomingAt: string | null;
  waitingSince: string | null;
  unanswered: boolean;
  unreadCount: number;
  snoozedUntil: string | null;
  /** when the platform's standard reply window closes (null: no window, or no customer message yet) */
  replyWindowClosesAt: string | null;
  createdAt: string;
  /** monotonically increasing: a client drops an update older than what it has */
  version: number;
  updatedAt: string;
}

export interface ConversationDetailDto extends ConversationListItemDto {
  firstReplyAt: string | null;
  /** how long a human agent may still answer with the HUMAN_AGENT tag (Meta channels) */
  humanAgentWindowClosesAt: string | null;
  /** the SLA target due soonest (running, or already breached), as of this read; null without an SLA policy */
  slaDue: SlaDueDto | null;
}

export interface SlaDueDto {
  target: 'firstResponse' | 'nextResponse' | 'resolution';
  dueAt: string;
  breached: boolean;
}

export interface PageDto<T> {
  items: T[];
  /** opaque; pass back as `cursor` to get the next page; null at the end */
  nextCursor: string | null;
}

export type ViewCountsDto = Record<ConversationView, number> & { unanswered: number };

export interface MessageDto {
  id: string;
  conversationId: string;
  direction: MessageDirection;
  kind: MessageKind;
  senderType: SenderType;
  sender: UserRefDto | null;
  text: string | null;
  attachments: Attachment[];
  platformMessageId: string | null;
  deliveryStatus: DeliveryStatus | null;
  deliveryError: { code: string; message: string } | null;
  replyToId: string | null;
  /** the button, quick reply or postback the customer chose, when the message came from one */
  payload: string | null;
  /** arrived while another app controlled the thread (Meta handover protocol): context, not waiting for an answer */
  standby: boolean;
  reactions: { emoji: string; by: 'contact' | 'agent' }[];
  editedAt: string | null;
  deletedAt: string | null;
  sentAt: string;
  createdAt: string;
}

export interface ConversationEventDto {
  id: string;
  conversationId: string;
  type: string;
  actor: UserRefDto | null;
  data: Record<string, unknown>;
  createdAt: string;
}

export interface QuickReplyDto {
  id: string;
  shortcut: string;
  title: string;
  body: string;
  scope: QuickReplyScope;
  teamId: string | null;
  ownerId: string | null;
  usageCount: number;
}

export interface RenderedQuickReplyDto {
  text: string;
  /** variables that could not be filled, for the composer to prompt for, e.g. ["order.number"] */
  missing: string[];
}

export interface SearchResultDto {
  conversation: ConversationListItemDto;
  /** the matching message, when the match was in a message rather than the contact's name */
  message: { id: string; text: string; sentAt: string } | null;
  /** highlighted excerpt */
  headline: string;
}

export interface ConversationListQuery {
  view?: ConversationView;
  status?: ConversationStatus;
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

export interface HealthDto {
  status: 'ok' | 'error';
  postgres: 'up' | 'down';
  redis: 'up' | 'down';
}

/** GET /api/conversations/changes: what changed since the cursor; call again with `cursor` while `more`. */
export interface ConversationChangesDto {
  items: ConversationListItemDto[];
  cursor: string;
  more: boolean;
}

/** POST /api/conversations/bulk: each conversation is changed or fails on its own. */
export interface BulkResultDto {
  updated: ConversationListItemDto[];
  failed: { id: string; reason: string }[];
}

/** POST .../messages and .../notes: the new message and the conversation as it is now. */
export interface MessageResultDto {
  message: MessageDto;
  conversation: ConversationListItemDto;
}

/** GET /api/presence: who is online or away; everyone missing is offline. */
export interface PresenceDto {
  userId: string;
  availability: PresenceStatus;
}

/** How many rows a bulk update changed. */
export interface UpdatedCountDto {
  updated: number;
}
