import { pino, type DestinationStream, type Logger } from 'pino';
import { traceContext } from './trace-context.js';

// Secrets and customers' words never reach a log line, even when an object carrying them is logged whole.
const REDACT = [
  'req.headers.authorization', 'req.headers.cookie', 'req.headers["x-hub-signature-256"]', 'res.headers["set-cookie"]',
  '*.password', '*.accessToken', '*.appSecret', '*.verifyToken', '*.token', '*.text', '*.body', '*.caption', '*.payload',
];

export interface LoggingOptions {
  level?: string;
  /** which process writes the line: api, worker, migrate... */
  app?: string;
  /** where lines go (tests collect them); default stdout */
  destination?: DestinationStream;
}

let root: Logger = build({});
const children = new Map<string, Logger>();

/**
 * JSON lines (pino), one per event, with the request id and trace id of the work in progress mixed into
 * every line. NODE_ENV=development prints them pretty instead. Under jest the default level is silent, so
 * test output stays quiet unless LOG_LEVEL asks otherwise.
 */
export function configureLogging(options: LoggingOptions): Logger {
  root = build(options);
  children.clear();
  return root;
}

/** The process's logger (a child with a `context` names the component). */
export function logger(context?: string): Logger {
  if (!context) return root;
  let child = children.get(context);
  if (!child) children.set(context, (child = root.child({ context })));
  return child;
}

function build({ level, app, destination }: LoggingOptions): Logger {
  const env = process.env;
  const resolvedLevel = level ?? env.LOG_LEVEL ?? (env.JEST_WORKER_ID ? 'silent' : 'info');
  const pretty = !destination && env.NODE_ENV === 'development';
  return pino({
    level: resolvedLevel,
    base: { app: app ?? env.PARLEY_APP ?? undefined },
    redact: { paths: REDACT, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin: () => ({ ...traceContext() }),
    ...(pretty ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' } } } : {}),
  }, destination);
}
