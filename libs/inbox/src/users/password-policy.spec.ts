import { describe, expect, it } from '@jest/globals';
import { passwordProblem } from './password-policy.js';

describe('passwordProblem', () => {
  it('accepts a long, uncommon passphrase', () => {
    expect(passwordProblem('correct horse battery')).toBeNull();
    expect(passwordProblem('ünïcödé-pässwörd')).toBeNull();
  });

  it('refuses fewer than 12 characters, counting characters rather than bytes', () => {
    expect(passwordProblem('longenough1')).toBe('password must be at least 12 characters long');
    expect(passwordProblem('😀😀😀😀😀😀😀😀😀😀😀')).toBe('password must be at least 12 characters long');
  });

  it('refuses more than bcrypt\'s 72 bytes instead of cutting it silently', () => {
    expect(passwordProblem('a b c d e f g '.repeat(5) + 'xy')).toBeNull(); // exactly 72 bytes
    expect(passwordProblem('a b c d e f g '.repeat(5) + 'xyz')).toMatch(/at most 72 bytes/);
    expect(passwordProblem('é'.repeat(37))).toMatch(/at most 72 bytes/); // 37 characters, 74 bytes
  });

  it('refuses the common ones whatever their case, and one or two characters repeated', () => {
    for (const p of ['Password1234', 'QWERTY123456', 'change-me-now', 'administrator', 'abababababab', 'zzzzzzzzzzzzzzz']) {
      expect(passwordProblem(p)).toMatch(/too common/);
    }
  });
});
