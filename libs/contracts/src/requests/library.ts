import type { QuickReplyScope } from '../enums.js';

// Tags, quick replies, search and notifications: the small shared things of the workspace.
export const TAG_LIMITS = { name: 50 } as const;
/** #rrggbb */
export const TAG_COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;

export const QUICK_REPLY_LIMITS = { shortcut: 40, title: 120, body: 4000, query: 100 } as const;
/** Letters, digits, "-" and "_": what is typed after "/" in the composer. */
export const QUICK_REPLY_SHORTCUT_PATTERN = /^[\p{L}\p{N}_-]{1,40}$/u;

export const SEARCH_LIMITS = { query: 200, results: 50 } as const;
export const NOTIFICATION_LIMITS = { page: 200 } as const;

/** POST /api/tags */
export interface CreateTagRequest {
  name: string;
  color?: string | null;
}

/** PATCH /api/tags/:id */
export type UpdateTagRequest = Partial<CreateTagRequest>;

/** POST /api/quick-replies (global and team replies: managers and admins; personal: anyone) */
export interface CreateQuickReplyRequest {
  shortcut: string;
  title: string;
  body: string;
  scope: QuickReplyScope;
  teamId?: string;
}

/** PATCH /api/quick-replies/:id */
export interface UpdateQuickReplyRequest {
  shortcut?: string;
  title?: string;
  body?: string;
}

/** GET /api/quick-replies/search */
export interface SearchQuickRepliesRequest {
  q?: string;
}

/** POST /api/quick-replies/:id/render: fills the reply's variables from this conversation. */
export interface RenderQuickReplyRequest {
  conversationId: string;
}

/** GET /api/search */
export interface SearchRequest {
  q: string;
  limit?: number;
}

/** GET /api/notifications */
export interface ListNotificationsRequest {
  /** true: only unread ones; false or absent: all */
  unread?: boolean;
  limit?: number;
  /** the createdAt of the last notification shown, for the next page */
  before?: string;
}
