/**
 * Errors that mean "PostgreSQL cannot be reached right now", not "this request is wrong": refused or
 * dropped connections, a server starting up or shutting down, no connection slot free, a pool timeout.
 * The request may be retried as it is once the database is back.
 */
const SQLSTATES = new Set([
  '57P01', '57P02', '57P03', // admin shutdown, crash shutdown, cannot connect now (starting up)
  '53300', '53400', // too many connections, configuration limit exceeded
  '08000', '08001', '08003', '08004', '08006', // connection exceptions
]);
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH']);
const MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down)|Connection is not established/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; depth++) {
    if (typeof e.code === 'string' && (SQLSTATES.has(e.code) || NETWORK.has(e.code))) return true;
    if (typeof e.message === 'string' && MESSAGES.test(e.message)) return true;
    e = (e.driverError ?? e.cause) as typeof e;
  }
  return false;
}
