import { createRequire } from 'node:module';
import type { PreparedStatement } from './prepared.js';

// pg's own row parser and value serializer, so pipelined rows come back exactly as pg.Query returns them.
const require = createRequire(import.meta.url);
interface PgResultParser { rows: unknown[]; addFields(fields: unknown[]): void; parseRow(fields: unknown[]): unknown; addRow(row: unknown): void }
const Result = require('pg/lib/result.js') as new () => PgResultParser;
const { prepareValue } = require('pg/lib/utils.js') as { prepareValue: (value: unknown) => unknown };

/** The part of pg's Connection a submittable writes to (see pg's Query.submit). */
interface PgConnection {
  stream: { cork?(): void; uncork?(): void };
  parsedStatements: Record<string, string>;
  parse(m: { text: string; name: string; types: unknown[] }): void;
  bind(m: { portal: string; statement: string; values: unknown[] }): void;
  describe(m: { type: 'P'; name: string }): void;
  execute(m: { portal: string; rows: number }): void;
  sync(): void;
  sendCopyFail(message: string): void;
}

/** A pg client as the pipeline uses it: it queues a submittable, and its connection knows what is parsed. */
export interface PipelineClient { query(submittable: object): unknown; connection: { parsedStatements: Record<string, string> } }

interface Step { statement: PreparedStatement; values: unknown[] }

/**
 * A pg "submittable" (the interface of pg-cursor) that sends several prepared statements in one write
 * with one Sync: PostgreSQL runs them in order and answers them all in one reply, so N statements cost one
 * round trip instead of N. With `parseOnly` it just parses them (creating the named statements).
 * An error makes PostgreSQL skip the rest up to the Sync: the whole pipeline fails with that error.
 */
class PipelinedQuery {
  private readonly results: unknown[][] = [];
  private current: PgResultParser | null = null;
  private parseError: Error | null = null;

  constructor(private readonly steps: Step[], private readonly parseOnly: boolean, private readonly done: (error: Error | null, rows: unknown[][]) => void) {}

  submit(connection: PgConnection): Error | null {
    // Values are serialized before the first byte is written, so a bad value cannot leave half a pipeline.
    let values: unknown[][];
    try {
      values = this.steps.map((s) => s.values.map(prepareValue));
    } catch (error) {
      return error as Error;
    }
    connection.stream.cork?.();
    try {
      this.steps.forEach((s, i) => {
        if (this.parseOnly) return connection.parse({ text: s.statement.text, name: s.statement.name, types: [] });
        connection.bind({ portal: '', statement: s.statement.name, values: values[i] });
        connection.describe({ type: 'P', name: '' });
        connection.execute({ portal: '', rows: 0 });
      });
      connection.sync();
    } finally {
      connection.stream.uncork?.();
    }
    return null;
  }

  handleRowDescription(msg: { fields: unknown[] }): void {
    this.current = new Result();
    this.current.addFields(msg.fields);
  }

  handleDataRow(msg: { fields: unknown[] }): void {
    if (!this.current || this.parseError) return;
    try {
      this.current.addRow(this.current.parseRow(msg.fields));
    } catch (error) {
      this.parseError = error as Error;
    }
  }

  handleCommandComplete(): void {
    this.results.push(this.current?.rows ?? []); // a statement without RETURNING has no row description
    this.current = null;
  }

  handleEmptyQuery(): void {
    this.results.push([]);
  }

  handleError(error: Error): void {
    this.done(error, []);
  }

  handleReadyForQuery(connection: PgConnection): void {
    if (this.parseError) return this.done(this.parseError, []);
    if (this.parseOnly) for (const s of this.steps) connection.parsedStatements[s.statement.name] = s.statement.text;
    this.done(null, this.results);
  }

  handlePortalSuspended(): void { /* rows: 0 never suspends */ }

  handleCopyInResponse(connection: PgConnection): void {
    connection.sendCopyFail('COPY is not supported in a pipeline');
  }

  handleCopyData(): void { /* see handleCopyInResponse */ }
}

function send(client: PipelineClient, steps: Step[], parseOnly: boolean): Promise<unknown[][]> {
  return new Promise((resolve, reject) => {
    client.query(new PipelinedQuery(steps, parseOnly, (error, rows) => (error ? reject(error) : resolve(rows))));
  });
}

interface Queued extends Step { resolve: (rows: unknown[]) => void; reject: (error: unknown) => void }

/**
 * Collects the prepared statements that concurrent callers on one connection ask for in the same turn of
 * the event loop and sends them as one pipeline. Group commit runs its units of work side by side on one
 * transaction: their first statements go out together, then their second ones, so a transaction of N
 * messages costs a few round trips instead of a few per message.
 * A statement not yet known to this connection is parsed first, on its own (once per connection), so a
 * failed pipeline never leaves pg unsure which statements exist.
 */
export class StatementPipeline {
  private queue: Queued[] = [];
  private scheduled = false;

  constructor(private readonly client: () => Promise<PipelineClient>) {}

  query<T>(statement: PreparedStatement, values: unknown[]): Promise<T[]> {
    return new Promise<T[]>((resolve, reject) => {
      this.queue.push({ statement, values, resolve: resolve as (rows: unknown[]) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    try {
      const client = await this.client();
      const known = client.connection.parsedStatements;
      const unparsed = new Map<string, PreparedStatement>();
      for (const { statement } of batch) {
        const previous = known[statement.name];
        if (previous !== undefined && previous !== statement.text) throw new Error(`prepared statement ${statement.name} was parsed with another text`);
        if (previous === undefined) unparsed.set(statement.name, statement);
      }
      for (const statement of unparsed.values()) await send(client, [{ statement, values: [] }], true);
      const rows = await send(client, batch, false);
      batch.forEach((q, i) => q.resolve(rows[i]));
    } catch (error) {
      for (const q of batch) q.reject(error);
    }
  }
}
