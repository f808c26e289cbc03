import { describe, expect, it } from '@jest/globals';
import { HUMAN_AGENT_WINDOW_MS, replyWindow, STANDARD_WINDOW_MS } from './messaging-window.js';

const last = new Date('2025-06-01T12:00:00.000Z');
const at = (ms: number) => new Date(last.getTime() + ms);
const closesAt = at(STANDARD_WINDOW_MS);
const humanAgentClosesAt = at(HUMAN_AGENT_WINDOW_MS);

describe('replyWindow', () => {
  it.each(['messenger', 'instagram'] as const)('%s: RESPONSE up to the last ms of 24 h, then HUMAN_AGENT for people', (channel) => {
    const human = (now: Date) => replyWindow({ channel, lastIncomingAt: last, now, isAutomation: false });
    expect(human(at(0))).toEqual({ allowed: true, messagingType: 'RESPONSE', closesAt, humanAgentClosesAt });
    expect(human(at(STANDARD_WINDOW_MS - 1))).toEqual({ allowed: true, messagingType: 'RESPONSE', closesAt, humanAgentClosesAt });
    expect(human(at(STANDARD_WINDOW_MS))).toEqual({
      allowed: true, messagingType: 'MESSAGE_TAG', tag: 'HUMAN_AGENT', closesAt, humanAgentClosesAt,
    });
    expect(human(at(HUMAN_AGENT_WINDOW_MS - 1))).toMatchObject({ allowed: true, tag: 'HUMAN_AGENT' });
    expect(human(at(HUMAN_AGENT_WINDOW_MS))).toEqual({
      allowed: false, closesAt, humanAgentClosesAt,
      reason: "The customer's 7-day reply window for human agents has closed; wait for them to write again.",
    });
  });

  it('automation gets 24 h only and never the HUMAN_AGENT tag', () => {
    const bot = (now: Date) => replyWindow({ channel: 'messenger', lastIncomingAt: last, now, isAutomation: true });
    expect(bot(at(STANDARD_WINDOW_MS - 1))).toEqual({ allowed: true, messagingType: 'RESPONSE', closesAt, humanAgentClosesAt: null });
    expect(bot(at(STANDARD_WINDOW_MS))).toEqual({
      allowed: false, closesAt, humanAgentClosesAt: null,
      reason: "Automated replies may only be sent within 24 hours of the customer's last message.",
    });
  });

  it('whatsapp: 24 h for everyone, no messaging type, templates afterwards', () => {
    const agent = (now: Date) => replyWindow({ channel: 'whatsapp', lastIncomingAt: last, now, isAutomation: false });
    expect(agent(at(STANDARD_WINDOW_MS - 1))).toEqual({ allowed: true, closesAt, humanAgentClosesAt: null });
    expect(agent(at(STANDARD_WINDOW_MS))).toEqual({
      allowed: false, closesAt, humanAgentClosesAt: null,
      reason: "The customer's 24-hour reply window has closed; only an approved template can be sent until they write again.",
    });
  });

  it('api: always allowed, no window', () => {
    expect(replyWindow({ channel: 'api', lastIncomingAt: null, now: at(HUMAN_AGENT_WINDOW_MS * 10), isAutomation: true })).toEqual({
      allowed: true, closesAt: null, humanAgentClosesAt: null,
    });
  });

  it('refuses when the customer never wrote', () => {
    expect(replyWindow({ channel: 'instagram', lastIncomingAt: null, now: last, isAutomation: false })).toEqual({
      allowed: false, closesAt: null, humanAgentClosesAt: null,
      reason: 'The customer has not written to this inbox yet; you can only reply once they do.',
    });
  });
});
