import { QueryFailedError, type DataSource, type EntityManager, type QueryRunner } from 'typeorm';

/**
 * A hot statement that PostgreSQL parses and plans once per connection instead of on every call (for the
 * ingestion and SLA statements, planning cost as much as executing). A name must always stand for the same
 * text (pg refuses a name reused with another), and the text must name its result columns rather than use
 * `*`: a column added by a migration would otherwise change the cached plan's result type, and PostgreSQL
 * refuses to run such a statement until the connection closes.
 */
export interface PreparedStatement { name: string; text: string }

/** A result of the pg driver; a simple-protocol query of several statements answers one per statement. */
export interface PgResult<T> { rows: T[]; command?: string }

interface PgQueryable { query(config: { name: string; text: string; values: unknown[] }): Promise<PgResult<unknown>> }

/** The pg client under a TypeORM query runner, for what TypeORM cannot say: prepared and multi-statement queries. */
export interface PgClient extends PgQueryable {
  query(config: { name: string; text: string; values: unknown[] }): Promise<PgResult<unknown>>;
  query<T = unknown>(text: string): Promise<PgResult<T> | PgResult<T>[]>;
}

export async function pgClientOf(runner: QueryRunner): Promise<PgClient> {
  return (await runner.connect()) as PgClient;
}

/**
 * Runs it on the manager's transaction when there is one, otherwise straight on TypeORM's pg pool (no
 * QueryRunner per call: the automation runs many of these a second outside transactions).
 */
export async function runPrepared<T>(manager: EntityManager, statement: PreparedStatement, values: unknown[]): Promise<T[]> {
  try {
    const target: PgQueryable = manager.queryRunner
      ? await pgClientOf(manager.queryRunner)
      : (manager.connection.driver as unknown as { master: PgQueryable }).master;
    return (await target.query({ ...statement, values })).rows as T[];
  } catch (error) {
    // The same error type as TypeORM's own queries, so the callers' and the HTTP filter's handling holds.
    throw error instanceof QueryFailedError || !(error instanceof Error) ? error : new QueryFailedError(statement.text, values, error);
  }
}

/** `runPrepared` outside any transaction, by name and text. */
export function preparedQuery<T>(dataSource: DataSource, name: string, text: string, values: unknown[]): Promise<T[]> {
  return runPrepared<T>(dataSource.manager, { name, text }, values);
}
