import type { ChannelType } from './enums.js';

/** The worst thing about a channel right now, in order: reconnect_needed, failing, replies_delayed, silent, ok. */
export type ChannelHealthStatus = 'ok' | 'reconnect_needed' | 'failing' | 'replies_delayed' | 'silent';

export interface ChannelFailureDto {
  /** the platform's error code (e.g. 190, 10/2018278) or Parley's (window_closed, unreachable...) */
  code: string;
  /** the reason in plain words, as agents see it next to the message */
  reason: string;
  count: number;
}

/** One inbox's health, for managers and admins (GET /api/channel-health). */
export interface ChannelHealthDto {
  inboxId: string;
  name: string;
  channel: ChannelType;
  status: ChannelHealthStatus;
  /** what the status means and what to do, in a sentence */
  summary: string;
  /** customer messages stored in the last 60 minutes */
  arrivedLastHour: number;
  /** on average, how many arrived in the same hour of the day over the last 7 days */
  usualThisHour: number;
  lastArrivalAt: string | null;
  /** median time from the platform's timestamp to the message stored, over the last hour (null: none arrived) */
  ingestionLagSeconds: number | null;
  repliesWaiting: number;
  /** age of the oldest reply still waiting to go out */
  oldestReplyWaitingSeconds: number | null;
  failuresLastHour: ChannelFailureDto[];
}

export interface ChannelHealthOverviewDto {
  generatedAt: string;
  inboxes: ChannelHealthDto[];
}
