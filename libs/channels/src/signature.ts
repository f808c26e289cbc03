import { createHmac, timingSafeEqual } from 'node:crypto';

const PREFIX = 'sha256=';

/** `sha256=<lowercase hex HMAC-SHA256(secret, body)>`, the form Meta and Parley's API channel send. */
export function signBody(rawBody: Buffer | string, secret: string): string {
  return PREFIX + createHmac('sha256', secret).update(rawBody).digest('hex');
}

/**
 * Checks `X-Hub-Signature-256` against the raw request bytes.
 * Must be the bytes as received: Meta escapes non-ASCII as \uXXXX, so a re-serialized body never matches.
 */
export function verifyMetaSignature(rawBody: Buffer, header: string | undefined, appSecret: string): boolean {
  if (!header || !appSecret || !header.startsWith(PREFIX)) return false;
  const received = header.slice(PREFIX.length).trim().toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(received)) return false;
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  return safeEqual(Buffer.from(received, 'hex'), expected);
}

/** Meta's subscription check: the challenge to echo back (200, text/plain), or null to answer 403. */
export function verifyHandshake(query: Record<string, unknown>, verifyToken: string): string | null {
  // Some frameworks rewrite dots in query keys to underscores (PHP-style `hub_mode`).
  const read = (key: string): unknown => query[`hub.${key}`] ?? query[`hub_${key}`];
  const mode = read('mode');
  const token = read('verify_token');
  const challenge = read('challenge');
  if (mode !== 'subscribe' || typeof token !== 'string' || typeof challenge !== 'string' || !verifyToken) return null;
  return safeEqual(Buffer.from(token), Buffer.from(verifyToken)) ? challenge : null;
}

/** X (Twitter) CRC reply: `sha256=` + base64 HMAC of the crc_token (base64, unlike Meta's hex). */
export function xCrcResponseToken(crcToken: string, consumerSecret: string): string {
  return PREFIX + createHmac('sha256', consumerSecret).update(crcToken).digest('base64');
}

/** Checks `x-twitter-webhooks-signature` (base64) against the raw body. */
export function verifyXSignature(rawBody: Buffer, header: string | undefined, consumerSecret: string): boolean {
  if (!header || !consumerSecret || !header.startsWith(PREFIX)) return false;
  const received = Buffer.from(header.slice(PREFIX.length), 'base64');
  const expected = createHmac('sha256', consumerSecret).update(rawBody).digest();
  return safeEqual(received, expected);
}

/** timingSafeEqual throws on unequal lengths; a length mismatch is simply "not equal". */
function safeEqual(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
