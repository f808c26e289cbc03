import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { INGESTION_TX, pgClientOf, runPrepared, TransactionRunner, type PreparedStatement, type Tx } from '@parley/core';
import { startApi, type TestApi } from '../support/api.js';

const TYPED: PreparedStatement = {
  name: 'test.pipeline.typed',
  text: `SELECT $1::int AS n, $2::timestamptz AS at, $3::jsonb AS doc, $4::text AS nothing, 12345678901::bigint AS big, true AS yes`,
};
const SET: PreparedStatement = { name: 'test.pipeline.set', text: `SELECT set_config('parley.pipeline_test', $1, true) AS value` };
const GET: PreparedStatement = { name: 'test.pipeline.get', text: `SELECT current_setting('parley.pipeline_test', true) AS value, $1::int AS tag` };
const DIVIDE: PreparedStatement = { name: 'test.pipeline.divide', text: 'SELECT 10 / $1::int AS q' };

describe('pipelined prepared statements on the ingestion pool (pg pipeline mode)', () => {
  let api: TestApi;
  let tx: TransactionRunner;
  let plainTx: TransactionRunner;

  beforeAll(async () => {
    api = await startApi();
    tx = api.app.get<TransactionRunner>(INGESTION_TX);
    plainTx = api.app.get(TransactionRunner);
  });
  afterAll(() => api.close());

  /**
   * Round trips = bursts of writes to the socket with an answer between them: statements sent without
   * waiting for each other's answers count once.
   */
  async function roundTrips<T>(t: Tx, work: () => Promise<T>): Promise<{ value: T; trips: number }> {
    const client = (await pgClientOf(t.manager.queryRunner!)) as unknown as { connection: { stream: NodeJS.EventEmitter & { write: (...args: unknown[]) => boolean } } };
    const stream = client.connection.stream;
    const write = stream.write;
    let trips = 0;
    let writing = false;
    stream.write = function (this: unknown, ...args: unknown[]) {
      if (!writing) trips++;
      writing = true;
      return write.apply(this, args);
    };
    const answered = () => { writing = false; };
    stream.on('data', answered);
    try {
      return { value: await work(), trips };
    } finally {
      stream.write = write;
      stream.off('data', answered);
    }
  }

  it('sends the statements asked for together in one round trip, in order, with rows typed as pg types them', async () => {
    const at = new Date('2026-11-27T10:00:00.000Z');
    const values = [7, at, JSON.stringify({ a: [1, 'ü'] }), null];
    const plain = await plainTx.run((t) => runPrepared(t.manager, TYPED, values));
    const { value, trips } = await tx.run((t) => roundTrips(t, () => Promise.all([
      runPrepared(t.manager, TYPED, values),
      runPrepared(t.manager, SET, ['first']),
      runPrepared(t.manager, GET, [1]),
      runPrepared(t.manager, SET, ['second']),
      runPrepared(t.manager, GET, [2]),
    ])));
    expect(value[0]).toEqual(plain);
    expect(value[0]).toEqual([{ n: 7, at, doc: { a: [1, 'ü'] }, nothing: null, big: '12345678901', yes: true }]);
    // Each statement saw the ones before it in the pipeline.
    expect(value.slice(1)).toEqual([[{ value: 'first' }], [{ value: 'first', tag: 1 }], [{ value: 'second' }], [{ value: 'second', tag: 2 }]]);
    // Statements new to the connection are parsed in the same write as they run.
    expect(trips).toBe(1);
  });

  it('costs one round trip for many statements', async () => {
    const trips = await tx.run(async (t) => {
      const measured = await roundTrips(t, () => Promise.all(
        Array.from({ length: 20 }, (_, i) => runPrepared(t.manager, i % 2 ? GET : SET, i % 2 ? [i] : [`v${i}`]))));
      expect(measured.value[19]).toEqual([{ value: 'v18', tag: 19 }]);
      return measured.trips;
    });
    expect(trips).toBe(1);
  });

  it('fails the statements after a failed one, and the transaction rolls back cleanly', async () => {
    let settled: PromiseSettledResult<unknown>[] = [];
    const outcome = await tx.run(async (t) => {
      settled = await Promise.allSettled([
        runPrepared(t.manager, SET, ['before']),
        runPrepared(t.manager, DIVIDE, [0]),
        runPrepared(t.manager, GET, [9]),
      ]);
    }).catch((error: Error) => error);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
    expect(((settled[1] as PromiseRejectedResult).reason as Error).message).toMatch(/division by zero/);
    expect(((settled[2] as PromiseRejectedResult).reason as Error).message).toMatch(/current transaction is aborted/);
    // The work swallowed the errors, but the transaction had failed: it does not pass for committed.
    expect((outcome as Error).message).toMatch(/COMMIT rolled it back/);
    // The connection is healthy afterwards and the statements it parsed still run.
    const ds = api.app.get(DataSource);
    const [quotient, [setting]] = await tx.run((t) => Promise.all([runPrepared(t.manager, DIVIDE, [5]), runPrepared<{ value: string | null }>(t.manager, GET, [1])]));
    expect(quotient).toEqual([{ q: 2 }]);
    expect(setting.value).not.toBe('before'); // what the failed transaction set was rolled back with it
    expect(await ds.query('SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
  });
});
