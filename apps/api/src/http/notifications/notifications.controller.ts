import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDateString, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { NotificationDto } from '@parley/contracts';
import { NotificationsService, type Actor } from '@parley/inbox';
import { CurrentActor } from '../../auth/current-actor.decorator.js';

export class NotificationsQuery {
  @IsOptional() @Type(() => Boolean) @IsBoolean() unread?: boolean;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
  @IsOptional() @IsDateString({}, { message: 'before must be an ISO date, the createdAt of the last notification shown' }) before?: string;
}

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get() list(@CurrentActor() a: Actor, @Query() q: NotificationsQuery): Promise<{ items: NotificationDto[]; unreadCount: number }> {
    return this.notifications.list(a, q);
  }
  @Post('read-all') @HttpCode(200) readAll(@CurrentActor() a: Actor): Promise<{ updated: number }> { return this.notifications.markAllRead(a); }
  @Post(':id/read') @HttpCode(200) read(@CurrentActor() a: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<NotificationDto> {
    return this.notifications.markRead(a, id);
  }
}
