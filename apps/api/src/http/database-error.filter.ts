import { ArgumentsHost, Catch, HttpStatus, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from '@parley/core';

// PostgreSQL error codes that mean "the input was wrong", not "the server is broken".
const CLIENT_ERRORS: Record<string, [number, string]> = {
  '22P02': [HttpStatus.BAD_REQUEST, 'A value has the wrong format (for example an id that is not a UUID)'],
  '22001': [HttpStatus.BAD_REQUEST, 'A value is too long'],
  '22007': [HttpStatus.BAD_REQUEST, 'A date or time is not valid'],
  '22008': [HttpStatus.BAD_REQUEST, 'A date or time is out of range'],
  '22021': [HttpStatus.BAD_REQUEST, 'A text holds a character that cannot be stored (a NUL byte, \\u0000)'],
  '23505': [HttpStatus.CONFLICT, 'This already exists'],
  '23503': [HttpStatus.BAD_REQUEST, 'This refers to something that does not exist'],
  '23514': [HttpStatus.BAD_REQUEST, 'A value is not allowed'],
  '23502': [HttpStatus.BAD_REQUEST, 'A required value is missing'],
};
const DATA_EXCEPTION: [number, string] = [HttpStatus.BAD_REQUEST, 'A value is out of range or has the wrong format'];

/** Seconds a client (or Meta, for webhooks) is told to wait before retrying while PostgreSQL is away. */
const RETRY_AFTER_SECONDS = '5';

/**
 * A safety net under the validation pipes: a bad value that reaches PostgreSQL still gets a 4xx that says
 * what was wrong; PostgreSQL out of reach (refused, starting up, no free connection) gets a 503 with
 * Retry-After on every route, webhooks included, so platforms and clients retry and nothing is lost;
 * anything else from the database is a server error, logged without parameters (they may hold secrets).
 * Every other error goes to Nest's own handling.
 */
@Catch()
export class DatabaseErrorFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('Database');

  catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') return super.catch(error, host);
    const res = host.switchToHttp().getResponse<Response>();
    if (isDatabaseUnavailable(error)) {
      this.logger.warn(`PostgreSQL unavailable: ${(error as Error).message}`);
      res.setHeader('Retry-After', RETRY_AFTER_SECONDS);
      res.status(503).json({ statusCode: 503, message: 'The database is unavailable; try again in a few seconds', error: 'Service Unavailable' });
      return;
    }
    if (!(error instanceof QueryFailedError)) return super.catch(error, host);
    const { code } = error as QueryFailedError & { code?: string };
    // Class 22 is "data exception": whatever its detail, the value came from the request.
    const known = code ? CLIENT_ERRORS[code] ?? (code.startsWith('22') ? DATA_EXCEPTION : undefined) : undefined;
    if (known) {
      res.status(known[0]).json({ statusCode: known[0], message: known[1], error: HttpStatus[known[0]] });
      return;
    }
    this.logger.error(`${code ?? ''} ${error.message}`);
    res.setHeader('Retry-After', RETRY_AFTER_SECONDS);
    res.status(503).json({ statusCode: 503, message: 'The database could not complete the request; try again', error: 'Service Unavailable' });
  }
}
