import { IsDateString, ValidateIf } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { REPORT_ACTIVITIES, type ActivityFilter, type ReportActivity } from '@parley/contracts';
import { Id, OneOf } from '../fields.js';

const bound = (name: string) => ({
  required: false, type: String, format: 'date-time', example: name === 'activityFrom' ? '2026-03-01T00:00:00.000Z' : '2026-03-08T00:00:00.000Z',
  description: 'required with activity',
});

/**
 * The list filter the report figures link to: conversations with an activity in [activityFrom, activityTo),
 * optionally by one agent. Both ends are required with an activity, so no link scans all history.
 */
export class ActivityFilterQuery implements ActivityFilter {
  @OneOf(REPORT_ACTIVITIES, { optional: true, example: 'replied' }) activity?: ReportActivity;
  @ApiProperty(bound('activityFrom'))
  @ValidateIf((o: ActivityFilterQuery) => o.activity !== undefined || o.activityFrom !== undefined)
  @IsDateString({}, { message: 'activityFrom must be an ISO 8601 date-time (required with activity)' }) activityFrom?: string;
  @ApiProperty(bound('activityTo'))
  @ValidateIf((o: ActivityFilterQuery) => o.activity !== undefined || o.activityTo !== undefined)
  @IsDateString({}, { message: 'activityTo must be an ISO 8601 date-time (required with activity)' }) activityTo?: string;
  @Id({ optional: true, example: '3f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a5b', message: 'activityBy must be a user id', description: 'the agent who replied, or the assignee at the time' })
  activityBy?: string;
}
