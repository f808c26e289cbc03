import ipaddr from 'ipaddr.js';

// Express's own names for address ranges; anything else must be an address or a CIDR.
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * One entry of TRUST_PROXY (express's `trust proxy` list): only the listed proxies' X-Forwarded-For is
 * believed. A hop count (`1`) or `true` would believe whoever connects directly, so anyone could rotate
 * the header and escape the login limits: those are refused at start with what to write instead.
 */
export function trustProxyProblem(entry: string): string | null {
  if (NAMED_RANGES.has(entry) || isAddress(entry) || isCidr(entry)) return null;
  return `"${entry}" is not an address, a CIDR or one of ${[...NAMED_RANGES].join(', ')}; `
    + 'list the proxies in front of the api, e.g. 10.0.0.5,172.16.0.0/12 (a hop count such as 1 is not accepted)';
}

// ipaddr.isValid would take "1" (an old shorthand for 0.0.0.1): only dotted quads and IPv6 count here.
const isAddress = (entry: string): boolean => ipaddr.IPv4.isValidFourPartDecimal(entry) || ipaddr.IPv6.isValid(entry);

function isCidr(entry: string): boolean {
  const [address, bits, ...rest] = entry.split('/');
  if (rest.length > 0 || bits === undefined || !isAddress(address)) return false;
  try { ipaddr.parseCIDR(entry); return true; } catch { return false; }
}
