import { QueryFailedError, type EntityManager } from 'typeorm';

/**
 * A hot statement that PostgreSQL parses and plans once per connection instead of on every call (for the
 * ingestion statements, planning cost as much as executing). Its text must name its result columns
 * rather than use `*`: a column added by a migration would otherwise change the cached plan's result type,
 * and PostgreSQL refuses to run such a statement until the connection closes.
 */
export interface PreparedStatement { name: string; text: string }

interface PgClient { query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }> }

/** Runs it on the manager's connection: the transaction's when there is one, otherwise one from the pool. */
export async function runPrepared<T>(manager: EntityManager, statement: PreparedStatement, values: unknown[]): Promise<T[]> {
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    const client = (await runner.connect()) as PgClient;
    return (await client.query({ ...statement, values })).rows as T[];
  } catch (error) {
    // The same error type as TypeORM's own queries, so the callers' and the HTTP filter's handling holds.
    throw error instanceof QueryFailedError || !(error instanceof Error) ? error : new QueryFailedError(statement.text, values, error);
  } finally {
    if (!manager.queryRunner) await runner.release();
  }
}
