import type { ConversationDetailDto, ConversationListItemDto } from '@parley/contracts';

export type ReplyWindow =
  | { kind: 'none' }
  | { kind: 'open'; closesAt: string; remainingMs: number }
  | { kind: 'human_agent'; closesAt: string; remainingMs: number }
  | { kind: 'closed'; closedAt: string };

/**
 * Meta platforms accept standard replies for a while after the customer's last message; Messenger and
 * Instagram then allow a human agent (HUMAN_AGENT tag) a few more days. After that, only the customer can reopen it.
 */
export function replyWindow(c: ConversationListItemDto | ConversationDetailDto, now: number): ReplyWindow {
  if (!c.replyWindowClosesAt) return { kind: 'none' };
  const closes = new Date(c.replyWindowClosesAt).getTime();
  if (closes > now) return { kind: 'open', closesAt: c.replyWindowClosesAt, remainingMs: closes - now };
  const human = 'humanAgentWindowClosesAt' in c ? c.humanAgentWindowClosesAt : null;
  if (human && new Date(human).getTime() > now) {
    return { kind: 'human_agent', closesAt: human, remainingMs: new Date(human).getTime() - now };
  }
  return { kind: 'closed', closedAt: human ?? c.replyWindowClosesAt };
}
