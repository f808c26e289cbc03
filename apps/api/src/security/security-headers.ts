import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * The same headers on the dashboard and the api (docker/nginx.conf repeats them for the dashboard it
 * serves). Scripts only from our own origin, never inline: an injected <script> or on* attribute does not
 * run. Styles may be inline because MUI (emotion) writes <style> elements at run time. Pictures and media
 * come from the platforms' CDNs (https; http too for local and test installs; an https page never loads
 * http ones anyway, and an image cannot run code). HSTS only when the session cookie is https-only: on plain http it
 * would be ignored at best and lock a mistyped http install out at worst.
 */
export function securityHeaders(options: { hsts: boolean }): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:', 'https:', 'http:'],
        'media-src': ["'self'", 'blob:', 'https:', 'http:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'worker-src': ["'self'"],
        'manifest-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: options.hsts ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    xFrameOptions: { action: 'deny' }, // frame-ancestors for browsers that predate it
    // xPoweredBy stays on: helmet removes X-Powered-By (express is also told not to send it).
  });
}
