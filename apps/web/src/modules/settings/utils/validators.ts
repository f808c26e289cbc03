import { INBOX_LIMITS, QUICK_REPLY_SHORTCUT_PATTERN, TAG_COLOR_PATTERN, USER_LIMITS } from '@parley/contracts';

/** The API's validation rules, with its limits from libs/contracts, checked before sending so the form can point at the field. */
export type Errors<K extends string> = Partial<Record<K, string>>;

export const rules = {
  required: (label: string, max: number) => (v: string) =>
    v.trim().length === 0 ? `${label} is required` : v.length > max ? `${label} must be at most ${max} characters` : undefined,
  email: (v: string) => (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim()) ? undefined : 'email must be an email address'),
  password: (v: string) =>
    v.length < USER_LIMITS.passwordMin ? `password must be at least ${USER_LIMITS.passwordMin} characters long`
      : v.length > USER_LIMITS.passwordMax ? `password must be at most ${USER_LIMITS.passwordMax} characters` : undefined,
  platformAccountId: (v: string) =>
    v === '' || /^[A-Za-z0-9_.-]{1,64}$/.test(v) ? undefined : 'platformAccountId must be the page, account or phone number id',
  appSecret: (v: string) =>
    v.length < INBOX_LIMITS.appSecretMin ? `appSecret must be at least ${INBOX_LIMITS.appSecretMin} characters long`
      : v.length > INBOX_LIMITS.appSecret ? `appSecret must be at most ${INBOX_LIMITS.appSecret} characters` : undefined,
  verifyToken: (v: string) =>
    v === '' ? undefined : v.length < INBOX_LIMITS.verifyTokenMin ? `verifyToken must be at least ${INBOX_LIMITS.verifyTokenMin} characters long`
      : v.length > INBOX_LIMITS.verifyToken ? `verifyToken must be at most ${INBOX_LIMITS.verifyToken} characters` : undefined,
  shortcut: (v: string) =>
    QUICK_REPLY_SHORTCUT_PATTERN.test(v) ? undefined : 'shortcut must be 1-40 letters, digits, "-" or "_" (typed after "/" in the composer)',
  color: (v: string) => (v === '' || TAG_COLOR_PATTERN.test(v) ? undefined : 'color must be a hex color like #1e88e5'),
};

export function hasErrors<K extends string>(errors: Errors<K>): boolean {
  return Object.values(errors).some(Boolean);
}
