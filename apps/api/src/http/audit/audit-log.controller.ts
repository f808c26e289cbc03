import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuditEntryDto, PageDto } from '@parley/contracts';
import { AuditLogService, type Actor } from '@parley/inbox';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { AuditLogQueryDto } from './audit-log.dto.js';
import { AuditPageResponse } from './audit-log.responses.js';

/** Read-only on purpose: the app has no route that changes or deletes an entry. Admins only. */
@ApiTags('audit')
@Controller('audit-log')
export class AuditLogController {
  constructor(private readonly audit: AuditLogService) {}

  @Get() @ApiOkResponse({ type: AuditPageResponse }) list(@CurrentActor() a: Actor, @Query() q: AuditLogQueryDto): Promise<PageDto<AuditEntryDto>> { return this.audit.list(a, q); }
}
