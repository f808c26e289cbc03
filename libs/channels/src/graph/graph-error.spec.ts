import { describe, expect, it } from '@jest/globals';
import { fixtureJson } from '../testing/fixture.loader.js';
import { classifyGraphError, GraphApiError, networkGraphError } from './graph-error.js';

const examples = fixtureJson('contracts/send-api-examples.json') as Record<string, { status?: number; body?: unknown }>;
const WINDOW = "The customer's 24-hour reply window has closed; wait for them to write again.";

// Every error example in the contract file, with the classification it must get.
const EXPECTED: Record<string, { kind: string; code: number; subcode: number | null; fbtraceId: string; explanation: string | RegExp }> = {
  error_outside_window_messenger: { kind: 'permanent', code: 10, subcode: 2018278, fbtraceId: 'AxIIVeNpuf3y2jeXdufRcEX', explanation: WINDOW },
  error_outside_window_instagram: { kind: 'permanent', code: 10, subcode: 2534022, fbtraceId: 'A1b2C3d4E5f6G7h8I9j0K', explanation: WINDOW },
  error_user_unavailable: {
    kind: 'permanent', code: 551, subcode: 1545041, fbtraceId: 'AfLpdQHj4s1h8w6MbvPPOUc',
    explanation: "This person isn't available right now (they may have blocked the page or deleted their account).",
  },
  error_rate_limited: { kind: 'transient', code: 613, subcode: null, fbtraceId: 'Bq9XwT3mZ8kP1sV7nR4yL2c', explanation: /limiting how fast/ },
  error_token_invalid: {
    kind: 'auth', code: 190, subcode: 460, fbtraceId: 'BLBz/WZt8dN',
    explanation: "The page's access token is no longer valid; an admin must reconnect the channel.",
  },
};

describe('classifyGraphError: send-api-examples.json', () => {
  const errorKeys = Object.keys(examples).filter((key) => key.startsWith('error_'));

  it('covers every error example in the contract file', () => {
    expect(errorKeys.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(errorKeys)('%s', (key) => {
    const { status, body } = examples[key];
    const info = classifyGraphError(status ?? 0, body);
    const expected = EXPECTED[key];
    expect(info).toMatchObject({ kind: expected.kind, code: expected.code, subcode: expected.subcode, fbtraceId: expected.fbtraceId });
    expect(info.platformMessage).toBe((body as { error: { message: string } }).error.message);
    expect(info.explanation).toEqual(expected.explanation instanceof RegExp ? expect.stringMatching(expected.explanation) : expected.explanation);
  });
});

describe('classifyGraphError: codes and statuses', () => {
  const graphError = (code: number, extra: object = {}) => ({ error: { message: 'm', code, ...extra } });

  it.each([
    [2, 'transient'], [4, 'transient'], [32, 'transient'], [80007, 'transient'],
    [130429, 'transient'], [131056, 'transient'], [131000, 'transient'],
    [131047, 'permanent'], [131026, 'permanent'], [100, 'permanent'], [10, 'permanent'], [551, 'permanent'],
    [190, 'auth'], [200, 'auth'], [230, 'auth'],
  ])('code %i → %s', (code, kind) => {
    expect(classifyGraphError(400, graphError(code)).kind).toBe(kind);
  });

  it('explains the WhatsApp re-engagement error in plain words', () => {
    expect(classifyGraphError(400, graphError(131047)).explanation).toMatch(/24 hours.*template/);
  });

  it.each([
    [500, undefined, 'transient'], [503, 'Service Unavailable', 'transient'], [429, {}, 'transient'],
    [401, {}, 'auth'], [404, '<html>', 'permanent'], [400, { error: { code: 99999, is_transient: true } }, 'transient'],
    [400, { error: { code: 99999 } }, 'permanent'],
  ])('HTTP %i with body %j → %s', (status, body, kind) => {
    const info = classifyGraphError(status, body);
    expect(info.kind).toBe(kind);
    expect(info.explanation.length).toBeGreaterThan(10);
  });

  it('reads string codes and falls back to the status when there is no message', () => {
    expect(classifyGraphError(502, { error: { code: '2' } })).toMatchObject({ code: 2, kind: 'transient', platformMessage: 'HTTP 502' });
  });

  it('turns network failures and timeouts into transient errors with status 0', () => {
    const timeout = networkGraphError(new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    expect(timeout).toBeInstanceOf(GraphApiError);
    expect(timeout).toMatchObject({ httpStatus: 0, kind: 'transient', explanation: expect.stringMatching(/did not answer in time/) });
    expect(networkGraphError(new TypeError('fetch failed'))).toMatchObject({ kind: 'transient', explanation: expect.stringMatching(/could not reach/) });
  });
});
