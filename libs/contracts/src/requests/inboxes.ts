import type { ChannelType } from '../enums.js';

export const INBOX_LIMITS = {
  name: 120, platformAccountId: 64, appSecretMin: 16, appSecret: 256, accessToken: 1024, verifyTokenMin: 8, verifyToken: 128,
} as const;
export const TEAM_LIMITS = { name: 80, members: 1000 } as const;

/** POST /api/inboxes (admin) */
export interface CreateInboxRequest {
  name: string;
  channel: ChannelType;
  /** the page, Instagram account or WhatsApp phone number id; events for other accounts are ignored */
  platformAccountId?: string;
  appSecret: string;
  accessToken?: string;
  verifyToken?: string;
  unarchiveOnIncoming?: boolean;
}

/** PATCH /api/inboxes/:id (admin): only the fields sent change; secrets are write-only. */
export interface UpdateInboxRequest {
  name?: string;
  channel?: ChannelType;
  platformAccountId?: string | null;
  appSecret?: string;
  accessToken?: string;
  verifyToken?: string;
  unarchiveOnIncoming?: boolean;
}

/** POST /api/teams, PATCH /api/teams/:id */
export interface TeamRequest {
  name: string;
}

/** PUT /api/teams/:id/members, PUT /api/inboxes/:id/members: the whole new member list. */
export interface MembersRequest {
  userIds: string[];
}
