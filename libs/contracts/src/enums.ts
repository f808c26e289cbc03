// Plain TypeScript shared with the browser: no Nest, no TypeORM.
export const USER_ROLES = ['admin', 'manager', 'agent'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const AVAILABILITIES = ['online', 'away', 'offline'] as const;
export type Availability = (typeof AVAILABILITIES)[number];

export const CHANNEL_TYPES = ['messenger', 'instagram', 'whatsapp', 'api'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

export const CONVERSATION_STATUSES = ['open', 'pending', 'snoozed', 'resolved'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

export const PRIORITIES = ['none', 'low', 'medium', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const MESSAGE_DIRECTIONS = ['incoming', 'outgoing'] as const;
export type MessageDirection = (typeof MESSAGE_DIRECTIONS)[number];

export const MESSAGE_KINDS = ['text', 'attachment', 'note', 'activity'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const SENDER_TYPES = ['contact', 'user', 'automation', 'page'] as const;
export type SenderType = (typeof SENDER_TYPES)[number];

/** Ordered: a status only moves forward, except `failed`, which is final. */
export const DELIVERY_STATUSES = ['pending', 'sent', 'delivered', 'read', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const QUICK_REPLY_SCOPES = ['global', 'team', 'personal'] as const;
export type QuickReplyScope = (typeof QUICK_REPLY_SCOPES)[number];

export const CONVERSATION_VIEWS = ['mine', 'unassigned', 'all', 'archived'] as const;
export type ConversationView = (typeof CONVERSATION_VIEWS)[number];

export const CONVERSATION_SORTS = ['latest', 'waiting', 'newest', 'priority'] as const;
export type ConversationSort = (typeof CONVERSATION_SORTS)[number];

export const ATTACHMENT_TYPES = ['image', 'audio', 'video', 'file', 'sticker', 'location', 'story_mention', 'story_reply', 'share', 'reel', 'contacts', 'fallback'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];
