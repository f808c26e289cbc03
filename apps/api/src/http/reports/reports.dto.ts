import { IsDateString, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { ReportQuery } from '@parley/contracts';

/** Formats here; the range's order and length and the zone are checked by ReportsService (400 with the fix). */
export class ReportQueryDto implements ReportQuery {
  @IsDateString({ strict: true }, { message: 'from must be an ISO 8601 date-time, e.g. 2026-03-01T00:00:00Z' }) from: string;
  @IsDateString({ strict: true }, { message: 'to must be an ISO 8601 date-time, e.g. 2026-03-31T00:00:00Z' }) to: string;
  @IsOptional() @IsUUID('all', { message: 'inboxId must be an inbox id' }) inboxId?: string;
  @IsOptional() @IsUUID('all', { message: 'teamId must be a team id' }) teamId?: string;
  @IsOptional() @IsString() @MaxLength(64, { message: 'tz must be an IANA time zone such as Europe/Madrid' }) tz?: string;
}
