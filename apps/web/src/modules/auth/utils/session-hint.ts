import type { UserRole } from '@parley/contracts';

// The session cookie is http-only, so the page cannot see it. This flag remembers that the last answer was
// "signed in" (and as whom: the role picks the list's first view), which lets the first screen's data load
// alongside the "who am I" request instead of after it.
const KEY = 'parley.signedIn';
const ROLE_KEY = 'parley.role';

export function rememberSignedIn(signedIn: boolean, role?: UserRole): void {
  try {
    if (signedIn) localStorage.setItem(KEY, '1');
    else localStorage.removeItem(KEY);
    if (signedIn && role) localStorage.setItem(ROLE_KEY, role);
    else if (!signedIn) localStorage.removeItem(ROLE_KEY);
  } catch {
    // storage disabled: the dashboard only loses the head start
  }
}

/** The role of the user who was signed in last, if the page knows it. */
export function rememberedRole(): UserRole | null {
  try {
    return (localStorage.getItem(ROLE_KEY) as UserRole | null) ?? null;
  } catch {
    return null;
  }
}

export function probablySignedIn(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}
