/** The API's validation rules (apps/api DTOs), checked before sending so the form can point at the field. */
export type Errors<K extends string> = Partial<Record<K, string>>;

export const rules = {
  required: (label: string, max: number) => (v: string) =>
    v.trim().length === 0 ? `${label} is required` : v.length > max ? `${label} must be at most ${max} characters` : undefined,
  email: (v: string) => (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim()) ? undefined : 'email must be an email address'),
  password: (v: string) =>
    v.length < 8 ? 'password must be at least 8 characters long' : v.length > 200 ? 'password must be at most 200 characters' : undefined,
  platformAccountId: (v: string) =>
    v === '' || /^[A-Za-z0-9_.-]{1,64}$/.test(v) ? undefined : 'platformAccountId must be the page, account or phone number id',
  appSecret: (v: string) =>
    v.length < 16 ? 'appSecret must be at least 16 characters long' : v.length > 256 ? 'appSecret must be at most 256 characters' : undefined,
  verifyToken: (v: string) =>
    v === '' ? undefined : v.length < 8 ? 'verifyToken must be at least 8 characters long' : v.length > 128 ? 'verifyToken must be at most 128 characters' : undefined,
  shortcut: (v: string) =>
    /^[\p{L}\p{N}_-]{1,40}$/u.test(v) ? undefined : 'shortcut must be 1-40 letters, digits, "-" or "_" (typed after "/" in the composer)',
  color: (v: string) => (v === '' || /^#[0-9a-fA-F]{6}$/.test(v) ? undefined : 'color must be a hex color like #1e88e5'),
};

export function hasErrors<K extends string>(errors: Errors<K>): boolean {
  return Object.values(errors).some(Boolean);
}
