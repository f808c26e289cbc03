import { describe, expect, it } from '@jest/globals';
import { pickAssignee } from './assignment-pick.js';

const t = (s: number) => new Date(1_700_000_000_000 + s * 1000);

describe('pickAssignee', () => {
  it('round robin takes whoever waited longest, never-assigned first', () => {
    expect(pickAssignee([
      { userId: 'a', load: 0, lastAssignedAt: t(5) }, { userId: 'b', load: 9, lastAssignedAt: null }, { userId: 'c', load: 0, lastAssignedAt: t(1) },
    ], 'round_robin', null)).toBe('b');
  });

  it('balanced takes the least loaded', () => {
    expect(pickAssignee([
      { userId: 'a', load: 3, lastAssignedAt: null }, { userId: 'b', load: 1, lastAssignedAt: t(9) },
    ], 'balanced', null)).toBe('b');
  });

  it('skips agents at capacity and gives up when all are full', () => {
    const full = [{ userId: 'a', load: 2, lastAssignedAt: null }, { userId: 'b', load: 1, lastAssignedAt: t(1) }];
    expect(pickAssignee(full, 'round_robin', 2)).toBe('b');
    expect(pickAssignee(full, 'round_robin', 1)).toBeNull();
  });
});
