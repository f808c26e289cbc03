import {
  AUTO_ASSIGN_MODES, AUTO_REPLY_TRIGGERS, PRIORITIES, type AutoAssignMode, type AutoReplyRuleDto, type AutoReplyTrigger, type BusinessHoursDto,
  type BusinessHoursEnvelopeDto, type InboxAutomationDto, type OpenIntervalDto, type Priority, type SlaPolicyDto,
} from '@parley/contracts';
import { BoolProp, EnumProp, IdProp, IntProp, JsonProp, ListProp, ObjProp, StrListProp, StrProp } from '../response-props.js';

export class OpenIntervalResponse implements OpenIntervalDto {
  @StrProp('09:00', { description: 'HH:mm, local time' }) open: string;
  @StrProp('18:00', { description: 'HH:mm; may be 24:00' }) close: string;
}

export class BusinessHoursExceptionResponse {
  @StrProp('2026-12-25', { description: 'YYYY-MM-DD' }) date: string;
  @ListProp(() => OpenIntervalResponse, { description: 'empty: closed all day' }) intervals: OpenIntervalResponse[];
  @StrProp('Christmas', { optional: true }) label?: string;
}

export class BusinessHoursResponse implements BusinessHoursDto {
  @StrProp('Europe/Madrid', { description: 'IANA time zone' }) timeZone: string;
  @JsonProp({ 1: [{ open: '09:00', close: '18:00' }], 5: [{ open: '09:00', close: '14:00' }] }, {
    description: 'ISO weekday "1" (Monday) to "7" (Sunday) → open intervals; a missing day is closed',
  })
  weekly: BusinessHoursDto['weekly'];
  @ListProp(() => BusinessHoursExceptionResponse) exceptions: BusinessHoursExceptionResponse[];
}

export class BusinessHoursEnvelopeResponse implements BusinessHoursEnvelopeDto {
  @ObjProp(() => BusinessHoursResponse, { nullable: true, description: 'null: always open' }) businessHours: BusinessHoursResponse | null;
}

export class AutoAssignmentResponse {
  @EnumProp(AUTO_ASSIGN_MODES, 'balanced') mode: AutoAssignMode;
  @IntProp(8, { nullable: true }) capacity: number | null;
}

export class InboxAutomationResponse implements InboxAutomationDto {
  @IdProp() inboxId: string;
  @ObjProp(() => BusinessHoursResponse, { nullable: true }) businessHours: BusinessHoursResponse | null;
  @IntProp(72, { nullable: true }) autoResolveHours: number | null;
  @ObjProp(() => AutoAssignmentResponse, { nullable: true }) autoAssignment: AutoAssignmentResponse | null;
}

export class AutoReplyRuleResponse implements AutoReplyRuleDto {
  @IdProp() id: string;
  @IdProp() inboxId: string;
  @IntProp(0) position: number;
  @EnumProp(AUTO_REPLY_TRIGGERS, 'keyword') trigger: AutoReplyTrigger;
  @StrListProp(['hours', 'open']) keywords: string[];
  @StrProp('\\border\\s+\\d+', { nullable: true }) pattern: string | null;
  @StrProp('Our opening hours are 9:00-18:00, Monday to Friday.') body: string;
  @BoolProp(true) enabled: boolean;
}

export class SlaPolicyResponse implements SlaPolicyDto {
  @IdProp() id: string;
  @StrProp('VIP: answer within the hour') name: string;
  @IdProp() inboxId: string;
  @IntProp(60, { nullable: true }) firstResponseMinutes: number | null;
  @IntProp(240, { nullable: true }) nextResponseMinutes: number | null;
  @IntProp(1440, { nullable: true }) resolutionMinutes: number | null;
  @BoolProp(true) businessHoursOnly: boolean;
  @IntProp(15) reminderLeadMinutes: number;
  @IdProp({ nullable: true }) tagId: string | null;
  @EnumProp(PRIORITIES, 'high', { nullable: true }) priority: Priority | null;
  @EnumProp(PRIORITIES, 'urgent', { nullable: true }) escalatePriority: Priority | null;
  @IdProp({ nullable: true }) escalateTeamId: string | null;
  @BoolProp(true) enabled: boolean;
}
