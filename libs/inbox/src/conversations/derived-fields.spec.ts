import { describe, expect, it } from '@jest/globals';
import { applyIncoming, applyNonReply, applyReply, replyMayLeaveWaiting, type DerivedFields } from './derived-fields.js';

const t = (min: number) => new Date(Date.UTC(2026, 10, 27, 9, min));
const fresh = (): DerivedFields => ({ lastMessageAt: t(0), lastIncomingAt: null, lastReplyAt: null, firstReplyAt: null, waitingSince: null });

describe('derived conversation fields', () => {
  it('waits since the oldest customer message and clears on a reply', () => {
    let f = applyIncoming(fresh(), t(1));
    f = applyIncoming(f, t(3));
    expect(f.waitingSince).toEqual(t(1));
    expect(f.lastIncomingAt).toEqual(t(3));
    f = applyReply(f, t(5), null);
    expect(f.waitingSince).toBeNull();
    expect(f.firstReplyAt).toEqual(t(5));
    f = applyIncoming(f, t(8));
    expect(f.waitingSince).toEqual(t(8));
    f = applyReply(f, t(9), null);
    expect(f.firstReplyAt).toEqual(t(5));
    expect(f.lastReplyAt).toEqual(t(9));
  });

  it('places a late-arriving customer message by its own time', () => {
    let f = applyIncoming(fresh(), t(10));
    f = applyIncoming(f, t(4)); // sent earlier, delivered later
    expect(f.waitingSince).toEqual(t(4));
    expect(f.lastIncomingAt).toEqual(t(10));
    expect(f.lastMessageAt).toEqual(t(10));
  });

  it('does not reopen the wait for a message older than our last reply', () => {
    let f = applyReply(applyIncoming(fresh(), t(1)), t(5), null);
    f = applyIncoming(f, t(3));
    expect(f.waitingSince).toBeNull();
  });

  it('notes and automation answer no one', () => {
    let f = applyIncoming(fresh(), t(1));
    f = applyNonReply(f, t(2));
    expect(f.waitingSince).toEqual(t(1));
    expect(f.lastMessageAt).toEqual(t(2));
    expect(f.firstReplyAt).toBeNull();
  });

  it('knows when an out-of-order reply may leave a newer customer message waiting', () => {
    const f = applyIncoming(fresh(), t(10));
    expect(replyMayLeaveWaiting(f, t(5))).toBe(true);
    expect(replyMayLeaveWaiting(f, t(11))).toBe(false);
    expect(applyReply(f, t(5), t(10)).waitingSince).toEqual(t(10));
  });
});
