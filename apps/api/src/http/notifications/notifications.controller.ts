import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { NotificationDto, NotificationListDto, NotificationPreferencesDto, UpdatedCountDto } from '@parley/contracts';
import { NotificationsService, type Actor } from '@parley/inbox';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { NotificationPreferencesBody, NotificationsQuery } from './notifications.dto.js';
import { NotificationListResponse, NotificationPreferencesResponse, NotificationResponse, UpdatedCountResponse } from './notifications.responses.js';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get() @ApiOkResponse({ type: NotificationListResponse }) list(@CurrentActor() a: Actor, @Query() q: NotificationsQuery): Promise<NotificationListDto> {
    return this.notifications.list(a, q);
  }
  @Get('preferences') @ApiOkResponse({ type: NotificationPreferencesResponse })
  preferences(@CurrentActor() a: Actor): Promise<NotificationPreferencesDto> { return this.notifications.getPreferences(a); }
  @Put('preferences') @ApiOkResponse({ type: NotificationPreferencesResponse })
  setPreferences(@CurrentActor() a: Actor, @Body() body: NotificationPreferencesBody): Promise<NotificationPreferencesDto> {
    return this.notifications.setPreferences(a, body);
  }
  @Post('read-all') @HttpCode(200) @ApiOkResponse({ type: UpdatedCountResponse }) readAll(@CurrentActor() a: Actor): Promise<UpdatedCountDto> {
    return this.notifications.markAllRead(a);
  }
  @Post(':id/read') @HttpCode(200) @ApiOkResponse({ type: NotificationResponse }) read(@CurrentActor() a: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<NotificationDto> {
    return this.notifications.markRead(a, id);
  }
}
