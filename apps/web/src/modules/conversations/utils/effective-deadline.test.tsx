import { describe, expect, it } from 'vitest';
import type { ConversationDetailDto } from '@parley/contracts';
import { conversation } from '../../../test/fixtures';
import { effectiveDeadline } from './effective-deadline';

const NOW = Date.UTC(2026, 2, 26, 12, 0, 0);
const MIN = 60_000;
const HOUR = 60 * MIN;
const at = (ms: number) => new Date(NOW + ms).toISOString();
const waiting = (over: Partial<ConversationDetailDto>) => conversation({ status: 'open', unanswered: true, waitingSince: at(-HOUR), ...over });

describe('effectiveDeadline', () => {
  it('takes the SLA target when it is due before the reply window closes, coloured as it nears', () => {
    const c = waiting({ replyWindowClosesAt: at(20 * HOUR), slaDue: { target: 'firstResponse', dueAt: at(3 * HOUR), breached: false } });
    expect(effectiveDeadline(c, NOW)).toMatchObject({ kind: 'sla', tone: 'normal', label: 'First response due in 3h' });
    expect(effectiveDeadline(c, NOW + 2.5 * HOUR)).toMatchObject({ tone: 'warning', label: 'First response due in 30m' });
    expect(effectiveDeadline(c, NOW + 2.9 * HOUR)).toMatchObject({ tone: 'danger' });
    expect(effectiveDeadline(c, NOW + 3 * HOUR + 5 * MIN)).toMatchObject({ tone: 'overdue', label: 'First response breached 5m ago' });
  });

  it('takes the platform reply window when it closes first, then the HUMAN_AGENT window once the 24 h are over', () => {
    const c = waiting({
      replyWindowClosesAt: at(2 * HOUR), humanAgentWindowClosesAt: at(6 * 24 * HOUR + 2 * HOUR),
      slaDue: { target: 'resolution', dueAt: at(48 * HOUR), breached: false },
    });
    expect(effectiveDeadline(c, NOW)).toMatchObject({ kind: 'reply_window', label: 'Reply window closes in 2h' });
    expect(effectiveDeadline(c, NOW + 3 * HOUR)).toMatchObject({ kind: 'sla', label: 'Resolution due in 1d 21h' });
    const noSla = { ...c, slaDue: null };
    expect(effectiveDeadline(noSla, NOW + 3 * HOUR)).toMatchObject({ kind: 'human_agent_window', tone: 'normal', label: 'Human-agent window closes in 5d 23h' });
    expect(effectiveDeadline(noSla, NOW + 8 * 24 * HOUR)).toMatchObject({ kind: 'human_agent_window', tone: 'overdue' });
    // WhatsApp has no HUMAN_AGENT extension: after 24 h its window is simply closed.
    expect(effectiveDeadline({ ...noSla, humanAgentWindowClosesAt: null }, NOW + 3 * HOUR)).toMatchObject({ kind: 'reply_window', tone: 'overdue', label: 'Reply window closed 1h ago' });
  });

  it('says breached when the server says so, even before the clock here catches up', () => {
    const c = waiting({ slaDue: { target: 'nextResponse', dueAt: at(MIN), breached: true } });
    expect(effectiveDeadline(c, NOW)).toMatchObject({ tone: 'overdue', label: 'Next response breached 1m ago' });
  });

  it('has nothing due once answered (response targets met, no window to race) or resolved', () => {
    const answered = waiting({ unanswered: false, waitingSince: null, replyWindowClosesAt: at(HOUR), slaDue: { target: 'firstResponse', dueAt: at(HOUR), breached: false } });
    expect(effectiveDeadline(answered, NOW)).toBeNull();
    expect(effectiveDeadline({ ...answered, slaDue: { target: 'resolution', dueAt: at(5 * HOUR), breached: false } }, NOW)).toMatchObject({ label: 'Resolution due in 5h' });
    expect(effectiveDeadline(waiting({ status: 'resolved', replyWindowClosesAt: at(HOUR) }), NOW)).toBeNull();
  });
});
