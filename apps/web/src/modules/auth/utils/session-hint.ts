// The session cookie is http-only, so the page cannot see it. This flag remembers that the last answer was
// "signed in", which lets the first screen's data load alongside the "who am I" request instead of after it.
const KEY = 'parley.signedIn';

export function rememberSignedIn(signedIn: boolean): void {
  try {
    if (signedIn) localStorage.setItem(KEY, '1');
    else localStorage.removeItem(KEY);
  } catch {
    // storage disabled: the dashboard only loses the head start
  }
}

export function probablySignedIn(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}
