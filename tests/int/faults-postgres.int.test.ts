/**
 * Catalogue items 20 and 21, and a start while the database is down. PostgreSQL only: these restart, stop and lock
 * a PostgreSQL cluster the suite starts itself (never the system one); SQLite has no server to restart, and its
 * counterpart (a writer holding the lock past the busy timeout) is in faults-sqlite.int.test.ts.
 * The server under test is the built app in a process of its own, with the response cache off.
 */

import { Client } from 'pg';
import { createPostgresCluster, type PostgresCluster } from '../helpers/postgres-cluster';
import { freePort, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { startStrapi, type TestApp } from '../helpers/strapi';

type Json = Record<string, any>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const UNCACHED = { RESPONSE_CACHE: 'off', REDIS_URL: undefined };

interface Outcome {
  url: string;
  status: number;
  retryAfter: string | null;
  body: Json | null;
  at: number;
}

const call = async (url: string, init?: RequestInit): Promise<Outcome> => {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(20000), ...init });
    const text = await response.text();
    let body: Json | null = null;
    try {
      body = JSON.parse(text) as Json;
    } catch {
      body = { text };
    }
    return { url, status: response.status, retryAfter: response.headers.get('retry-after'), body, at: Date.now() };
  } catch (error) {
    // the connection itself failed: counted as status 0 (the server must not drop connections)
    return { url, status: 0, retryAfter: null, body: { error: String(error) }, at: Date.now() };
  }
};

const tally = (outcomes: Outcome[]): Record<number, number> =>
  outcomes.reduce<Record<number, number>>((counts, { status }) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }), {});

describe('PostgreSQL faults (PostgreSQL only: a cluster of the suite\'s own)', () => {
  let cluster: PostgresCluster;
  let app: TestApp;

  beforeAll(async () => {
    cluster = await createPostgresCluster();
    // the suite's databases live in its own cluster
    process.env.TEST_POSTGRES_URL = cluster.url;
    app = await startStrapi('faults-database', { seed: true, env: UNCACHED });
  });

  afterAll(async () => {
    await app?.stop();
    await cluster?.destroy();
    delete process.env.TEST_POSTGRES_URL;
  });

  it('answers reads with 503 and Retry-After while PostgreSQL restarts under load, never 401 or 500, and recovers on its own', async () => {
    // a short acquire timeout: requests that arrive while the database is down are refused after a second
    const server = await startServerProcess({ env: { ...UNCACHED, DATABASE_CONNECTION_TIMEOUT: '1000' } });
    let running = true;
    try {
      const outcomes: Outcome[] = [];
      const reader = async () => {
        for (let i = 0; running && i < 2000; i += 1) outcomes.push(await call(`${server.baseUrl}/api/articles`));
      };
      const graphql = async () => {
        for (let i = 0; running && i < 2000; i += 1) {
          outcomes.push(
            await call(`${server.baseUrl}/graphql`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify({ query: '{ tags { name } }' }),
            })
          );
        }
      };
      // reads only: writes cut by the restart are an open issue (see the report: an unlogged 500 or a hang, now and then)
      const load = [...Array.from({ length: 6 }, reader), graphql];

      await sleep(1000);
      // the restart: a fast shutdown (connections terminated with 57P01), three seconds down, start again
      const restartStarted = Date.now();
      await cluster.stop();
      await sleep(3000);
      await cluster.start();
      const restarted = Date.now();
      // bounded: at most 15 s for the server to answer 200 again on its own
      let recoveredAt: number | undefined;
      for (let i = 0; i < 150 && recoveredAt === undefined; i += 1) {
        const probe = await call(`${server.baseUrl}/api/articles`, { signal: AbortSignal.timeout(2000) });
        if (probe.status === 200) recoveredAt = Date.now();
        else await sleep(100);
      }
      await sleep(1000);
      running = false;
      await Promise.all(load);

      const counts = tally(outcomes);
      console.log(`[faults] restart ${restarted - restartStarted} ms, recovered ${recoveredAt! - restarted} ms after; statuses ${JSON.stringify(counts)}`);
      expect(recoveredAt).toBeDefined();
      expect(recoveredAt! - restarted).toBeLessThan(5000);
      // only answers and clean refusals: no 401 (permissions unreadable), no 500, no dropped connection
      expect(Object.keys(counts).map(Number).filter((status) => ![200, 503].includes(status))).toEqual([]);
      const refused = outcomes.filter((outcome) => outcome.status === 503);
      expect(refused.length).toBeGreaterThan(0); // the restart really hit requests in flight
      for (const outcome of refused) {
        expect(outcome.retryAfter).toMatch(/^\d+$/);
        const shape = outcome.body?.error ?? outcome.body?.errors?.[0]?.extensions?.error;
        expect(shape).toMatchObject({ name: 'ServiceUnavailableError', message: expect.any(String) });
      }
      // the requests after recovery are all answered
      const late = outcomes.filter((outcome) => outcome.at > recoveredAt! + 500);
      expect(late.length).toBeGreaterThan(0);
      expect(late.filter((outcome) => outcome.status !== 200).map((outcome) => outcome.url)).toEqual([]);
      // still serving, and no unhandled rejection nor crash in its log
      expect((await call(`${server.baseUrl}/api/tags?pagination[pageSize]=1`)).status).toBe(200);
      expect(server.child.exitCode).toBeNull();
      expect(server.output()).not.toMatch(/unhandled|uncaught/i);
    } finally {
      running = false;
      await server.stop();
    }
  }, 180000);

  it('queues for a bounded time when the pool is exhausted, then answers 503 quickly', async () => {
    const server = await startServerProcess({ env: { ...UNCACHED, DATABASE_POOL_MAX: '2', DATABASE_CONNECTION_TIMEOUT: '1000' } });
    const { tableName } = app.strapi.db.metadata.get('api::article.article');
    const locker = new Client({ connectionString: app.db.env.DATABASE_URL });
    await locker.connect();
    try {
      // a slow query: every read of the articles table waits for this transaction, holding its connection
      await locker.query('BEGIN');
      await locker.query(`LOCK TABLE "${tableName}" IN ACCESS EXCLUSIVE MODE`);
      const started = Date.now();
      const requests = Array.from({ length: 6 }, () => call(`${server.baseUrl}/api/articles`));
      const settled: Outcome[] = [];
      void Promise.all(requests.map((request) => request.then((outcome) => settled.push(outcome))));
      await sleep(4000);
      const early = [...settled];
      await locker.query('ROLLBACK');
      const outcomes = await Promise.all(requests);

      console.log(`[faults] pool of 2, 6 requests: ${JSON.stringify(tally(early))} within 4 s, then ${JSON.stringify(tally(outcomes))}`);
      // the ones that found no connection were refused within the acquire timeout plus a margin
      const refused = early.filter((outcome) => outcome.status === 503);
      expect(refused.length).toBeGreaterThanOrEqual(3);
      for (const outcome of refused) {
        expect(outcome.at - started).toBeLessThan(3500);
        expect(outcome.retryAfter).toMatch(/^\d+$/);
        expect(outcome.body?.error).toMatchObject({ status: 503, name: 'ServiceUnavailableError' });
      }
      expect(outcomes.every((outcome) => outcome.status === 200 || outcome.status === 503)).toBe(true);
      expect((await call(`${server.baseUrl}/api/articles`)).status).toBe(200);
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
      await server.stop();
    }
  });

  it('stops at once, naming the database, when started while the database is down', async () => {
    const port = await freePort(); // nothing listens there
    const started = Date.now();
    const server = await startServerProcess({
      wait: false,
      env: { DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/newsroom_down` },
    });
    const killer = setTimeout(() => server.child.kill('SIGKILL'), 30000);
    const exit = await server.exited;
    clearTimeout(killer);
    const seconds = (Date.now() - started) / 1000;
    console.log(`[faults] start with the database down: exit ${JSON.stringify(exit)} after ${seconds.toFixed(1)} s`);
    expect(exit.code).not.toBe(0);
    expect(exit.signal).toBeNull();
    expect(seconds).toBeLessThan(20);
    expect(server.output()).toContain(`Cannot reach the database (PostgreSQL 127.0.0.1:${port}/newsroom_down): ECONNREFUSED`);
  });
});
