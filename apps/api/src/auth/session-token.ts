export const SESSION_COOKIE = 'parley_session';

/** The session token from `Authorization: Bearer ...` or the http-only cookie, whichever is present. */
export function sessionTokenOf(headers: { authorization?: string; cookie?: string }, cookies?: Record<string, string>): string | undefined {
  const auth = headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim() || undefined;
  if (cookies?.[SESSION_COOKIE]) return cookies[SESSION_COOKIE];
  const match = headers.cookie?.match(new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([^;]+)`));
  return match ? decodeURIComponent(match[1]) : undefined;
}
