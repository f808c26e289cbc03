import { describe, it, expect } from '@jest/globals';
import { rulePatternMatches, validateRulePattern } from './rule-pattern.js';

describe('validateRulePattern', () => {
  it('accepts ordinary patterns, including nested repetition (safe on a linear-time engine)', () => {
    for (const p of ['order\\s*#?\\d{5}', '^(hi|hello)\\b', '(refund|return)s?', '[\\s,]+', '(ab)+', '(a+)?', '\\(a+\\)+', '[(a+)]+', 'x{2,5}', '(a+)+$', '\\w*\\w*\\w*\\w*\\w*!']) {
      expect(validateRulePattern(p)).toBeNull();
    }
  });

  it('rejects empty, non-text and overlong patterns', () => {
    expect(validateRulePattern('')).toBe('pattern: must be a non-empty regular expression');
    expect(validateRulePattern(42)).toBe('pattern: must be a non-empty regular expression');
    expect(validateRulePattern('a'.repeat(501))).toBe('pattern: must be at most 500 characters');
  });

  it('rejects a pattern that does not compile, with the reason', () => {
    expect(validateRulePattern('(unclosed')).toMatch(/^pattern: not a valid regular expression \(.*missing closing \)/);
    expect(validateRulePattern('[z-a]')).toMatch(/^pattern: not a valid regular expression \(.*invalid character class range/);
  });

  it('refuses what a linear-time engine cannot run (lookarounds, backreferences), saying so', () => {
    for (const p of ['(?=order)\\d+', 'price(?!less)', '(?<=#)\\d+', '(?<!no )refund', '(a)\\1']) {
      expect(validateRulePattern(p)).toMatch(/^pattern: lookarounds such as .* and backreferences such as \\1 are not supported/);
    }
  });
});

describe('rulePatternMatches', () => {
  it('matches anywhere in the text, case-insensitively', () => {
    expect(rulePatternMatches('order\\s*#?\\d{5}', 'my ORDER #12345?')).toBe(true);
    expect(rulePatternMatches('^refund', 'no refund')).toBe(false);
  });

  it('runs a pattern that stalls a backtracking engine over 5,000 characters in linear time', () => {
    const text = 'a'.repeat(5_000);
    const started = performance.now();
    expect(rulePatternMatches('\\w*\\w*\\w*\\w*\\w*!', text)).toBe(false);
    expect(rulePatternMatches('(a|aa)+$b', text)).toBe(false);
    // Generous for a loaded machine: a backtracking engine takes minutes (and more) on this.
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('never matches with a pattern that does not validate', () => {
    expect(rulePatternMatches('(', '(((')).toBe(false);
    expect(rulePatternMatches('(a)\\1', 'aa')).toBe(false);
  });
});
