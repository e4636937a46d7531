/**
 * Readiness while PostgreSQL refuses this app's database: 503 naming the database, then 200 once connections are allowed again. Connections are refused by the server
 * itself (ALLOW_CONNECTIONS false, and the app's sessions ended), as a database being restarted or failed over does.
 */

import { Client } from 'pg';
import { startStrapi, type TestApp } from '../helpers/strapi';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('GET /api/ready with the database unreachable', () => {
  let app: TestApp;
  let admin: Client;
  let name: string;

  beforeAll(async () => {
    app = await startStrapi('readiness-postgres', { listen: true });
    name = new URL(app.db.env.DATABASE_URL).pathname.slice(1);
    admin = new Client({ connectionString: process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' });
    await admin.connect();
  });

  afterAll(async () => {
    await admin?.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`).catch(() => undefined);
    await admin?.end();
    await app?.stop();
  });

  it('answers 503 naming the database while it refuses connections, and 200 when it is back', async () => {
    expect((await app.http().get('/api/ready')).status).toBe(200);
    await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
    try {
      const notReady = await app.http().get('/api/ready');
      expect(notReady.status).toBe(503);
      expect(notReady.headers['retry-after']).toBe('5');
      expect(notReady.body.error).toMatchObject({
        status: 503,
        name: 'ServiceUnavailableError',
        message: 'Not ready: database unreachable',
        details: { checks: { database: 'fail', storage: 'ok' }, stopping: false },
      });
      expect((await app.http().get('/_health')).status).toBe(204);
    } finally {
      await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
    }
    let status = 0;
    for (let attempt = 0; attempt < 50 && status !== 200; attempt += 1) {
      status = (await app.http().get('/api/ready')).status;
      if (status !== 200) await sleep(200);
    }
    expect(status).toBe(200);
  });
});
