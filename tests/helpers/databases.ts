import { randomBytes } from 'crypto';
import fs from 'fs/promises';
import path from 'path';
import { Client } from 'pg';

export type TestDatabaseClient = 'sqlite' | 'postgres';

export interface TestDatabase {
  client: TestDatabaseClient;
  env: Record<string, string>;
  drop(): Promise<void>;
}

export const ROOT = path.resolve(__dirname, '../..');
/** read when used, so that a suite with a PostgreSQL cluster of its own can point TEST_POSTGRES_URL at it */
const postgresAdminUrl = (): string => process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const testDatabaseClient = (): TestDatabaseClient =>
  process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';

const uniqueName = (label: string): string =>
  `newsroom_test_${label.replace(/[^a-z0-9]+/gi, '_').toLowerCase()}_${Date.now()}_${randomBytes(3).toString('hex')}`;

const withAdminClient = async <T>(work: (client: Client) => Promise<T>): Promise<T> => {
  const client = new Client({ connectionString: postgresAdminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

/** A database of its own for one test suite: a fresh SQLite file or a fresh PostgreSQL database (the tier's by default). */
export const createTestDatabase = async (label: string, client: TestDatabaseClient = testDatabaseClient()): Promise<TestDatabase> => {
  const name = uniqueName(label);

  if (client === 'postgres') {
    await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"`));
    const url = new URL(postgresAdminUrl());
    url.pathname = `/${name}`;
    return {
      client: 'postgres',
      env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() },
      drop: () => withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
    };
  }

  const directory = path.join(ROOT, '.tmp', 'test');
  await fs.mkdir(directory, { recursive: true });
  const filename = path.join(directory, `${name}.db`);
  return {
    client: 'sqlite',
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename },
    drop: async () => {
      for (const suffix of ['', '-wal', '-shm', '-journal']) await fs.rm(`${filename}${suffix}`, { force: true });
    },
  };
};
