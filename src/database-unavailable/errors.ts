/**
 * Which errors mean "the database cannot be reached right now" (as opposed to a bad query): a refused or dropped
 * connection, PostgreSQL shutting down or starting up, a connection-class SQLSTATE (08xxx), no free connection in
 * the pool within the acquire timeout, SQLite still busy after its busy timeout. And which mean "a value in the
 * query does not fit its column" (a data exception, SQLSTATE class 22): the client's mistake, not the server's.
 */

import { errors } from '@strapi/utils';

/** seconds a client is told to wait before trying again */
export const RETRY_AFTER_SECONDS = 5;

const CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down)
  '53300', // too_many_connections
  'SQLITE_BUSY',
  'SQLITE_BUSY_SNAPSHOT',
  'SQLITE_BUSY_RECOVERY',
  'SQLITE_BUSY_TIMEOUT',
]);

const MESSAGES = [
  /Timeout acquiring a connection/i,
  /Connection terminated/i,
  /Connection ended unexpectedly/i,
  /Client has encountered a connection error and is not queryable/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /terminating connection due to administrator command/i,
];

const fieldOf = (value: object, name: string): unknown => (value as Record<string, unknown>)[name];

export const isDatabaseUnavailable = (error: unknown): boolean => {
  let current: unknown = error;
  // the original error may sit a few causes deep (knex and Strapi wrap some)
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    if (current instanceof DatabaseUnavailableError) return true;
    const code = fieldOf(current, 'code');
    if (typeof code === 'string' && (CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
    if (fieldOf(current, 'name') === 'KnexTimeoutError') return true;
    const message = fieldOf(current, 'message');
    if (typeof message === 'string' && MESSAGES.some((pattern) => pattern.test(message))) return true;
    current = fieldOf(current, 'cause');
  }
  return false;
};

/**
 * What a query meets after its connection or transaction was lost with the database (knex and pg): not a cause
 * itself, so not a 503 of its own, but in a background task it follows a lost database.
 */
const AFTERMATH = [/Transaction query already complete/i, /Client was closed and is not queryable/i, /Cannot use a pool after calling end/i, /Transaction rejected with non-error/i];

export const followsLostDatabase = (error: unknown): boolean => {
  if (isDatabaseUnavailable(error)) return true;
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const message = fieldOf(current, 'message');
    if (typeof message === 'string' && AFTERMATH.some((pattern) => pattern.test(message))) return true;
    current = fieldOf(current, 'cause');
  }
  return false;
};

/** PostgreSQL's data exceptions (22P02 invalid text representation, 22003 out of range, 22007/22008 dates, ...). */
export const isDataException = (error: unknown): boolean => {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const code = fieldOf(current, 'code');
    if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) return true;
    current = fieldOf(current, 'cause');
  }
  return false;
};

/** What a query that could not reach the database throws; the request gets a 503 with Retry-After. */
export class DatabaseUnavailableError extends errors.ApplicationError<'ServiceUnavailableError', string, { retryAfter: number }> {
  constructor(cause: unknown) {
    super('The database is unavailable; try again shortly', { retryAfter: RETRY_AFTER_SECONDS });
    this.name = 'ServiceUnavailableError';
    this.cause = cause;
  }
}

/** A short description of the underlying error for the log: its code and message, no SQL. */
export const describeCause = (error: unknown): string => {
  const cause = error instanceof DatabaseUnavailableError ? error.cause : error;
  if (!cause || typeof cause !== 'object') return String(cause);
  const code = fieldOf(cause, 'code');
  const message = String(fieldOf(cause, 'message') ?? '').split('\n')[0].replace(/^.* - /, '');
  return typeof code === 'string' ? `${code}: ${message}` : message;
};
