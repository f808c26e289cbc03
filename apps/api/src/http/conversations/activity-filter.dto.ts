import { IsDateString, IsIn, IsOptional, IsUUID, ValidateIf } from 'class-validator';
import { REPORT_ACTIVITIES, type ActivityFilter, type ReportActivity } from '@parley/contracts';

/**
 * The list filter the report figures link to: conversations with an activity in [activityFrom, activityTo),
 * optionally by one agent. Both ends are required with an activity, so no link scans all history.
 */
export class ActivityFilterQuery implements ActivityFilter {
  @IsOptional() @IsIn(REPORT_ACTIVITIES, { message: `activity must be one of ${REPORT_ACTIVITIES.join(', ')}` }) activity?: ReportActivity;
  @ValidateIf((o: ActivityFilterQuery) => o.activity !== undefined || o.activityFrom !== undefined)
  @IsDateString({}, { message: 'activityFrom must be an ISO 8601 date-time (required with activity)' }) activityFrom?: string;
  @ValidateIf((o: ActivityFilterQuery) => o.activity !== undefined || o.activityTo !== undefined)
  @IsDateString({}, { message: 'activityTo must be an ISO 8601 date-time (required with activity)' }) activityTo?: string;
  @IsOptional() @IsUUID('all', { message: 'activityBy must be a user id' }) activityBy?: string;
}
