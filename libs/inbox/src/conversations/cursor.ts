import { BadRequestException } from '@nestjs/common';

export type CursorValueType = 'timestamptz' | 'int' | 'uuid';

// The shapes PostgreSQL prints these types in (cursors carry sort values as text); anything else was not
// produced by us and must be a 400 about the cursor, not a database error about a date or an id.
const SHAPES: Record<CursorValueType, RegExp> = {
  timestamptz: /^(-?infinity|\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[ T]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?([+-](0\d|1[0-5])(:?[0-5]\d){0,2}|Z)?)$/,
  int: /^-?\d{1,10}$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
};

/** Opaque keyset cursors: the sort values of the last row seen, then its id. */
export function encodeCursor(values: (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, types: readonly CursorValueType[]): (string | number | null)[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === types.length
      && values.every((v, i) => (typeof v === 'string' || typeof v === 'number') && SHAPES[types[i]].test(String(v)))) {
      return values as (string | number | null)[];
    }
  } catch { /* fall through to the 400 */ }
  throw new BadRequestException('cursor is invalid: pass back the nextCursor of a previous page unchanged');
}
