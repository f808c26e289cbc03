import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { ReportOverviewDto } from '@parley/contracts';
import { ReportsService, type Actor } from '@parley/inbox';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { ReportQueryDto } from './reports.dto.js';
import { ReportOverviewResponse } from './reports.responses.js';

const CSV_EXAMPLE = 'section,metric,value\nrange,from,2026-03-01T00:00:00.000Z\ntotals,incoming,412\n';

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('overview') @ApiOkResponse({ type: ReportOverviewResponse })
  overview(@CurrentActor() a: Actor, @Query() q: ReportQueryDto): Promise<ReportOverviewDto> {
    return this.reports.overview(a, q);
  }

  @Get('overview.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="parley-report.csv"')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'the overview as CSV', content: { 'text/csv': { schema: { type: 'string', example: CSV_EXAMPLE } } } })
  csv(@CurrentActor() a: Actor, @Query() q: ReportQueryDto): Promise<string> {
    return this.reports.csv(a, q);
  }
}
