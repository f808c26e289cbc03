import type { ChannelHealthDto, ChannelHealthStatus } from '@parley/contracts';
import type { ChannelFailureRow, ChannelHealthRow } from './channel-health.repository.js';

/** A channel counts as silent when at least this many messages usually arrive in the hour and none came for an hour. */
export const SILENT_USUAL_AT_LEAST = 5;
/** Replies waiting longer than this are a delay worth showing. */
export const REPLY_DELAY_SECONDS = 5 * 60;

const CHANNEL_NAMES = { messenger: 'Messenger', instagram: 'Instagram', whatsapp: 'WhatsApp', api: 'API' } as const;

/** Pure: the status and its sentence from the counts (unit-tested). */
export function toChannelHealth(row: ChannelHealthRow, failures: ChannelFailureRow[], now: Date): ChannelHealthDto {
  const usualThisHour = Math.round((row.sameHourLastWeek / 7) * 10) / 10;
  const oldestWaiting = row.oldestReplyWaitingAt ? Math.max(0, (now.getTime() - new Date(row.oldestReplyWaitingAt).getTime()) / 1000) : null;
  const lastArrival = row.lastArrivalAt ? new Date(row.lastArrivalAt) : null;
  const failed = failures.reduce((n, f) => n + f.count, 0);
  const silentFor = lastArrival ? (now.getTime() - lastArrival.getTime()) / 1000 : Infinity;
  const silent = row.arrivedLastHour === 0 && usualThisHour >= SILENT_USUAL_AT_LEAST && silentFor >= 3600;
  const [status, summary]: [ChannelHealthStatus, string] =
    row.credentialsInvalid
      ? ['reconnect_needed', `Reconnect needed: ${CHANNEL_NAMES[row.channel]} rejected this inbox's access token, so replies cannot be sent. An admin must paste a fresh token in Settings → Inboxes.`]
      : failed > 0
        ? ['failing', `${failed} ${failed === 1 ? 'reply' : 'replies'} failed in the last hour: ${failures[0].reason}`]
        : oldestWaiting !== null && oldestWaiting >= REPLY_DELAY_SECONDS
          ? ['replies_delayed', `${row.repliesWaiting} ${row.repliesWaiting === 1 ? 'reply is' : 'replies are'} waiting to go out; the oldest for ${duration(oldestWaiting)}.`]
          : silent
            ? ['silent', `No messages for ${lastArrival ? duration(silentFor) : 'a week'}, when about ${Math.round(usualThisHour)} usually arrive in this hour. Check the webhook in the platform's app settings.`]
            : ['ok', 'Working normally.'];
  return {
    inboxId: row.inboxId, name: row.name, channel: row.channel, status, summary,
    arrivedLastHour: row.arrivedLastHour, usualThisHour, lastArrivalAt: lastArrival?.toISOString() ?? null,
    ingestionLagSeconds: row.ingestionLagSeconds === null ? null : Math.round(Number(row.ingestionLagSeconds) * 10) / 10,
    repliesWaiting: row.repliesWaiting, oldestReplyWaitingSeconds: oldestWaiting === null ? null : Math.round(oldestWaiting),
    failuresLastHour: failures.map(({ code, reason, count }) => ({ code, reason, count })),
  };
}

/** "2 h 5 min", "12 min", "40 s" */
export function duration(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
}
