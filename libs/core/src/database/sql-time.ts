/**
 * SQL that renders a timestamptz as JavaScript's `Date.prototype.toISOString` does (UTC, milliseconds, `Z`),
 * for payloads a statement builds itself and that must equal the ones the TypeScript mappers build.
 */
export const isoUtcSql = (expression: string): string => `to_char(${expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
