import { describe, expect, it } from '@jest/globals';
import { BatchedRead } from './batched-read.js';

type Row = { id: string; n: number };

/** A reader that records every statement it was asked for. */
function reader(rows: Row[] = []) {
  const calls: string[][] = [];
  let version = 0;
  const batched = new BatchedRead<Row>(async (keys) => {
    calls.push(keys);
    version++;
    return rows.filter((r) => keys.includes(r.id)).map((r) => ({ ...r, n: version }));
  }, (r) => r.id, 3);
  return { batched, calls };
}

describe('BatchedRead', () => {
  it('reads the keys asked for in one turn in one statement, each caller getting its own row (or none)', async () => {
    const { batched, calls } = reader([{ id: 'a', n: 0 }, { id: 'b', n: 0 }]);
    const got = await Promise.all([batched.load('a'), batched.load('b'), batched.load('a'), batched.load('x')]);
    expect(calls).toEqual([['a', 'b', 'x']]);
    expect(got).toEqual([{ id: 'a', n: 1 }, { id: 'b', n: 1 }, { id: 'a', n: 1 }, undefined]);
  });

  it('a read asked for after a batch went out gets a fresh statement (a re-read sees new rows)', async () => {
    const { batched, calls } = reader([{ id: 'a', n: 0 }]);
    expect(await batched.load('a')).toEqual({ id: 'a', n: 1 });
    expect(await batched.load('a')).toEqual({ id: 'a', n: 2 });
    expect(calls).toEqual([['a'], ['a']]);
  });

  it('splits a large turn into statements of at most maxBatch keys, and a failed statement fails only its callers', async () => {
    const calls: string[][] = [];
    const batched = new BatchedRead<Row>(async (keys) => {
      calls.push(keys);
      if (keys.includes('d')) throw new Error('boom');
      return keys.map((id) => ({ id, n: 0 }));
    }, (r) => r.id, 3);
    const results = await Promise.allSettled(['a', 'b', 'c', 'd'].map((k) => batched.load(k)));
    expect(calls).toEqual([['a', 'b', 'c'], ['d']]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected']);
  });
});
