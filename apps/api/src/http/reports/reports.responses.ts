import type {
  AgentReportRowDto, DurationMetricDto, DurationStatsDto, ReportOverviewDto, SlaWindowDto, VolumePointDto, WaitingConversationDto,
} from '@parley/contracts';
import { EXAMPLE_TIME, IdProp, IntProp, ListProp, NumProp, ObjProp, StrProp, TimeProp } from '../response-props.js';
import { UserRefResponse } from '../users/users.responses.js';

export class DurationStatsResponse implements DurationStatsDto {
  @IntProp(42) count: number;
  @IntProp(540000, { nullable: true, description: 'milliseconds' }) median: number | null;
  @IntProp(3600000, { nullable: true, description: 'milliseconds' }) p90: number | null;
}

export class DurationMetricResponse implements DurationMetricDto {
  @ObjProp(() => DurationStatsResponse) wall: DurationStatsResponse;
  @ObjProp(() => DurationStatsResponse, { description: 'business hours only: conversations under an SLA policy' }) business: DurationStatsResponse;
}

export class SlaWindowResponse implements SlaWindowDto {
  @IntProp(40) hit: number;
  @IntProp(2) missed: number;
  @NumProp(0.952, { nullable: true }) hitRate: number | null;
  @TimeProp() from: string;
  @TimeProp() to: string;
}

export class VolumePointResponse implements VolumePointDto {
  @TimeProp() start: string;
  @TimeProp() end: string;
  @StrProp('2026-03-26') label: string;
  @IntProp(57) incoming: number;
  @IntProp(12) created: number;
}

export class AgentReportRowResponse implements AgentReportRowDto {
  @ObjProp(() => UserRefResponse) agent: UserRefResponse;
  @IntProp(6) openLoad: number;
  @IntProp(31) answered: number;
  @IntProp(44) replies: number;
  @IntProp(420000, { nullable: true }) medianResponseMs: number | null;
  @IntProp(1) slaMissed: number;
  @IntProp(17) resolved: number;
}

export class WaitingConversationResponse implements WaitingConversationDto {
  @IdProp() id: string;
  @StrProp('Bruno Lima', { nullable: true }) contactName: string | null;
  @StrProp('messenger') channel: string;
  @TimeProp() waitingSince: string;
  @ObjProp(() => UserRefResponse, { nullable: true }) assignee: UserRefResponse | null;
}

export class ReportRangeResponse {
  @TimeProp({ example: '2026-03-01T00:00:00.000Z' }) from: string;
  @TimeProp({ example: '2026-03-31T00:00:00.000Z' }) to: string;
  @StrProp('Europe/Madrid') tz: string;
}

export class ReportFiltersResponse {
  @IdProp({ nullable: true }) inboxId: string | null;
  @IdProp({ nullable: true }) teamId: string | null;
}

export class ReportWaitingResponse {
  @IntProp(5) unanswered: number;
  @TimeProp({ nullable: true }) longestWaitingSince: string | null;
  @ListProp(() => WaitingConversationResponse) longest: WaitingConversationResponse[];
}

export class ReportTotalsResponse {
  @IntProp(412) incoming: number;
  @IntProp(96) created: number;
  @IntProp(388) replies: number;
  @IntProp(90) resolved: number;
  @IntProp(80) slaHit: number;
  @IntProp(4) slaMissed: number;
}

export class ReportSlaResponse {
  @ObjProp(() => SlaWindowResponse) range: SlaWindowResponse;
  @ObjProp(() => SlaWindowResponse) today: SlaWindowResponse;
  @ObjProp(() => SlaWindowResponse) last7Days: SlaWindowResponse;
  @ObjProp(() => SlaWindowResponse) last30Days: SlaWindowResponse;
}

export class ReportDurationsResponse {
  @ObjProp(() => DurationMetricResponse) firstResponse: DurationMetricResponse;
  @ObjProp(() => DurationMetricResponse) nextResponse: DurationMetricResponse;
  @ObjProp(() => DurationMetricResponse) resolution: DurationMetricResponse;
}

export class ReportVolumeResponse {
  @ListProp(() => VolumePointResponse) byDay: VolumePointResponse[];
  @ListProp(() => VolumePointResponse) byHour: VolumePointResponse[];
}

export class ReportOverviewResponse implements ReportOverviewDto {
  @TimeProp({ example: EXAMPLE_TIME }) generatedAt: string;
  @ObjProp(() => ReportRangeResponse) range: ReportRangeResponse;
  @ObjProp(() => ReportFiltersResponse) filters: ReportFiltersResponse;
  @ObjProp(() => ReportWaitingResponse) waiting: ReportWaitingResponse;
  @ObjProp(() => ReportTotalsResponse) totals: ReportTotalsResponse;
  @ObjProp(() => ReportSlaResponse) sla: ReportSlaResponse;
  @ObjProp(() => ReportDurationsResponse) durations: ReportDurationsResponse;
  @ObjProp(() => ReportVolumeResponse) volume: ReportVolumeResponse;
  @ListProp(() => AgentReportRowResponse) agents: AgentReportRowResponse[];
}
