import type { ParleyConfig } from '@parley/core';

/** The dashboard's origins: WEB_ORIGIN, PUBLIC_URL and any ALLOWED_ORIGINS, as browsers write them in Origin. */
export function allowedOrigins(config: ParleyConfig): string[] {
  return [...new Set([config.WEB_ORIGIN, config.PUBLIC_URL, ...(config.ALLOWED_ORIGINS ?? [])].map(originOf).filter((o): o is string => o !== null))];
}

function originOf(url: string): string | null {
  try { return new URL(url).origin; } catch { return null; }
}

/** What a request says about the page that sent it: the headers browsers set and pages cannot forge. */
export interface RequestOrigin {
  origin?: string;
  secFetchSite?: string;
  /** scheme://host of the request itself, as the api sees it (same-origin pages are always allowed) */
  own: string;
}

/**
 * CSRF: a browser page may act with the session cookie only from the dashboard's origin. Browsers send
 * Origin on every state-changing request and on the WebSocket handshake; Sec-Fetch-Site backs it up when
 * Origin is absent. Neither header: not a browser (curl, an integration with a bearer token), allowed.
 * Returns why the request is refused, or null.
 */
export function originRefusal(req: RequestOrigin, allowed: readonly string[]): string | null {
  const origin = req.origin?.trim();
  if (origin) {
    if (origin === req.own || allowed.includes(origin)) return null;
    return `Requests from ${origin} are not accepted; open Parley from ${allowed[0] ?? req.own}`;
  }
  const site = req.secFetchSite?.trim().toLowerCase();
  if (site && site !== 'same-origin' && site !== 'none') return `Cross-site requests (${site}) are not accepted; open Parley from ${allowed[0] ?? req.own}`;
  return null;
}
