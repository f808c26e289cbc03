import type { Priority } from './enums.js';

/** 'HH:mm' local times; close may be '24:00'. */
export interface OpenIntervalDto { open: string; close: string }
export interface BusinessHoursDto {
  timeZone: string;
  /** ISO weekday '1' (Monday) .. '7' (Sunday); a missing day is closed */
  weekly: Partial<Record<'1' | '2' | '3' | '4' | '5' | '6' | '7', OpenIntervalDto[]>>;
  exceptions: { date: string; intervals: OpenIntervalDto[]; label?: string }[];
}

export const AUTO_ASSIGN_MODES = ['round_robin', 'balanced'] as const;
export type AutoAssignMode = (typeof AUTO_ASSIGN_MODES)[number];

export interface InboxAutomationDto {
  inboxId: string;
  businessHours: BusinessHoursDto | null;
  autoResolveHours: number | null;
  autoAssignment: { mode: AutoAssignMode; capacity: number | null } | null;
}

export const AUTO_REPLY_TRIGGERS = ['first_message', 'outside_hours', 'keyword'] as const;
export type AutoReplyTrigger = (typeof AUTO_REPLY_TRIGGERS)[number];

export interface AutoReplyRuleDto {
  id: string;
  inboxId: string;
  position: number;
  trigger: AutoReplyTrigger;
  keywords: string[];
  pattern: string | null;
  body: string;
  enabled: boolean;
}

export interface SlaPolicyDto {
  id: string;
  name: string;
  inboxId: string;
  firstResponseMinutes: number | null;
  nextResponseMinutes: number | null;
  resolutionMinutes: number | null;
  businessHoursOnly: boolean;
  reminderLeadMinutes: number;
  tagId: string | null;
  priority: Priority | null;
  escalatePriority: Priority | null;
  escalateTeamId: string | null;
  enabled: boolean;
}

export const NOTIFICATION_TYPES = [
  'new_conversation', 'new_message', 'assigned', 'mention', 'sla_reminder', 'sla_breach', 'reply_failed', 'channel_reconnect', 'channel_silent',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** A user's own choice of what reaches them; with no row stored, everything does, without sound. */
export interface NotificationPreferencesDto {
  /** the types this user does not want (neither in the bell nor on the desktop) */
  muted: NotificationType[];
  /** a desktop notification while the tab is in the background (the browser's permission is asked separately) */
  desktop: boolean;
  /** a short chime with each new notification */
  sound: boolean;
}

export interface NotificationDto {
  id: string;
  type: NotificationType;
  title: string;
  conversationId: string | null;
  data: Record<string, unknown>;
  readAt: string | null;
  createdAt: string;
}

/** GET /api/notifications */
export interface NotificationListDto {
  items: NotificationDto[];
  unreadCount: number;
}

/** GET and PUT /api/inboxes/:inboxId/business-hours */
export interface BusinessHoursEnvelopeDto {
  businessHours: BusinessHoursDto | null;
}
