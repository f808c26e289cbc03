import {
  NOTIFICATION_LIMITS, NOTIFICATION_TYPES, type ListNotificationsRequest, type NotificationPreferencesDto, type NotificationType,
} from '@parley/contracts';
import { Bool, DateTime, OneOfList, QueryBool, QueryInt } from '../fields.js';

export class NotificationsQuery implements ListNotificationsRequest {
  @QueryBool({ optional: true, example: true, description: 'true: only unread ones; false or absent: all' }) unread?: boolean;
  @QueryInt({ optional: true, min: 1, max: NOTIFICATION_LIMITS.page, example: 50 }) limit?: number;
  @DateTime({ optional: true, example: '2026-03-26T14:05:00.000Z', message: 'before must be an ISO date, the createdAt of the last notification shown' })
  before?: string;
}

export class NotificationPreferencesBody implements NotificationPreferencesDto {
  @OneOfList(NOTIFICATION_TYPES, {
    example: ['new_message'], description: 'the types not wanted at all',
    message: `muted lists notification types, each one of: ${NOTIFICATION_TYPES.join(', ')}`,
  })
  muted: NotificationType[];
  @Bool({ example: true, description: 'desktop notifications while the tab is in the background', message: 'desktop must be true or false' }) desktop: boolean;
  @Bool({ example: false, description: 'a chime with each new notification', message: 'sound must be true or false' }) sound: boolean;
}
