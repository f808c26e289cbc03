import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { originRefusal } from './origin-policy.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Signed by the platform and verified over the exact bytes, whatever they are: exempt from the checks below.
const WEBHOOKS = '/api/webhooks/';

const isWebhook = (req: Request): boolean => req.path.startsWith(WEBHOOKS);
const hasBody = (req: Request): boolean => Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
const ownOrigin = (req: Request): string => `${req.protocol}://${req.get('host') ?? ''}`;

/**
 * CSRF, closed twice over for requests that change state: only pages of the dashboard's origin may send
 * them (403), and only JSON bodies are read (415). A cross-site HTML form can send neither JSON nor a
 * trusted Origin, and a JSON body from a foreign page needs a CORS preflight that the api refuses.
 */
export function stateChangingRequestGuard(allowedOrigins: readonly string[]): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method) || !req.path.startsWith('/api/') || isWebhook(req)) return next();
    const refusal = originRefusal({ origin: req.headers.origin, secFetchSite: req.headers['sec-fetch-site'] as string | undefined, own: ownOrigin(req) }, allowedOrigins);
    if (refusal) return void res.status(403).json({ statusCode: 403, error: 'Forbidden', message: refusal });
    const declared = req.headers['content-type'] !== undefined;
    if ((declared || hasBody(req)) && !req.is('application/json')) {
      return void res.status(415).json({
        statusCode: 415, error: 'Unsupported Media Type',
        message: `Send the body as JSON with Content-Type: application/json (got ${req.headers['content-type'] ?? 'no Content-Type'})`,
      });
    }
    next();
  };
}
