// A fresh database per benchmark run, dropped afterwards: a SQLite file in a scratch folder, or a PostgreSQL
// database on BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres) when that server answers.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const postgresUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const withPostgres = async (work) => {
  const { Client } = require('pg');
  const client = new Client({ connectionString: postgresUrl, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

export const postgresAnswers = () => withPostgres((client) => client.query('SELECT 1')).then(() => true, () => false);

/** { env, drop() } for a new database of the given client. */
export const createDatabase = async (client, scratch, label) => {
  const name = `newsroom_bench_${label}_${Date.now()}_${randomBytes(3).toString('hex')}`;
  if (client === 'postgres') {
    await withPostgres((admin) => admin.query(`CREATE DATABASE "${name}"`));
    const url = new URL(postgresUrl);
    url.pathname = `/${name}`;
    return {
      env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() },
      drop: () => withPostgres((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
    };
  }
  const filename = path.join(scratch, `${name}.db`);
  return {
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename },
    drop: async () => {
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${filename}${suffix}`, { force: true });
    },
  };
};
