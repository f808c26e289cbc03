import { describe, expect, it } from '@jest/globals';
import { GroupCommit } from './group-commit.js';
import type { TransactionRunner, Tx } from './transaction.runner.js';

/**
 * A transaction runner that keeps what each transaction did: a unit "writes" by pushing its name, and a
 * transaction whose work throws keeps nothing (rolled back). Transactions take a few ticks, as a real one
 * takes round trips, so callers can pile up behind them.
 */
function recorder() {
  const committed: string[][] = [];
  const runner = {
    async run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
      const writes: string[] = [];
      const value = await work({ manager: { queryRunner: {}, writes }, outbox: null } as unknown as Tx);
      await new Promise((r) => setTimeout(r, 2));
      committed.push(writes);
      return value;
    },
  } as unknown as TransactionRunner;
  const unit = (name: string, fail = false) => async (tx: Tx) => {
    if (fail) throw new Error(`${name} is bad`);
    (tx.manager as unknown as { writes: string[] }).writes.push(name);
    await new Promise((r) => setTimeout(r, 1)); // a statement's round trip
    return `${name} done`;
  };
  return { runner, committed, unit };
}

describe('GroupCommit', () => {
  it('runs a lone unit at once in its own transaction, and the ones that arrive meanwhile together in the next', async () => {
    const { runner, committed, unit } = recorder();
    const group = new GroupCommit(runner, { lanes: 1, maxBatch: 10 });
    const outcomes = await Promise.all(['a', 'b', 'c', 'd'].map((k) => group.run(k, unit(k))));
    expect(outcomes).toEqual(['a done', 'b done', 'c done', 'd done']);
    expect(committed).toEqual([['a'], ['b', 'c', 'd']]);
  });

  it('runs different keys side by side, starting in key order (one lock order everywhere), and one key in arrival order', async () => {
    const { runner, committed, unit } = recorder();
    const group = new GroupCommit(runner, { lanes: 1, maxBatch: 10 });
    await Promise.all([['z', 'z1'], ['m', 'm1'], ['z', 'z2'], ['a', 'a1'], ['m', 'm2'], ['z', 'z3']].map(([k, name]) => group.run(k, unit(name))));
    // z1 alone; then a, m and z start together in key order, and each key's next unit follows its previous one.
    expect(committed).toEqual([['z1'], ['a1', 'm1', 'z2', 'm2', 'z3']]);
  });

  it('never puts more than maxBatch units in one transaction', async () => {
    const { runner, committed, unit } = recorder();
    const group = new GroupCommit(runner, { lanes: 1, maxBatch: 2 });
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((k) => group.run(k, unit(k))));
    expect(committed.map((t) => t.length)).toEqual([1, 2, 2]);
  });

  it('when one unit fails, rolls its group back and runs each alone: only that caller sees the error', async () => {
    const { runner, committed, unit } = recorder();
    const group = new GroupCommit(runner, { lanes: 1, maxBatch: 10 });
    const outcomes = await Promise.allSettled([group.run('a', unit('a')), group.run('b', unit('b')), group.run('c', unit('c', true)), group.run('d', unit('d'))]);
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : (o.reason as Error).message))).toEqual(['a done', 'b done', 'c is bad', 'd done']);
    // 'a' alone; then b, c, d together rolled back (nothing kept), then b and d alone.
    expect(committed).toEqual([['a'], ['b'], ['d']]);
  });

  it('spreads keys over the lanes, so different customers do not wait for one transaction', async () => {
    const { runner, committed, unit } = recorder();
    const group = new GroupCommit(runner, { lanes: 4, maxBatch: 10 });
    const keys = Array.from({ length: 40 }, (_, i) => `inbox/customer-${i}`);
    await Promise.all(keys.map((k) => group.run(k, unit(k))));
    // Each lane starts its first unit alone: one lone transaction per lane that got a key.
    const lone = committed.filter((t) => t.length === 1).length;
    expect(lone).toBeGreaterThanOrEqual(2);
    expect(committed.flat().sort()).toEqual([...keys].sort());
  });

  it('refuses a nonsense configuration', () => {
    const { runner } = recorder();
    expect(() => new GroupCommit(runner, { lanes: 0, maxBatch: 4 })).toThrow('lanes must be a positive integer');
    expect(() => new GroupCommit(runner, { lanes: 2, maxBatch: Number.NaN })).toThrow('batch size must be a positive integer');
  });
});
