import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { pinoHttp } from 'pino-http';
import { logger, runWithTrace } from '@parley/core';

// A proxy's or caller's id is kept when it looks like one, so their logs and ours share it.
const INCOMING_ID = /^[A-Za-z0-9._:-]{8,64}$/;
// Probes and scrapes every few seconds would drown the lines that matter.
const QUIET_PATHS = new Set(['/api/health', '/api/health/live', '/api/health/ready', '/api/metrics']);

type Next = (error?: unknown) => void;

/**
 * One JSON line per request (method, path without its query, status, time) and a request id, answered in
 * X-Request-Id, that every line logged while serving the request carries, and that becomes the trace id
 * of whatever the request sets going (outbox rows, jobs, socket events).
 */
export function requestLogging(): (req: IncomingMessage, res: ServerResponse, next: Next) => void {
  const http = pinoHttp({
    logger: logger('http'),
    genReqId: (req, res) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && INCOMING_ID.test(given) ? given : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    autoLogging: { ignore: (req) => QUIET_PATHS.has((req.url ?? '').split('?')[0]) },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    // The query string can hold a webhook's verify token; headers hold cookies and signatures.
    serializers: {
      req: (req: { id: string; method: string; url: string; remoteAddress?: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
  });
  return (req, res, next) => http(req, res, () => {
    const id = String((req as IncomingMessage & { id: unknown }).id);
    runWithTrace({ traceId: id, reqId: id }, next);
  });
}
