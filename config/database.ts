import path from 'path';
import { envBool, envInt, envString, envValue } from '../src/utils/env';

type Client = 'sqlite' | 'postgres';

/** better-sqlite3's own connection object, as knex hands it to `pool.afterCreate` */
interface SqliteConnection {
  pragma(statement: string): unknown;
}

export default () => {
  const client = envString('DATABASE_CLIENT', 'sqlite') as Client;
  const pool = { min: envInt('DATABASE_POOL_MIN', 0), max: envInt('DATABASE_POOL_MAX', 10) };
  // how long a query waits for a free connection (or a new one) before the request gets a 503
  const acquireConnectionTimeout = envInt('DATABASE_CONNECTION_TIMEOUT', 10000);

  if (client === 'postgres') {
    const url = envValue('DATABASE_URL');
    const ssl = envBool('DATABASE_SSL', false)
      ? { rejectUnauthorized: envBool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) }
      : false;
    // a database host that does not answer fails a connection attempt within the same bound
    const connectionTimeoutMillis = acquireConnectionTimeout;
    return {
      connection: {
        client: 'postgres',
        connection: url
          ? { connectionString: url, ssl, connectionTimeoutMillis }
          : {
              host: envString('DATABASE_HOST', '127.0.0.1'),
              port: envInt('DATABASE_PORT', 5432),
              database: envString('DATABASE_NAME', 'newsroom'),
              user: envString('DATABASE_USERNAME', 'postgres'),
              password: envValue('DATABASE_PASSWORD'),
              schema: envString('DATABASE_SCHEMA', 'public'),
              ssl,
              connectionTimeoutMillis,
            },
        pool,
        acquireConnectionTimeout,
      },
    };
  }

  if (client !== 'sqlite') {
    throw new Error(`DATABASE_CLIENT must be "sqlite" or "postgres", got "${client}"`);
  }

  const busyTimeout = envInt('DATABASE_BUSY_TIMEOUT', 5000);
  return {
    connection: {
      client: 'sqlite',
      connection: {
        filename: path.resolve(process.cwd(), envString('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
      acquireConnectionTimeout,
      pool: {
        // WAL: readers never wait for the writer and a killed process leaves a consistent database; another
        // process writing at the same time is waited for (busy timeout) instead of failing with SQLITE_BUSY
        afterCreate: (connection: SqliteConnection, done: (error: Error | null, connection: SqliteConnection) => void) => {
          try {
            connection.pragma('journal_mode = WAL');
            connection.pragma(`busy_timeout = ${busyTimeout}`);
            connection.pragma('synchronous = NORMAL');
            done(null, connection);
          } catch (error) {
            done(error as Error, connection);
          }
        },
      },
    },
  };
};
