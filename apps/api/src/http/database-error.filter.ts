import { ArgumentsHost, Catch, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';

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

/**
 * A safety net under the validation pipes: a bad value that reaches PostgreSQL still gets a 4xx that says
 * what was wrong; anything else is a real server error, logged without parameters (they may hold secrets).
 */
@Catch(QueryFailedError)
export class DatabaseErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Database');

  catch(error: QueryFailedError & { code?: string; detail?: string }, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    // Class 22 is "data exception": whatever its detail, the value came from the request.
    const known = error.code ? CLIENT_ERRORS[error.code] ?? (error.code.startsWith('22') ? DATA_EXCEPTION : undefined) : undefined;
    if (known) {
      res.status(known[0]).json({ statusCode: known[0], message: known[1], error: HttpStatus[known[0]] });
      return;
    }
    this.logger.error(`${error.code ?? ''} ${error.message}`);
    res.status(503).json({ statusCode: 503, message: 'The database could not complete the request; try again', error: 'Service Unavailable' });
  }
}
