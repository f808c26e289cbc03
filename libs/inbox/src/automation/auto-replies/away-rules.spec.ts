import { describe, it, expect } from '@jest/globals';
import { matchKeywordRule, shouldSendAway, type AwayDecisionInput } from './away-rules.js';
import { at } from '../business-hours/business-hours.fixtures.js';

const NY = 'America/New_York';
const closed = (over: Partial<AwayDecisionInput>): AwayDecisionInput => ({
  now: at(NY, '2026-03-26T22:00'),
  isOpen: false,
  lastAwaySentAt: null,
  lastAgentReplyAt: null,
  tz: NY,
  ...over,
});

describe('shouldSendAway', () => {
  it('sends when closed and nothing was sent', () => {
    expect(shouldSendAway(closed({}))).toBe(true);
  });

  it('never sends while open', () => {
    expect(shouldSendAway(closed({ isOpen: true }))).toBe(false);
  });

  it('sends once per local calendar day even when the UTC date changed in between', () => {
    // 18:00 and 22:00 in New York are 22:00 and 02:00 UTC on different UTC days.
    expect(shouldSendAway(closed({ lastAwaySentAt: at(NY, '2026-03-26T18:00') }))).toBe(false);
  });

  it('sends again on the next local day even when it is the same UTC day', () => {
    const madrid = 'Europe/Madrid';
    const input = closed({ tz: madrid, now: at(madrid, '2026-03-27T00:30'), lastAwaySentAt: at(madrid, '2026-03-26T23:30') });
    expect(input.now.toISOString().slice(0, 10)).toBe(input.lastAwaySentAt!.toISOString().slice(0, 10));
    expect(shouldSendAway(input)).toBe(true);
  });

  it('stays quiet while an agent replied in the last 5 minutes', () => {
    expect(shouldSendAway(closed({ lastAgentReplyAt: at(NY, '2026-03-26T21:55:01') }))).toBe(false);
    expect(shouldSendAway(closed({ lastAgentReplyAt: at(NY, '2026-03-26T21:55') }))).toBe(true);
  });

  it('treats times in the future (clock skew) as just now', () => {
    expect(shouldSendAway(closed({ lastAgentReplyAt: at(NY, '2026-03-26T22:10') }))).toBe(false);
    expect(shouldSendAway(closed({ lastAwaySentAt: at(NY, '2026-03-27T09:00') }))).toBe(false);
  });

  it('falls back to UTC days for an unknown time zone instead of throwing', () => {
    const now = new Date('2026-03-27T01:00:00Z');
    expect(shouldSendAway(closed({ tz: 'Nowhere/Land', now, lastAwaySentAt: new Date('2026-03-26T23:00:00Z') }))).toBe(true);
    expect(shouldSendAway(closed({ tz: 'Nowhere/Land', now, lastAwaySentAt: new Date('2026-03-27T00:10:00Z') }))).toBe(false);
  });
});

describe('matchKeywordRule', () => {
  it('matches a keyword ignoring case and accents both ways', () => {
    expect(matchKeywordRule('¿Cuál es el PRECIO?', { keywords: ['precio'] })).toBe(true);
    expect(matchKeywordRule('envio gratis?', { keywords: ['Envío'] })).toBe(true);
    expect(matchKeywordRule('Horário de atendimento', { keywords: ['horario'] })).toBe(true);
  });

  it('matches whole words only', () => {
    expect(matchKeywordRule('Vivo en Holanda', { keywords: ['hola'] })).toBe(false);
    expect(matchKeywordRule('priceless', { keywords: ['price'] })).toBe(false);
    expect(matchKeywordRule('price?', { keywords: ['price'] })).toBe(true);
    expect(matchKeywordRule('Привет, мир', { keywords: ['привет'] })).toBe(true);
  });

  it('matches a phrase across any whitespace and keywords with regex characters literally', () => {
    expect(matchKeywordRule('your opening\n  hours?', { keywords: ['opening hours'] })).toBe(true);
    expect(matchKeywordRule('I code in C++ daily', { keywords: ['c++'] })).toBe(true);
    expect(matchKeywordRule('I code in ccc daily', { keywords: ['c.c'] })).toBe(false);
  });

  it('finds a keyword inside text written without spaces', () => {
    expect(matchKeywordRule('予約したいです', { keywords: ['予約'] })).toBe(true);
  });

  it('ignores blank keywords and an empty rule', () => {
    expect(matchKeywordRule('anything', { keywords: ['', '  '] })).toBe(false);
    expect(matchKeywordRule('anything', {})).toBe(false);
  });

  it('matches a user pattern case-insensitively, and against the accent-free text', () => {
    expect(matchKeywordRule('Order #12345 is late', { pattern: 'order\\s*#?\\d{5}' })).toBe(true);
    expect(matchKeywordRule('Vamos a Córdoba', { pattern: 'cordoba' })).toBe(true);
    expect(matchKeywordRule('nothing here', { pattern: '\\d+' })).toBe(false);
  });

  it('matches when either the keywords or the pattern match', () => {
    expect(matchKeywordRule('refund please', { keywords: ['return'], pattern: 'refund' })).toBe(true);
  });

  it('never matches, and never throws, with an invalid or dangerous pattern', () => {
    expect(matchKeywordRule('(((', { pattern: '(' })).toBe(false);
    const started = Date.now();
    expect(matchKeywordRule('a'.repeat(5_000), { pattern: '\\w*\\w*\\w*\\w*\\w*!' })).toBe(false);
    expect(matchKeywordRule('(a)(a)', { pattern: '(a)\\1' })).toBe(false);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('reads only the first 2,000 characters', () => {
    const long = `${'x '.repeat(1_000)}refund`;
    expect(matchKeywordRule(long, { keywords: ['refund'] })).toBe(false);
    expect(matchKeywordRule(long, { pattern: 'refund' })).toBe(false);
    expect(matchKeywordRule(`refund ${long}`, { keywords: ['refund'] })).toBe(true);
  });
});
