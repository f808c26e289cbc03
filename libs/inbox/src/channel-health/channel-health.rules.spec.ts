import { describe, expect, it } from '@jest/globals';
import { duration, toChannelHealth } from './channel-health.rules.js';
import type { ChannelHealthRow } from './channel-health.repository.js';

const NOW = new Date('2026-03-10T15:30:00Z');
const row = (o: Partial<ChannelHealthRow> = {}): ChannelHealthRow => ({
  inboxId: 'i1', name: 'Shop', channel: 'messenger', credentialsInvalid: false, arrivedLastHour: 4, sameHourLastWeek: 28,
  lastArrivalAt: new Date(NOW.getTime() - 60_000), ingestionLagSeconds: 0.84, repliesWaiting: 0, oldestReplyWaitingAt: null, ...o,
});

describe('channel health rules', () => {
  it('averages the same hour of the last 7 days', () => {
    expect(toChannelHealth(row(), [], NOW)).toMatchObject({ status: 'ok', usualThisHour: 4, ingestionLagSeconds: 0.8 });
  });

  it('calls a usually busy channel silent after an hour without messages, not a quiet one', () => {
    const silent = toChannelHealth(row({ arrivedLastHour: 0, sameHourLastWeek: 70, lastArrivalAt: new Date(NOW.getTime() - 3 * 3600_000) }), [], NOW);
    expect(silent.status).toBe('silent');
    expect(silent.summary).toBe("No messages for 3 h, when about 10 usually arrive in this hour. Check the webhook in the platform's app settings.");
    expect(toChannelHealth(row({ arrivedLastHour: 0, sameHourLastWeek: 14, lastArrivalAt: new Date(NOW.getTime() - 3 * 3600_000) }), [], NOW).status).toBe('ok');
    expect(toChannelHealth(row({ arrivedLastHour: 0, sameHourLastWeek: 70, lastArrivalAt: new Date(NOW.getTime() - 50 * 60_000) }), [], NOW).status).toBe('ok');
  });

  it('puts a rejected token before failures, failures before delays', () => {
    const failures = [{ inboxId: 'i1', code: '551/1545041', reason: "This person isn't available right now.", count: 2 }];
    expect(toChannelHealth(row({ credentialsInvalid: true }), failures, NOW).status).toBe('reconnect_needed');
    const failing = toChannelHealth(row({ oldestReplyWaitingAt: new Date(NOW.getTime() - 600_000), repliesWaiting: 3 }), failures, NOW);
    expect(failing).toMatchObject({ status: 'failing', summary: "2 replies failed in the last hour: This person isn't available right now." });
    const delayed = toChannelHealth(row({ oldestReplyWaitingAt: new Date(NOW.getTime() - 600_000), repliesWaiting: 3 }), [], NOW);
    expect(delayed).toMatchObject({ status: 'replies_delayed', oldestReplyWaitingSeconds: 600, summary: '3 replies are waiting to go out; the oldest for 10 min.' });
  });

  it('says durations the way people do', () => {
    expect([duration(40), duration(720), duration(7500), duration(7200)]).toEqual(['40 s', '12 min', '2 h 5 min', '2 h']);
  });
});
