import { describe, it, expect } from '@jest/globals';
import { validateRulePattern } from './rule-pattern.js';

describe('validateRulePattern', () => {
  it('accepts ordinary patterns', () => {
    for (const p of ['order\\s*#?\\d{5}', '^(hi|hello)\\b', '(refund|return)s?', '[\\s,]+', '(ab)+', '(a+)?', '\\(a+\\)+', '[(a+)]+', 'x{2,5}']) {
      expect(validateRulePattern(p)).toBeNull();
    }
  });

  it('rejects empty, non-text and overlong patterns', () => {
    expect(validateRulePattern('')).toBe('pattern: must be a non-empty regular expression');
    expect(validateRulePattern(42)).toBe('pattern: must be a non-empty regular expression');
    expect(validateRulePattern('a'.repeat(501))).toBe('pattern: must be at most 500 characters');
  });

  it('rejects a pattern that does not compile, with the reason', () => {
    expect(validateRulePattern('(unclosed')).toMatch(/^pattern: not a valid regular expression \(/);
    expect(validateRulePattern('[z-a]')).toMatch(/^pattern: not a valid regular expression/);
  });

  it('rejects the shapes of catastrophic backtracking', () => {
    for (const p of ['(a+)+$', '(a*)*b', '(\\w+\\s?)*$', '((ab)+c)+', '(a|aa)+$', '(?:x+){2,}', '(a+?)+']) {
      expect(validateRulePattern(p)).toMatch(/can make matching hang/);
    }
  });
});
