import { describe, expect, it } from '@jest/globals';
import { signBody, verifyHandshake, verifyMetaSignature, verifyXSignature, xCrcResponseToken } from './signature.js';
import { fixtureBytes, fixtureJson } from './testing/fixture.loader.js';

interface MetaVectors {
  app_secret: string;
  raw_body: string;
  headers: Record<string, string>;
  reserialized_body_utf8: string;
  hmac_of_reserialized_body: string;
}

const vectors = fixtureJson('contracts/meta-signature-vectors.json') as MetaVectors;
const rawBody = Buffer.from(vectors.raw_body, 'utf8');
const header = vectors.headers['X-Hub-Signature-256'];

describe('verifyMetaSignature', () => {
  it('accepts the signature computed over the escaped wire bytes', () => {
    expect(verifyMetaSignature(rawBody, header, vectors.app_secret)).toBe(true);
    expect(signBody(rawBody, vectors.app_secret)).toBe(header);
  });

  it('rejects the same header over a re-serialized body (the classic parsed-body mistake)', () => {
    const reserialized = Buffer.from(JSON.stringify(JSON.parse(vectors.raw_body)), 'utf8');
    expect(reserialized.equals(Buffer.from(vectors.reserialized_body_utf8, 'utf8'))).toBe(true);
    expect(verifyMetaSignature(reserialized, header, vectors.app_secret)).toBe(false);
    expect(signBody(reserialized, vectors.app_secret)).toBe(vectors.hmac_of_reserialized_body);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['without prefix', header.slice('sha256='.length)],
    ['sha1 legacy form', 'sha1=da39a3ee5e6b4b0d3255bfef95601890afd80709'],
    ['truncated', header.slice(0, -2)],
    ['not hex', `sha256=${'z'.repeat(64)}`],
    ['one digit off', header.slice(0, -1) + (header.endsWith('9') ? '8' : '9')],
    ['too long', `${header}00`],
  ])('rejects a %s header', (_label, value) => {
    expect(verifyMetaSignature(rawBody, value, vectors.app_secret)).toBe(false);
  });

  it('rejects the right header with the wrong secret, and any header with an empty secret', () => {
    expect(verifyMetaSignature(rawBody, header, 'another-secret')).toBe(false);
    expect(verifyMetaSignature(rawBody, signBody(rawBody, ''), '')).toBe(false);
  });

  it('accepts an upper-case hex digest', () => {
    expect(verifyMetaSignature(rawBody, `sha256=${header.slice(7).toUpperCase()}`, vectors.app_secret)).toBe(true);
  });

  it('round-trips on a pretty-printed fixture with emoji and accents', () => {
    const bytes = fixtureBytes('messenger-text.json');
    expect(verifyMetaSignature(bytes, signBody(bytes, 's3cret'), 's3cret')).toBe(true);
  });
});

describe('verifyHandshake', () => {
  const handshake = fixtureJson('contracts/meta-verify-handshake.json') as {
    request: { query: Record<string, string> };
    configured_verify_token: string;
    expected_response_ok: { body: string };
  };

  it('returns the challenge verbatim when mode and token match', () => {
    expect(verifyHandshake(handshake.request.query, handshake.configured_verify_token)).toBe(
      handshake.expected_response_ok.body,
    );
  });

  it('accepts PHP-style underscore keys', () => {
    const query = { hub_mode: 'subscribe', hub_verify_token: 'vibecoding', hub_challenge: '42' };
    expect(verifyHandshake(query, 'vibecoding')).toBe('42');
  });

  it.each([
    ['a wrong token', { ...handshake.request.query, 'hub.verify_token': 'nope' }],
    ['a wrong mode', { ...handshake.request.query, 'hub.mode': 'unsubscribe' }],
    ['no challenge', { 'hub.mode': 'subscribe', 'hub.verify_token': 'vibecoding' }],
    ['a repeated parameter (array)', { ...handshake.request.query, 'hub.verify_token': ['vibecoding', 'x'] }],
  ])('returns null for %s', (_label, query) => {
    expect(verifyHandshake(query, 'vibecoding')).toBeNull();
  });

  it('returns null when no verify token is configured', () => {
    expect(verifyHandshake({ 'hub.mode': 'subscribe', 'hub.verify_token': '', 'hub.challenge': '1' }, '')).toBeNull();
  });
});

describe('X (Twitter) vectors', () => {
  const x = fixtureJson('contracts/x-crc-and-signature-vectors.json') as {
    consumer_secret: string;
    crc_request: { url: string };
    crc_expected_response: { body: { response_token: string } };
    post_raw_body: string;
    post_headers: Record<string, string>;
  };

  it('answers the CRC challenge', () => {
    const token = new URL(x.crc_request.url).searchParams.get('crc_token') ?? '';
    expect(xCrcResponseToken(token, x.consumer_secret)).toBe(x.crc_expected_response.body.response_token);
  });

  it('verifies the base64 signature over the raw body and rejects a tampered one', () => {
    const body = Buffer.from(x.post_raw_body, 'utf8');
    const signature = x.post_headers['x-twitter-webhooks-signature'];
    expect(verifyXSignature(body, signature, x.consumer_secret)).toBe(true);
    expect(verifyXSignature(Buffer.concat([body, Buffer.from(' ')]), signature, x.consumer_secret)).toBe(false);
    expect(verifyXSignature(body, undefined, x.consumer_secret)).toBe(false);
    expect(verifyXSignature(body, 'sha256=short', x.consumer_secret)).toBe(false);
  });
});
