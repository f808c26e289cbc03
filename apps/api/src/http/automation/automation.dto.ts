import {
  AUTO_ASSIGN_MODES, AUTO_REPLY_TRIGGERS, AUTOMATION_LIMITS as L, PRIORITIES, type AutoAssignMode, type AutoReplyTrigger, type BusinessHoursDto,
  type BusinessHoursRequest, type CreateAutoReplyRequest, type CreateSlaPolicyRequest, type InboxAutomationRequest, type Priority,
  type UpdateAutoReplyRequest, type UpdateSlaPolicyRequest,
} from '@parley/contracts';
import { Bool, Id, Int, JsonObject, Nested, OneOf, Text, TextList } from '../fields.js';
import { BusinessHoursResponse } from './automation.responses.js';

const UUID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const HOURS_EXAMPLE = { timeZone: 'Europe/Madrid', weekly: { 1: [{ open: '09:00', close: '18:00' }] }, exceptions: [{ date: '2026-12-25', intervals: [], label: 'Christmas' }] };

/** The schedule itself is checked by validateBusinessHours, which names every problem with its path. */
export class BusinessHoursBody implements BusinessHoursRequest {
  @JsonObject({
    nullable: true, type: () => BusinessHoursResponse, example: HOURS_EXAMPLE, description: 'null removes them (always open)',
    message: 'businessHours must be an object with timeZone, weekly and exceptions, or null to remove them',
  })
  businessHours: BusinessHoursDto | null;
}

export class AutoAssignmentBody {
  @OneOf(AUTO_ASSIGN_MODES, { example: 'balanced' }) mode: AutoAssignMode;
  @Int({ optional: true, nullable: true, min: 1, max: L.capacity, example: 8, description: 'open conversations per agent (balanced); null: no cap' })
  capacity?: number | null;
}

export class InboxAutomationBody implements InboxAutomationRequest {
  @Int({ optional: true, nullable: true, min: 1, max: L.autoResolveHours, example: 72, message: 'autoResolveHours must be a whole number of hours', description: 'null: never' })
  autoResolveHours?: number | null;
  @Nested(() => AutoAssignmentBody, { optional: true, nullable: true, example: { mode: 'round_robin', capacity: null }, description: 'null: off' })
  autoAssignment?: AutoAssignmentBody | null;
}

const RULE = {
  trigger: { example: 'keyword' },
  body: { max: L.ruleBody, example: 'Our opening hours are 9:00-18:00, Monday to Friday.' },
  keywords: { max: L.keywords, maxLength: L.keyword, example: ['hours', 'open'], description: 'keyword rules: any of these words' },
  pattern: { max: L.pattern, example: '\\border\\s+\\d+', description: 'keyword rules: a regular expression, besides or instead of the keywords' },
  position: { min: 0, max: 10_000, example: 0, description: 'rules are tried in this order' },
};

export class CreateAutoReplyBody implements CreateAutoReplyRequest {
  @OneOf(AUTO_REPLY_TRIGGERS, RULE.trigger) trigger: AutoReplyTrigger;
  @Text(RULE.body) body: string;
  @TextList({ optional: true, ...RULE.keywords }) keywords?: string[];
  @Text({ optional: true, nullable: true, min: 0, ...RULE.pattern }) pattern?: string | null;
  @Bool({ optional: true, example: true }) enabled?: boolean;
  @Int({ optional: true, ...RULE.position }) position?: number;
}

export class UpdateAutoReplyBody implements UpdateAutoReplyRequest {
  @OneOf(AUTO_REPLY_TRIGGERS, { optional: true, ...RULE.trigger }) trigger?: AutoReplyTrigger;
  @Text({ optional: true, ...RULE.body }) body?: string;
  @TextList({ optional: true, ...RULE.keywords }) keywords?: string[];
  @Text({ optional: true, nullable: true, min: 0, ...RULE.pattern }) pattern?: string | null;
  @Bool({ optional: true, example: false }) enabled?: boolean;
  @Int({ optional: true, ...RULE.position }) position?: number;
}

const target = (example: number, description: string) => ({
  optional: true, nullable: true, min: 1, max: L.targetMinutes, example, message: 'targets are whole minutes', description: `${description}; null: no target`,
});

/** What create and update share; `name` is declared by each (class-validator would carry an optional rule into create). */
class SlaPolicyFields {
  @Int(target(60, 'minutes to the first reply')) firstResponseMinutes?: number | null;
  @Int(target(240, 'minutes to each next reply')) nextResponseMinutes?: number | null;
  @Int(target(1440, 'minutes to resolution')) resolutionMinutes?: number | null;
  @Bool({ optional: true, example: true, description: 'count only the inbox\'s business hours' }) businessHoursOnly?: boolean;
  @Int({ optional: true, min: 0, max: L.reminderLeadMinutes, example: 15, description: 'remind the assignee this long before a target is due' })
  reminderLeadMinutes?: number;
  @Id({ optional: true, nullable: true, example: UUID, description: 'only conversations with this tag; null: any' }) tagId?: string | null;
  @OneOf(PRIORITIES, { optional: true, nullable: true, example: 'high', description: 'only conversations with this priority; null: any' }) priority?: Priority | null;
  @OneOf(PRIORITIES, { optional: true, nullable: true, example: 'urgent', description: 'on a missed target, raise the priority to this' }) escalatePriority?: Priority | null;
  @Id({ optional: true, nullable: true, example: UUID, description: 'on a missed target, hand the conversation to this team' }) escalateTeamId?: string | null;
  @Bool({ optional: true, example: true }) enabled?: boolean;
}

export class UpdateSlaPolicyBody extends SlaPolicyFields implements UpdateSlaPolicyRequest {
  @Text({ optional: true, max: L.policyName, example: 'VIP: answer within the hour' }) name?: string;
}

export class CreateSlaPolicyBody extends SlaPolicyFields implements CreateSlaPolicyRequest {
  @Text({ max: L.policyName, example: 'VIP: answer within the hour' }) name: string;
  @Id({ example: UUID, message: 'inboxId must be an inbox id' }) inboxId: string;
}
