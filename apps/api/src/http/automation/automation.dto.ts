import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateIf, ValidateNested,
} from 'class-validator';
import { AUTO_ASSIGN_MODES, AUTO_REPLY_TRIGGERS, PRIORITIES, type AutoAssignMode, type AutoReplyTrigger, type Priority } from '@parley/contracts';

/** The schedule itself is checked by validateBusinessHours, which names every problem with its path. */
export class BusinessHoursBody {
  @ValidateIf((_, v) => v !== null) @IsObject({ message: 'businessHours must be an object with timeZone, weekly and exceptions, or null to remove them' })
  businessHours: Record<string, unknown> | null;
}

export class AutoAssignmentBody {
  @IsIn(AUTO_ASSIGN_MODES, { message: `mode must be one of ${AUTO_ASSIGN_MODES.join(', ')}` }) mode: AutoAssignMode;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsInt() @Min(1) @Max(1000) capacity?: number | null;
}

export class InboxAutomationBody {
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsInt({ message: 'autoResolveHours must be a whole number of hours' }) @Min(1) @Max(2160)
  autoResolveHours?: number | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @ValidateNested() @Type(() => AutoAssignmentBody) autoAssignment?: AutoAssignmentBody | null;
}

export class CreateAutoReplyBody {
  @IsIn(AUTO_REPLY_TRIGGERS, { message: `trigger must be one of ${AUTO_REPLY_TRIGGERS.join(', ')}` }) trigger: AutoReplyTrigger;
  @IsString() @MinLength(1) @MaxLength(2000) body: string;
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(100, { each: true }) keywords?: string[];
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(500) pattern?: string | null;
  @IsOptional() @IsBoolean() enabled?: boolean;
  @IsOptional() @IsInt() @Min(0) position?: number;
}

export class UpdateAutoReplyBody {
  @IsOptional() @IsIn(AUTO_REPLY_TRIGGERS, { message: `trigger must be one of ${AUTO_REPLY_TRIGGERS.join(', ')}` }) trigger?: AutoReplyTrigger;
  @IsOptional() @IsString() @MinLength(1) @MaxLength(2000) body?: string;
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(100, { each: true }) keywords?: string[];
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(500) pattern?: string | null;
  @IsOptional() @IsBoolean() enabled?: boolean;
  @IsOptional() @IsInt() @Min(0) position?: number;
}

const minutes = () => [IsOptional(), ValidateIf((_: unknown, v: unknown) => v !== null), IsInt({ message: 'targets are whole minutes' }), Min(1), Max(525_600)];
const apply = (ds: PropertyDecorator[]): PropertyDecorator => (t, k) => ds.forEach((d) => d(t, k));

export class UpdateSlaPolicyBody {
  @IsOptional() @IsString() @MinLength(1) @MaxLength(120) name?: string;
  @apply(minutes()) firstResponseMinutes?: number | null;
  @apply(minutes()) nextResponseMinutes?: number | null;
  @apply(minutes()) resolutionMinutes?: number | null;
  @IsOptional() @IsBoolean() businessHoursOnly?: boolean;
  @IsOptional() @IsInt() @Min(0) @Max(10_080) reminderLeadMinutes?: number;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID() tagId?: string | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsIn(PRIORITIES, { message: `priority must be one of ${PRIORITIES.join(', ')}` }) priority?: Priority | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsIn(PRIORITIES, { message: `escalatePriority must be one of ${PRIORITIES.join(', ')}` }) escalatePriority?: Priority | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID() escalateTeamId?: string | null;
  @IsOptional() @IsBoolean() enabled?: boolean;
}

export class CreateSlaPolicyBody extends UpdateSlaPolicyBody {
  @IsString() @MinLength(1) @MaxLength(120) declare name: string;
  @IsUUID() inboxId: string;
}
