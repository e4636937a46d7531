// A fresh database per benchmark run, dropped afterwards: a SQLite file in a scratch folder, or a PostgreSQL
// database on BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres) when that server answers.
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
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

const postgresDatabase = (name) => {
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() },
    drop: () => withPostgres((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
    // the copy of a database no server is connected to
    clone: async (label) => {
      const copy = `${name}_${label}`;
      // a stopped server's sessions may take a moment to end (55006: the template is being accessed by other users)
      for (let attempt = 1; ; attempt += 1) {
        try {
          await withPostgres((admin) => admin.query(`CREATE DATABASE "${copy}" TEMPLATE "${name}"`));
          return postgresDatabase(copy);
        } catch (error) {
          if (error.code !== '55006' || attempt === 20) throw error;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      }
    },
  };
};

const SQLITE_FILES = ['', '-wal', '-shm', '-journal'];
const sqliteDatabase = (filename) => ({
  env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename },
  drop: async () => {
    for (const suffix of SQLITE_FILES) rmSync(`${filename}${suffix}`, { force: true });
  },
  clone: async (label) => {
    const copy = filename.replace(/\.db$/, `_${label}.db`);
    for (const suffix of ['', '-wal']) if (existsSync(`${filename}${suffix}`)) copyFileSync(`${filename}${suffix}`, `${copy}${suffix}`);
    return sqliteDatabase(copy);
  },
});

/** { env, drop(), clone(label) } for a new database of the given client; `clone` copies it (no server on it). */
export const createDatabase = async (client, scratch, label) => {
  const name = `newsroom_bench_${label}_${Date.now()}_${randomBytes(3).toString('hex')}`;
  if (client === 'postgres') {
    await withPostgres((admin) => admin.query(`CREATE DATABASE "${name}"`));
    return postgresDatabase(name);
  }
  return sqliteDatabase(path.join(scratch, `${name}.db`));
};
