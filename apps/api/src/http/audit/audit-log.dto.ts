import { Type } from 'class-transformer';
import { IsDateString, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { AUDIT_ACTIONS, type AuditAction, type AuditLogQuery } from '@parley/contracts';

export class AuditLogQueryDto implements AuditLogQuery {
  @IsOptional() @IsIn(AUDIT_ACTIONS, { message: `action must be one of ${AUDIT_ACTIONS.join(', ')}` }) action?: AuditAction;
  @IsOptional() @IsUUID('all', { message: 'actorId must be a user id' }) actorId?: string;
  @IsOptional() @IsString() @Matches(/^[a-z_]{1,40}$/, { message: 'targetType must be a kind of thing, such as contact or inbox' }) targetType?: string;
  @IsOptional() @IsString() @MaxLength(200) targetId?: string;
  @IsOptional() @IsDateString({ strict: true }, { message: 'from must be an ISO 8601 date-time, e.g. 2026-03-01T00:00:00Z' }) from?: string;
  @IsOptional() @IsDateString({ strict: true }, { message: 'to must be an ISO 8601 date-time, e.g. 2026-03-31T00:00:00Z' }) to?: string;
  @IsOptional() @IsString() @MaxLength(20) cursor?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200, { message: 'limit must not be greater than 200' }) limit?: number;
}
