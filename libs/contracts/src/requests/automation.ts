import type { AutoAssignMode, AutoReplyTrigger, BusinessHoursDto } from '../automation.js';
import type { Priority } from '../enums.js';

export const AUTOMATION_LIMITS = {
  autoResolveHours: 2160, capacity: 1000, ruleBody: 2000, keywords: 50, keyword: 100, pattern: 500,
  policyName: 120, targetMinutes: 525_600, reminderLeadMinutes: 10_080,
} as const;

/** PUT /api/inboxes/:inboxId/business-hours; null removes them (always open). */
export interface BusinessHoursRequest {
  businessHours: BusinessHoursDto | null;
}

/** PATCH /api/inboxes/:inboxId/automation: only the fields sent change; null turns a feature off. */
export interface InboxAutomationRequest {
  autoResolveHours?: number | null;
  autoAssignment?: { mode: AutoAssignMode; capacity?: number | null } | null;
}

/** POST /api/inboxes/:inboxId/auto-replies */
export interface CreateAutoReplyRequest {
  trigger: AutoReplyTrigger;
  body: string;
  /** keyword rules: any of these words in the customer's message */
  keywords?: string[];
  /** keyword rules: a regular expression (RE2 syntax) instead of or besides the keywords */
  pattern?: string | null;
  enabled?: boolean;
  position?: number;
}

/** PATCH /api/inboxes/:inboxId/auto-replies/:id: only the fields sent change. */
export type UpdateAutoReplyRequest = Partial<CreateAutoReplyRequest>;

/** PATCH /api/sla-policies/:id: only the fields sent change; a null target removes it. */
export interface UpdateSlaPolicyRequest {
  name?: string;
  firstResponseMinutes?: number | null;
  nextResponseMinutes?: number | null;
  resolutionMinutes?: number | null;
  businessHoursOnly?: boolean;
  reminderLeadMinutes?: number;
  /** the policy applies only to conversations with this tag (null: any) */
  tagId?: string | null;
  /** ... and only with this priority (null: any) */
  priority?: Priority | null;
  escalatePriority?: Priority | null;
  escalateTeamId?: string | null;
  enabled?: boolean;
}

/** POST /api/sla-policies: at least one target. */
export interface CreateSlaPolicyRequest extends UpdateSlaPolicyRequest {
  name: string;
  inboxId: string;
}
