import type { ChannelType } from '@parley/contracts';

const HOUR_MS = 60 * 60 * 1000;
export const STANDARD_WINDOW_MS = 24 * HOUR_MS;
export const HUMAN_AGENT_WINDOW_MS = 7 * 24 * HOUR_MS;

export interface ReplyWindowInput {
  channel: ChannelType;
  /** When the customer last wrote (null: never). */
  lastIncomingAt: Date | null;
  now: Date;
  /** Bots and rules may never use the HUMAN_AGENT tag. */
  isAutomation: boolean;
}

export interface ReplyWindow {
  allowed: boolean;
  messagingType?: 'RESPONSE' | 'MESSAGE_TAG';
  tag?: 'HUMAN_AGENT';
  closesAt: Date | null;
  humanAgentClosesAt: Date | null;
  /** Why a reply is not allowed, in words an agent can act on. */
  reason?: string;
}

/**
 * Whether a reply may be sent now, and how. Both windows are half-open: at exactly 24 h (or 7 days)
 * after the customer's last message the window is closed, matching Meta's "within 24 hours".
 */
export function replyWindow({ channel, lastIncomingAt, now, isAutomation }: ReplyWindowInput): ReplyWindow {
  if (channel === 'api') return { allowed: true, closesAt: null, humanAgentClosesAt: null };
  const isMeta = channel === 'messenger' || channel === 'instagram';
  if (lastIncomingAt === null) {
    return {
      allowed: false, closesAt: null, humanAgentClosesAt: null,
      reason: 'The customer has not written to this inbox yet; you can only reply once they do.',
    };
  }
  const last = lastIncomingAt.getTime();
  const closesAt = new Date(last + STANDARD_WINDOW_MS);
  const humanAgentClosesAt = isMeta && !isAutomation ? new Date(last + HUMAN_AGENT_WINDOW_MS) : null;
  const at = now.getTime();
  if (at < closesAt.getTime()) {
    return { allowed: true, ...(isMeta ? { messagingType: 'RESPONSE' } : {}), closesAt, humanAgentClosesAt };
  }
  if (humanAgentClosesAt !== null && at < humanAgentClosesAt.getTime()) {
    return { allowed: true, messagingType: 'MESSAGE_TAG', tag: 'HUMAN_AGENT', closesAt, humanAgentClosesAt };
  }
  return { allowed: false, closesAt, humanAgentClosesAt, reason: closedReason(channel, isMeta, isAutomation) };
}

function closedReason(channel: ChannelType, isMeta: boolean, isAutomation: boolean): string {
  if (channel === 'whatsapp') {
    return "The customer's 24-hour reply window has closed; only an approved template can be sent until they write again.";
  }
  if (isMeta && isAutomation) {
    return "Automated replies may only be sent within 24 hours of the customer's last message.";
  }
  return "The customer's 7-day reply window for human agents has closed; wait for them to write again.";
}
