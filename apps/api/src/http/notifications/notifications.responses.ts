import { NOTIFICATION_TYPES, type NotificationDto, type NotificationListDto, type NotificationType, type UpdatedCountDto } from '@parley/contracts';
import { EnumProp, IdProp, IntProp, JsonProp, ListProp, StrProp, TimeProp } from '../response-props.js';

export class NotificationResponse implements NotificationDto {
  @IdProp() id: string;
  @EnumProp(NOTIFICATION_TYPES, 'assigned') type: NotificationType;
  @StrProp('Bruno Lima was assigned to you') title: string;
  @IdProp({ nullable: true }) conversationId: string | null;
  @JsonProp({ by: 'Ana Souza' }) data: Record<string, unknown>;
  @TimeProp({ nullable: true }) readAt: string | null;
  @TimeProp() createdAt: string;
}

export class NotificationListResponse implements NotificationListDto {
  @ListProp(() => NotificationResponse, { description: 'newest first' }) items: NotificationResponse[];
  @IntProp(3) unreadCount: number;
}

export class UpdatedCountResponse implements UpdatedCountDto {
  @IntProp(3) updated: number;
}
