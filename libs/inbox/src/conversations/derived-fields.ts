/**
 * The derived fields of a conversation, as DESIGN.md defines them:
 * "unanswered" = the newest customer message has no later reply from us;
 * `waitingSince` = the time of the oldest customer message since our last reply.
 * Notes and automated messages are not replies. Events are placed by their platform time, so these
 * functions take the message's own timestamp, not the time it arrived.
 */
export interface DerivedFields {
  lastMessageAt: Date;
  lastIncomingAt: Date | null;
  lastReplyAt: Date | null;
  firstReplyAt: Date | null;
  waitingSince: Date | null;
}

const max = (a: Date | null, b: Date): Date => (a && a.getTime() >= b.getTime() ? a : b);
const min = (a: Date | null, b: Date): Date => (a && a.getTime() <= b.getTime() ? a : b);

export function applyIncoming(f: DerivedFields, at: Date): DerivedFields {
  const answeredAlready = f.lastReplyAt !== null && at.getTime() <= f.lastReplyAt.getTime();
  return {
    ...f,
    lastMessageAt: max(f.lastMessageAt, at),
    lastIncomingAt: max(f.lastIncomingAt, at),
    waitingSince: answeredAlready ? f.waitingSince : min(f.waitingSince, at),
  };
}

/**
 * A human reply at `at`. `oldestIncomingAfter` is the oldest customer message sent after the new last
 * reply (only non-null when messages arrived out of order and one is newer than this reply).
 */
export function applyReply(f: DerivedFields, at: Date, oldestIncomingAfter: Date | null): DerivedFields {
  return {
    ...f,
    lastMessageAt: max(f.lastMessageAt, at),
    lastReplyAt: max(f.lastReplyAt, at),
    firstReplyAt: f.firstReplyAt ? min(f.firstReplyAt, at) : at,
    waitingSince: oldestIncomingAfter,
  };
}

/** Notes and automated messages move the activity time but answer no one. */
export function applyNonReply(f: DerivedFields, at: Date): DerivedFields {
  return { ...f, lastMessageAt: max(f.lastMessageAt, at) };
}

/** True when a reply at `at` may leave a customer message after it unanswered (so it must be looked up). */
export const replyMayLeaveWaiting = (f: DerivedFields, at: Date): boolean =>
  f.lastIncomingAt !== null && f.lastIncomingAt.getTime() > at.getTime();
