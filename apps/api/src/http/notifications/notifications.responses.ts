import {
  NOTIFICATION_TYPES, type NotificationDto, type NotificationListDto, type NotificationPreferencesDto, type NotificationType, type UpdatedCountDto,
} from '@parley/contracts';
import { BoolProp, EnumProp, IdProp, IntProp, JsonProp, ListProp, StrListProp, StrProp, TimeProp } from '../response-props.js';

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

export class NotificationPreferencesResponse implements NotificationPreferencesDto {
  @StrListProp(['new_message'], { description: `muted types, each one of ${NOTIFICATION_TYPES.join(', ')}` }) muted: NotificationType[];
  @BoolProp(true) desktop: boolean;
  @BoolProp(false) sound: boolean;
}
