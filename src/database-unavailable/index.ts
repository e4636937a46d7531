/**
 * The database being unreachable is a 503 with Retry-After, never a 500 or a 401. Every query's connection error
 * becomes a DatabaseUnavailableError (one wrapper around the knex client) and marks the request it happened in, so
 * that the global middleware answers 503 even where a caller swallowed the error (users-permissions turns a failed
 * permission read into "not authenticated", hence the 401s).
 * The same wrapper is the safety net of the query validation (src/utils/query-values.ts): a value PostgreSQL refuses
 * in a content-API read (a data exception) is the client's mistake, a 400 ValidationError, not a 500.
 */

import { AsyncLocalStorage } from 'async_hooks';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DatabaseUnavailableError, describeCause, followsLostDatabase, isDataException, isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './errors';

export { DatabaseUnavailableError, isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './errors';

type Method = (...args: unknown[]) => Promise<unknown>;

interface KnexClient {
  query: Method;
  acquireConnection: Method;
  driverName?: string;
}

interface RequestState {
  databaseUnavailable?: unknown;
}

interface RequestContext {
  method?: string;
  path?: string;
  state?: RequestState;
}

interface Statement {
  method?: string;
  sql?: string;
}

const isRead = (statement: unknown): boolean => {
  const { method, sql } = (typeof statement === 'object' && statement !== null ? statement : { sql: statement }) as Statement;
  if (method && method !== 'raw') return ['select', 'first', 'pluck'].includes(method);
  return typeof sql === 'string' && /^\s*(select|with)\b/i.test(sql);
};

const isContentApi = (strapi: Core.Strapi, path: string | undefined): boolean => {
  if (!path) return false;
  const prefix = strapi.config.get('api.rest.prefix', '/api');
  return path === strapi.config.get('plugin::graphql.endpoint', '/graphql') || path === prefix || path.startsWith(`${prefix}/`);
};

const PATCHED = Symbol.for('newsroom.database-unavailable');

/** the work (an entity validation) that a lost database must end, for queries started inside it */
const lostDatabaseEnds = new AsyncLocalStorage<(error: DatabaseUnavailableError) => void>();

/**
 * Wraps the knex client's query and connection acquisition. On the dialect's prototype: knex builds each
 * transaction's client from the prototype, not from the instance. Once per process (the request context is one
 * store for every Strapi instance).
 */
export const translateDatabaseErrors = (strapi: Core.Strapi): void => {
  const prototype = Object.getPrototypeOf(strapi.db.connection.client) as KnexClient & { [PATCHED]?: true };
  if (prototype[PATCHED]) return;
  prototype[PATCHED] = true;
  const requestContext = strapi.requestContext;
  const translate = (error: unknown, statement?: unknown): never => {
    const ctx = requestContext.get() as RequestContext | undefined;
    if (statement !== undefined && isDataException(error) && isRead(statement) && isContentApi(strapi, ctx?.path)) {
      // the query validation should have refused the value: worth a warning, with no SQL
      strapi.log.warn(`[database] ${ctx?.method} ${ctx?.path}: 400, a query value the database refused (${describeCause(error)})`);
      throw new errors.ValidationError('A value in the query does not fit the field it is compared with', { source: 'query' });
    }
    if (!isDatabaseUnavailable(error)) throw error;
    const translated = error instanceof DatabaseUnavailableError ? error : new DatabaseUnavailableError(error);
    if (ctx?.state) ctx.state.databaseUnavailable = translated;
    lostDatabaseEnds.getStore()?.(translated);
    throw translated;
  };
  const { acquireConnection, query } = prototype;
  prototype.acquireConnection = function (this: KnexClient, ...args: unknown[]) {
    return acquireConnection.apply(this, args).catch((error: unknown) => translate(error));
  };
  // SQLite: a deferred transaction that has read and then writes fails at once with SQLITE_BUSY when another
  // connection (another instance) wrote meanwhile, whatever the busy timeout; IMMEDIATE takes the write lock at
  // BEGIN, where the busy timeout applies
  prototype.query = function (this: KnexClient, connection: unknown, statement: unknown, ...rest: unknown[]) {
    const sql = this.driverName === 'better-sqlite3' && statement === 'BEGIN;' ? 'BEGIN IMMEDIATE;' : statement;
    return query.call(this, connection, sql, ...rest).catch((error: unknown) => translate(error, statement));
  };
};

interface KnexTransactor {
  isCompleted(): boolean;
  commit(value?: unknown): Promise<unknown>;
  /** settles with the outcome of BEGIN … COMMIT: rejected when a transaction query (BEGIN, COMMIT) failed */
  executionPromise: Promise<unknown>;
}

interface KnexContext {
  transaction(...args: unknown[]): Promise<unknown>;
}

/**
 * Knex swallows the failure of its own transaction queries and only rejects the transaction's execution promise,
 * which Strapi (`knex.transaction()` without a callback) never reads: a BEGIN on a connection that just died hands
 * out a transaction that is already over (every query in it then fails with "Transaction query already complete",
 * a 500), and a failed COMMIT resolves as if it had committed (the client got a 2xx for a write that was rolled
 * back). Both now throw the query's error, so the request gets a 503 and the write is not acknowledged.
 */
export const surfaceTransactionFailures = (strapi: Core.Strapi): void => {
  const context = (strapi.db.connection as unknown as { context: KnexContext }).context;
  const transaction = context.transaction;
  context.transaction = function (this: unknown, ...args: unknown[]) {
    const started = transaction.apply(this, args);
    // with a callback, knex settles the transaction itself and rejects with these errors
    if (typeof args[0] === 'function') return started;
    return started.then(async (value) => {
      const trx = value as KnexTransactor;
      if (trx.isCompleted()) {
        await trx.executionPromise;
        throw new DatabaseUnavailableError(new Error('The transaction ended before it began'));
      }
      const commit = trx.commit;
      trx.commit = async (result?: unknown) => {
        await commit(result);
        return trx.executionPromise;
      };
      return trx;
    });
  };
};

type Transaction = Core.Strapi['db']['transaction'];
type TransactionParams = { onCommit: (callback: () => unknown) => void } & Record<string, unknown>;

/**
 * Strapi runs commit callbacks without awaiting them (the document service's `entry.*` events read the entry again
 * after the commit, for webhooks): a database gone between the commit and that read would be an unhandled
 * rejection, which ends the process. Each callback's failure is logged instead.
 */
export const settleCommitCallbacks = (strapi: Core.Strapi): void => {
  const db = strapi.db;
  const transaction = db.transaction.bind(db) as (callback?: (params: TransactionParams) => unknown) => Promise<unknown>;
  const settled = (callback: () => unknown) => () =>
    Promise.resolve()
      .then(callback)
      .catch((error: unknown) => {
        if (isDatabaseUnavailable(error)) strapi.log.warn(`[database] an after-commit task (entry event, webhooks) was lost: ${describeCause(error)}`);
        else strapi.log.error(`[database] an after-commit task failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      });
  db.transaction = ((callback?: (params: TransactionParams) => unknown) =>
    callback
      ? transaction((params) => callback({ ...params, onCommit: (task: () => unknown) => params.onCommit(settled(task)) }))
      : transaction()) as Transaction;
};

type Validate = (...args: unknown[]) => Promise<unknown>;

/**
 * Strapi's entity validator runs its database checks (unique fields) as async yup tests, and yup 0.32 never settles
 * a validation whose async test rejects: a connection lost during a unique check left the write waiting forever
 * (and, behind the slug lock of its type and locale, every later write of that type and locale). A validation now
 * ends with the DatabaseUnavailableError of the first query inside it that lost the database.
 */
export const endValidationsOnLostDatabase = (strapi: Core.Strapi): void => {
  const validator = strapi.entityValidator as unknown as Record<'validateEntityCreation' | 'validateEntityUpdate', Validate>;
  for (const name of ['validateEntityCreation', 'validateEntityUpdate'] as const) {
    const validate = validator[name];
    validator[name] = (...args: unknown[]) =>
      new Promise((resolve, reject) => {
        lostDatabaseEnds.run(reject, () => {
          validate.apply(validator, args).then(resolve, reject);
        });
      });
  }
};

/**
 * Last line: a rejection nobody handles because the database went away inside Strapi's own code (seen: the entity
 * validator's unique check, run by yup, when the connection dies mid-validation; or knex's "Transaction query already
 * complete" that follows it) is logged as a warning instead of
 * ending the process. Any other unhandled rejection still ends it, as Node's default does.
 */
export const survivesLostDatabase = (strapi: Core.Strapi): void => {
  process.on('unhandledRejection', (reason: unknown) => {
    if (!followsLostDatabase(reason)) throw reason;
    strapi.log.warn(`[database] a background query lost the database: ${describeCause(reason)}`);
  });
};

/** Where the database is, without credentials, for messages. */
const databaseName = (strapi: Core.Strapi): string => {
  const { client, connection } = strapi.config.get('database.connection') as {
    client: string;
    connection: { connectionString?: string; host?: string; port?: number; database?: string; filename?: string };
  };
  if (client === 'sqlite') return `SQLite ${connection.filename}`;
  if (connection.connectionString) {
    const url = new URL(connection.connectionString);
    return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
  }
  return `PostgreSQL ${connection.host}:${connection.port}/${connection.database}`;
};

/**
 * At start, before Strapi's schema sync: one query, bounded by the connection timeout, so that a server started
 * while its database is down stops at once with a message naming the database.
 */
export const assertDatabaseReachable = async (strapi: Core.Strapi): Promise<void> => {
  try {
    await strapi.db.connection.raw('select 1');
  } catch (error) {
    const reason = isDatabaseUnavailable(error) ? describeCause(error) : String(error);
    const message = `Cannot reach the database (${databaseName(strapi)}): ${reason}`;
    // Strapi exits synchronously after a failed start, before its logger's asynchronous transports have written:
    // this line must reach the operator, so it goes to stderr directly (synchronous for files and pipes)
    process.stderr.write(`[database] ${message}\n`);
    throw new Error(message);
  }
};

const unavailableBody = (graphql: boolean) => {
  const error = new DatabaseUnavailableError(null);
  const details = error.details;
  return graphql
    ? { errors: [{ message: error.message, extensions: { code: 'SERVICE_UNAVAILABLE', error: { name: error.name, message: error.message, details } } }] }
    : { data: null, error: { status: 503, name: error.name, message: error.message, details } };
};

/** The global middleware, just inside `strapi::errors`. */
export const databaseUnavailableMiddleware =
  (strapi: Core.Strapi): Core.MiddlewareHandler =>
  async (ctx, next) => {
    let failure: unknown;
    try {
      await next();
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      failure = error;
    }
    const state = ctx.state as RequestState;
    failure ??= state.databaseUnavailable;
    if (!failure) return;
    strapi.log.warn(`[database] ${ctx.method} ${ctx.path}: 503, the database is unavailable (${describeCause(failure)})`);
    const endpoint = strapi.config.get('plugin::graphql.endpoint', '/graphql');
    ctx.status = 503;
    ctx.set('Retry-After', String(RETRY_AFTER_SECONDS));
    ctx.set('Cache-Control', 'no-store');
    ctx.remove('ETag');
    ctx.body = unavailableBody(ctx.path === endpoint);
  };
