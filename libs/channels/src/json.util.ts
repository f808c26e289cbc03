import { EventMappingError } from './mapper.types.js';

// Defensive readers for untrusted JSON: each either returns a typed value or says exactly what is wrong.

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A non-empty string, with NUL characters removed: PostgreSQL cannot store U+0000 in text, and a platform
 * that sends one (a broken client, a fuzzer) must not make a whole webhook fail and be retried for ever.
 */
export function optString(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const clean = value.includes('\u0000') ? value.replaceAll('\u0000', '') : value;
  return clean.length > 0 ? clean : undefined;
}

/**
 * An http(s) URL, or undefined when absent. Anything else (`javascript:`, `data:`, `file:`) is refused: the
 * dashboard renders attachment URLs as links and images an agent opens.
 */
export function optHttpUrl(value: unknown, path: string): string | undefined {
  const url = optString(value);
  if (url === undefined) return undefined;
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new EventMappingError(`${path} is not a valid URL`);
  }
  if (protocol !== 'https:' && protocol !== 'http:') throw new EventMappingError(`${path} must be an http(s) URL, not ${protocol}`);
  return url;
}

/**
 * Longer ids than this cannot be real (Meta's are under 200 characters) and would not fit a database index
 * entry: such an event is rejected on its own instead of failing the whole batch at the insert.
 */
export const MAX_ID_LENGTH = 1000;

/** The last millisecond of the year 9999: later timestamps are garbage (and not a date JavaScript prints as ISO 8601). */
export const MAX_TIMESTAMP_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** Platform ids are strings, but some (app_id, old page ids) arrive as JSON numbers. */
export function optId(value: unknown): string | undefined {
  const id = typeof value === 'number' && Number.isFinite(value) ? String(value) : optString(value);
  if (id !== undefined && id.length > MAX_ID_LENGTH) throw new EventMappingError(`an id is ${id.length} characters long (at most ${MAX_ID_LENGTH})`);
  return id;
}

export function optNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function reqId(value: unknown, path: string): string {
  const id = optId(value);
  if (id === undefined) throw new EventMappingError(`${path} is missing or not a string`);
  return id;
}

export function reqObject(value: unknown, path: string): JsonObject {
  if (!isObject(value)) throw new EventMappingError(`${path} is missing or not an object`);
  return value;
}

export function optArray(value: unknown, path: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new EventMappingError(`${path} is not an array`);
  return value;
}

/** Meta timestamps are epoch ms numbers. */
export function reqMillis(value: unknown, path: string): number {
  const ms = optNumber(value);
  if (ms === undefined || ms <= 0) throw new EventMappingError(`${path} is missing or not epoch milliseconds`);
  return inRange(ms, path);
}

/** WhatsApp timestamps are epoch seconds as a string ("1749416383"). */
export function reqSecondsString(value: unknown, path: string): number {
  const raw = typeof value === 'number' ? String(value) : value;
  if (typeof raw !== 'string' || !/^\d+$/.test(raw)) {
    throw new EventMappingError(`${path} is missing or not epoch seconds`);
  }
  return inRange(Number(raw) * 1000, path);
}

function inRange(ms: number, path: string): number {
  if (ms > MAX_TIMESTAMP_MS) throw new EventMappingError(`${path} is after the year 9999`);
  return ms;
}

/** Drops undefined keys so events compare and serialize predictably (no `"text": undefined` noise). */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
