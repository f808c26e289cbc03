import { describe, expect, it } from '@jest/globals';
import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from './unavailable.js';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('telling "PostgreSQL is away" from "the request is wrong"', () => {
  it('recognises refused connections, a server starting up and a full connection table', () => {
    expect(isDatabaseUnavailable(withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('57P03', 'the database system is starting up'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('53300', 'sorry, too many clients already'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  it('looks through TypeORM’s wrapper to the driver’s error', () => {
    const wrapped = new QueryFailedError('SELECT 1', [], withCode('57P01', 'terminating connection due to administrator command'));
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
  });

  it('leaves bad input and other errors to their own handling', () => {
    expect(isDatabaseUnavailable(new QueryFailedError('SELECT 1', [], withCode('22P02', 'invalid input syntax for type uuid')))).toBe(false);
    expect(isDatabaseUnavailable(withCode('23505', 'duplicate key'))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
