import { NOTIFICATION_LIMITS, type ListNotificationsRequest } from '@parley/contracts';
import { DateTime, QueryBool, QueryInt } from '../fields.js';

export class NotificationsQuery implements ListNotificationsRequest {
  @QueryBool({ optional: true, example: true, description: 'true: only unread ones; false or absent: all' }) unread?: boolean;
  @QueryInt({ optional: true, min: 1, max: NOTIFICATION_LIMITS.page, example: 50 }) limit?: number;
  @DateTime({ optional: true, example: '2026-03-26T14:05:00.000Z', message: 'before must be an ISO date, the createdAt of the last notification shown' })
  before?: string;
}
