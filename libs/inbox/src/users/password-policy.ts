import { USER_LIMITS } from '@parley/contracts';

/**
 * What a new password must be. Length is what makes a password hard to guess, so: at least 12
 * characters, at most 72 bytes (bcrypt ignores whatever follows, so a longer one would be silently cut),
 * and not one of the passwords every guessing list starts with.
 */
export const PASSWORD_MIN_LENGTH = USER_LIMITS.passwordMin; // 12, shared with the dashboard's forms
export const PASSWORD_MAX_BYTES = 72;

// The 12-or-more-character entries near the top of the public breached-password lists (SecLists'
// 10-million-password-list-top-10000, haveibeenpwned's most frequent), plus defaults this project once
// shipped. Compared lower-cased. Short entries need no listing: the length rule refuses them.
const COMMON = new Set([
  '123456789012', '1234567890123', '12345678901234', '123456789123', '123123123123', '123456123456', '111111111111',
  '000000000000', '121212121212', '098765432109', '987654321098', '1q2w3e4r5t6y', '1q2w3e4r5t6y7u', '1qaz2wsx3edc',
  '1qaz2wsx3edc4rfv', 'zaq12wsxcde3', 'zaq1zaq1zaq1', 'qazwsxedcrfv', 'qazwsxedcrfvtgb', 'qwertyuiopasdfgh',
  'qwertyuiop123', 'qwerty123456', 'qwertyqwerty', 'qwerty12345678', 'asdfghjkl123', 'asdfasdfasdf', 'abcdefghijkl',
  'abcdefghijklm', 'abc123456789', 'abcd12345678', 'passwordpassword', 'password1234', 'password12345',
  'password123456', 'password1234567', 'password123!', 'password@123', 'p@ssw0rd1234', 'passw0rd1234', 'iloveyou1234',
  'iloveyouiloveyou', 'letmein12345', 'letmeinletmein', 'welcome12345', 'welcome123456', 'administrator',
  'administrator1', 'changeme1234', 'changemenow1', 'change-me-now', 'change-me-please', 'football1234', 'baseball1234',
  'basketball12', 'superman1234', 'trustno1trustno1', 'monkey123456', 'dragon123456', 'sunshine1234', 'princess1234',
  'starwars1234', 'whatever1234', 'computer1234', 'internet1234', 'mypassword123', 'secretpassword', 'thisismypassword',
  'correcthorsebatterystaple', 'correct horse battery staple', 'qwertyuiopasdfghjkl', 'q1w2e3r4t5y6', 'a1b2c3d4e5f6',
  'aaaaaaaaaaaa', 'helpdesk1234', 'parley123456', 'parleyparley',
]);

/** Why `password` cannot be used, in words for the user, or null when it can. */
export function passwordProblem(password: string): string | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return `password must be at least ${PASSWORD_MIN_LENGTH} characters long`;
  if (Buffer.byteLength(password, 'utf8') > PASSWORD_MAX_BYTES) {
    return `password must be at most ${PASSWORD_MAX_BYTES} bytes (about ${PASSWORD_MAX_BYTES} letters, fewer with accents or emoji)`;
  }
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || new Set(lower).size <= 2) return 'password is too common and easy to guess; choose a longer or less predictable one';
  return null;
}
