import { BadRequestException } from '@nestjs/common';

/** Opaque keyset cursors: the sort values of the last row seen, then its id. */
export function encodeCursor(values: (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number): (string | number | null)[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === length && values.every((v) => ['string', 'number'].includes(typeof v) || v === null)) {
      return values as (string | number | null)[];
    }
  } catch { /* fall through to the 400 */ }
  throw new BadRequestException('cursor is invalid: pass back the nextCursor of a previous page unchanged');
}
