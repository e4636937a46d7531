/**
 * Readiness (GET /api/ready) beside liveness (GET /_health): 200 with every check while the instance can serve;
 * 503 with Retry-After, in Strapi's error shape and naming the failed check, while the upload storage or Redis is
 * unreachable; never cached, so it answers what is true at each request. (The database: readiness-postgres;
 * shutting down: faults-shutdown.)
 */

import fs from 'fs/promises';
import path from 'path';
import { connectTestRedis, dropTestRedis, TEST_REDIS_URL } from '../helpers/redis';
import { freePort } from '../helpers/server-process';
import { startStrapi, startStrapiProcess, type TestApp } from '../helpers/strapi';

const PREFIX = `newsroom-test-readiness-${process.pid}:`;

describe('GET /api/ready', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startStrapi('readiness', { env: { REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: PREFIX, RESPONSE_CACHE: undefined } });
  });

  afterAll(async () => {
    await app?.stop();
    await dropTestRedis(await connectTestRedis(), PREFIX);
  });

  it('answers 200 with every check, and is never cached', async () => {
    for (let i = 0; i < 2; i += 1) {
      const ready = await app.http().get('/api/ready');
      expect(ready.status).toBe(200);
      expect(ready.body).toEqual({ status: 'ok', checks: { database: 'ok', storage: 'ok', redis: 'ok' } });
      expect(ready.headers['cache-control']).toBe('no-store');
      expect(ready.headers['x-cache']).toBe('BYPASS');
    }
  });

  it('answers 503 while the uploads folder is gone, 200 once it is back; /_health stays 204', async () => {
    const uploads = path.join(app.publicDir, 'uploads');
    await app.http().get('/api/ready').expect(200);
    await fs.rename(uploads, `${uploads}.away`);
    try {
      const notReady = await app.http().get('/api/ready');
      expect(notReady.status).toBe(503);
      expect(notReady.headers['retry-after']).toBe('5');
      expect(notReady.headers['cache-control']).toBe('no-store');
      expect(notReady.body).toEqual({
        data: null,
        error: {
          status: 503,
          name: 'ServiceUnavailableError',
          message: 'Not ready: storage unreachable',
          details: { checks: { database: 'ok', storage: 'fail', redis: 'ok' }, stopping: false },
        },
      });
      expect((await app.http().get('/_health')).status).toBe(204);
    } finally {
      await fs.rename(`${uploads}.away`, uploads);
    }
    expect((await app.http().get('/api/ready')).status).toBe(200);
  });

  it('answers 503 naming Redis when the configured Redis does not answer, and has no Redis check without one', async () => {
    const nobody = await freePort();
    const unreachable = await startStrapiProcess({ REDIS_URL: `redis://127.0.0.1:${nobody}`, REDIS_PREFIX: PREFIX });
    const alone = await startStrapiProcess({ REDIS_URL: undefined });
    try {
      const notReady = await unreachable.http().get('/api/ready');
      expect(notReady.status).toBe(503);
      expect(notReady.body.error).toMatchObject({
        message: 'Not ready: redis unreachable',
        details: { checks: { database: 'ok', storage: 'ok', redis: 'fail' } },
      });
      const ready = await alone.http().get('/api/ready');
      expect(ready.body).toEqual({ status: 'ok', checks: { database: 'ok', storage: 'ok' } });
    } finally {
      await unreachable.stop();
      await alone.stop();
    }
  });
});

