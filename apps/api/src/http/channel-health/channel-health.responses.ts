import type { ChannelFailureDto, ChannelHealthDto, ChannelHealthOverviewDto, ChannelHealthStatus, ChannelType } from '@parley/contracts';
import { CHANNEL_TYPES } from '@parley/contracts';
import { EnumProp, IdProp, IntProp, ListProp, NumProp, StrProp, TimeProp } from '../response-props.js';

const STATUSES: readonly ChannelHealthStatus[] = ['ok', 'reconnect_needed', 'failing', 'replies_delayed', 'silent'];

export class ChannelFailureResponse implements ChannelFailureDto {
  @StrProp('190/460') code: string;
  @StrProp("The page's access token is no longer valid; an admin must reconnect the channel.") reason: string;
  @IntProp(3) count: number;
}

export class ChannelHealthResponse implements ChannelHealthDto {
  @IdProp() inboxId: string;
  @StrProp('Shop Messenger') name: string;
  @EnumProp(CHANNEL_TYPES, 'messenger') channel: ChannelType;
  @EnumProp(STATUSES, 'ok', { description: 'the worst thing about the channel now' }) status: ChannelHealthStatus;
  @StrProp('Working normally.') summary: string;
  @IntProp(14) arrivedLastHour: number;
  @NumProp(12.4, { description: 'average of the same hour over the last 7 days' }) usualThisHour: number;
  @TimeProp({ nullable: true }) lastArrivalAt: string | null;
  @NumProp(0.8, { nullable: true, description: 'median seconds from the platform timestamp to stored, last hour' }) ingestionLagSeconds: number | null;
  @IntProp(2) repliesWaiting: number;
  @IntProp(35, { nullable: true }) oldestReplyWaitingSeconds: number | null;
  @ListProp(() => ChannelFailureResponse) failuresLastHour: ChannelFailureResponse[];
}

export class ChannelHealthOverviewResponse implements ChannelHealthOverviewDto {
  @TimeProp() generatedAt: string;
  @ListProp(() => ChannelHealthResponse) inboxes: ChannelHealthResponse[];
}
