import type { LoggerService } from '@nestjs/common';
import { logger } from './logger.js';

/** Nest's own messages (and every `new Logger('X')` in the code) as pino lines, with X as their context. */
export class PinoNestLogger implements LoggerService {
  log(message: unknown, ...rest: unknown[]): void { this.write('info', message, rest); }
  warn(message: unknown, ...rest: unknown[]): void { this.write('warn', message, rest); }
  debug(message: unknown, ...rest: unknown[]): void { this.write('debug', message, rest); }
  verbose(message: unknown, ...rest: unknown[]): void { this.write('trace', message, rest); }
  fatal(message: unknown, ...rest: unknown[]): void { this.write('fatal', message, rest); }

  error(message: unknown, ...rest: unknown[]): void {
    // Nest passes (message, stack, context) for errors.
    const context = typeof rest.at(-1) === 'string' ? (rest.pop() as string) : undefined;
    const stack = typeof rest[0] === 'string' ? rest[0] : undefined;
    const log = logger(context);
    if (message instanceof Error) log.error({ err: message }, message.message);
    else log.error(stack ? { stack } : {}, String(message));
  }

  private write(level: 'info' | 'warn' | 'debug' | 'trace' | 'fatal', message: unknown, rest: unknown[]): void {
    const context = typeof rest.at(-1) === 'string' ? (rest.at(-1) as string) : undefined;
    const log = logger(context);
    if (typeof message === 'object' && message !== null) log[level](message as object);
    else log[level](String(message));
  }
}
