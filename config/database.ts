import path from 'path';
import { envBool, envInt, envString, envValue } from '../src/utils/env';

type Client = 'sqlite' | 'postgres';

export default () => {
  const client = envString('DATABASE_CLIENT', 'sqlite') as Client;
  const pool = { min: envInt('DATABASE_POOL_MIN', 0), max: envInt('DATABASE_POOL_MAX', 10) };

  if (client === 'postgres') {
    const url = envValue('DATABASE_URL');
    const ssl = envBool('DATABASE_SSL', false)
      ? { rejectUnauthorized: envBool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) }
      : false;
    return {
      connection: {
        client: 'postgres',
        connection: url
          ? { connectionString: url, ssl }
          : {
              host: envString('DATABASE_HOST', '127.0.0.1'),
              port: envInt('DATABASE_PORT', 5432),
              database: envString('DATABASE_NAME', 'newsroom'),
              user: envString('DATABASE_USERNAME', 'postgres'),
              password: envValue('DATABASE_PASSWORD'),
              schema: envString('DATABASE_SCHEMA', 'public'),
              ssl,
            },
        pool,
        acquireConnectionTimeout: envInt('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }

  if (client !== 'sqlite') {
    throw new Error(`DATABASE_CLIENT must be "sqlite" or "postgres", got "${client}"`);
  }

  return {
    connection: {
      client: 'sqlite',
      connection: {
        filename: path.resolve(process.cwd(), envString('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
    },
  };
};
