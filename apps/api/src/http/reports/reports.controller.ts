import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ReportOverviewDto } from '@parley/contracts';
import { ReportsService, type Actor } from '@parley/inbox';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { ReportQueryDto } from './reports.dto.js';

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('overview') overview(@CurrentActor() a: Actor, @Query() q: ReportQueryDto): Promise<ReportOverviewDto> {
    return this.reports.overview(a, q);
  }

  @Get('overview.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="parley-report.csv"')
  csv(@CurrentActor() a: Actor, @Query() q: ReportQueryDto): Promise<string> {
    return this.reports.csv(a, q);
  }
}
