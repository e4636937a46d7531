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
/** a write that takes longer than this counts as a hang */
const WRITE_BOUND_MS = 15000;

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

/**
 * Restarts the cluster (a fast shutdown: connections terminated with 57P01; `downMs` down) and polls `recovered`
 * until it says the server works again on its own (bounded: 150 tries, 100 ms apart).
 */
const restartCluster = async (cluster: PostgresCluster, downMs: number, recovered: (attempt: number) => Promise<boolean>) => {
  const stopped = Date.now();
  await cluster.stop();
  await sleep(downMs);
  await cluster.start();
  const restarted = Date.now();
  let recoveredAt: number | undefined;
  for (let i = 0; i < 150 && recoveredAt === undefined; i += 1) {
    if (await recovered(i)) recoveredAt = Date.now();
    else await sleep(100);
  }
  return { stopped, restarted, recoveredAt };
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
  }, 300000); // seeding takes long on a loaded machine

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
      // reads here; writes under restarts have a test of their own below
      const load = [...Array.from({ length: 6 }, reader), graphql];

      await sleep(1000);
      // three seconds down; at most 15 s for the server to answer 200 again on its own
      const { stopped: restartStarted, restarted, recoveredAt } = await restartCluster(
        cluster,
        3000,
        async () => (await call(`${server.baseUrl}/api/articles`, { signal: AbortSignal.timeout(2000) })).status === 200
      );
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

  it('answers writes with 2xx or 503 and Retry-After over three restarts, loses no acknowledged write and leaves none half written', async () => {
    const server = await startServerProcess({ env: { ...UNCACHED, DATABASE_CONNECTION_TIMEOUT: '1000' } });
    const token = await app.fullAccessToken();
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const run = `w${Date.now().toString(36)}`;
    const outcomes: Array<Outcome & { kind: string; ms: number }> = [];
    // what the server acknowledged: documents created (with an English version when that was acknowledged too)
    const created = new Map<string, { title: string; english: boolean }>();
    // acknowledged drafts whose publish was not acknowledged
    const drafts = new Set<string>();
    let running = true;

    const timed = async (kind: string, url: string, init: RequestInit): Promise<Outcome> => {
      const started = Date.now();
      const outcome = await call(url, { ...init, signal: AbortSignal.timeout(WRITE_BOUND_MS) });
      outcomes.push({ ...outcome, kind, ms: Date.now() - started });
      return outcome;
    };
    // a localized document with a component and a dynamic zone: a write cut half-way would show there
    const article = (title: string, graphql = false) => ({
      title,
      summary: '写入测试',
      seo: { metaTitle: title.slice(0, 60) },
      body: [
        {
          ...(graphql ? { __typename: 'ComponentArticleSection' } : { __component: 'article.section' }),
          heading: '第一段',
          content: [{ type: 'paragraph', children: [{ type: 'text', text: title }] }],
        },
      ],
    });
    const restWriter = async (writer: number) => {
      for (let i = 0; running && i < 500; i += 1) {
        const title = `${run} REST ${writer}-${i}`;
        const create = await timed('REST create', `${server.baseUrl}/api/articles`, { method: 'POST', headers, body: JSON.stringify({ data: article(title) }) });
        const documentId = create.status === 201 ? (create.body?.data?.documentId as string) : undefined;
        if (!documentId) continue;
        created.set(documentId, { title, english: false });
        const update = await timed('REST update', `${server.baseUrl}/api/articles/${documentId}?locale=en`, {
          method: 'PUT',
          headers,
          body: JSON.stringify({ data: article(`${title} en`) }),
        });
        if (update.status === 200) created.set(documentId, { title, english: true });
      }
    };
    // a draft first, then published by an update: the publish copies the draft with its components
    const publisher = async (writer: number) => {
      for (let i = 0; running && i < 500; i += 1) {
        const title = `${run} draft ${writer}-${i}`;
        const create = await timed('REST draft', `${server.baseUrl}/api/articles?status=draft`, { method: 'POST', headers, body: JSON.stringify({ data: article(title) }) });
        const documentId = create.status === 201 ? (create.body?.data?.documentId as string) : undefined;
        if (!documentId) continue;
        drafts.add(documentId);
        const publish = await timed('REST publish', `${server.baseUrl}/api/articles/${documentId}`, { method: 'PUT', headers, body: JSON.stringify({ data: { summary: '已发布' } }) });
        if (publish.status === 200) {
          drafts.delete(documentId);
          created.set(documentId, { title, english: false });
        }
      }
    };
    const graphqlWriter = async (writer: number) => {
      for (let i = 0; running && i < 500; i += 1) {
        const title = `${run} GraphQL ${writer}-${i}`;
        const create = await timed('GraphQL create', `${server.baseUrl}/graphql`, {
          method: 'POST',
          headers,
          body: JSON.stringify({
            query: 'mutation ($data: ArticleInput!) { createArticle(data: $data, status: PUBLISHED) { documentId } }',
            variables: { data: article(title, true) },
          }),
        });
        const documentId = create.status === 200 ? (create.body?.data?.createArticle?.documentId as string | undefined) : undefined;
        if (!documentId) continue;
        created.set(documentId, { title, english: false });
        await timed('GraphQL update', `${server.baseUrl}/graphql`, {
          method: 'POST',
          headers,
          body: JSON.stringify({
            query: 'mutation ($id: ID!) { updateArticle(documentId: $id, data: { summary: "改过" }, status: PUBLISHED) { documentId } }',
            variables: { id: documentId },
          }),
        });
      }
    };
    try {
      const load = [restWriter(0), restWriter(1), publisher(0), publisher(1), graphqlWriter(0), graphqlWriter(1)];
      const rounds: Array<{ downMs: number; recoveredMs: number | undefined }> = [];
      await sleep(1000);
      for (let round = 0; round < 3; round += 1) {
        const { stopped, restarted, recoveredAt } = await restartCluster(cluster, 2000, async (attempt) => {
          const probe = await call(`${server.baseUrl}/api/tags`, {
            method: 'POST',
            headers,
            body: JSON.stringify({ data: { name: `${run} probe ${round}-${attempt}` } }),
            signal: AbortSignal.timeout(5000),
          });
          return probe.status === 201;
        });
        rounds.push({ downMs: restarted - stopped, recoveredMs: recoveredAt === undefined ? undefined : recoveredAt - restarted });
        await sleep(3000);
      }
      running = false;
      await Promise.all(load);

      const kinds = [...new Set(outcomes.map((outcome) => outcome.kind))];
      const figures = kinds.map((kind) => {
        const mine = outcomes.filter((outcome) => outcome.kind === kind);
        const ok = mine.filter((outcome) => outcome.status >= 200 && outcome.status < 300).length;
        const refused = mine.filter((outcome) => outcome.status === 503).length;
        return `${kind}: ${mine.length} sent, ${ok} 2xx, ${refused} 503, ${mine.length - ok - refused} other, max ${Math.max(...mine.map((outcome) => outcome.ms))} ms`;
      });
      console.log(`[faults] writes over 3 restarts ${JSON.stringify(rounds)}\n  ${figures.join('\n  ')}`);
      const others = outcomes.filter((outcome) => !(outcome.status >= 200 && outcome.status < 300) && outcome.status !== 503);
      // what the server said is the only clue when it stopped answering
      if (others.length > 0) console.log(`[faults] ${others.length} other outcomes; the server's last output:\n${server.output().slice(-6000)}`);
      expect(others.map(({ kind, status, body }) => ({ kind, status, body }))).toEqual([]);
      // GraphQL answers 200 with errors: those must be the 503 shape too, never an internal error
      const graphqlErrors = outcomes.filter((outcome) => outcome.kind.startsWith('GraphQL') && outcome.status === 200 && outcome.body?.errors);
      expect(graphqlErrors.map(({ body }) => body)).toEqual([]);
      for (const outcome of outcomes.filter(({ status }) => status === 503)) {
        expect(outcome.retryAfter).toMatch(/^\d+$/);
        const shape = outcome.body?.error ?? outcome.body?.errors?.[0]?.extensions?.error;
        expect(shape).toMatchObject({ name: 'ServiceUnavailableError' });
      }
      expect(outcomes.filter(({ status }) => status === 503).length).toBeGreaterThan(0); // the restarts hit writes in flight
      expect(rounds.every(({ recoveredMs }) => recoveredMs !== undefined && recoveredMs < 10000)).toBe(true);

      // every acknowledged create is there, whole: a draft and a published version, each with its components
      const ARTICLE = 'api::article.article';
      const documents = app.strapi.documents(ARTICLE);
      const populate = { seo: true, body: true } as never;
      expect(created.size).toBeGreaterThan(0);
      const versions = async (locale: string, status: 'draft' | 'published') =>
        new Map(
          ((await documents.findMany({ filters: { title: { $startsWith: run } }, locale, status, populate, limit: 10000 } as never)) as Json[]).map(
            (version) => [version.documentId as string, version]
          )
        );
      const [draftsZh, publishedZh, draftsEn, publishedEn] = await Promise.all([
        versions('zh-Hans', 'draft'),
        versions('zh-Hans', 'published'),
        versions('en', 'draft'),
        versions('en', 'published'),
      ]);
      const whole = (version: Json | undefined) => Boolean(version && version.seo?.metaTitle && version.body?.length === 1);
      const lost = [...created].filter(([documentId, { english }]) =>
        !whole(draftsZh.get(documentId)) || !whole(publishedZh.get(documentId)) || (english && (!whole(draftsEn.get(documentId)) || !whole(publishedEn.get(documentId))))
      );
      expect(lost).toEqual([]);
      expect([...drafts].filter((documentId) => !whole(draftsZh.get(documentId)))).toEqual([]);
      // nothing half written among the writes that were cut either: no published version without its draft,
      // and every version that exists has its components
      for (const [drafts, published] of [[draftsZh, publishedZh], [draftsEn, publishedEn]]) {
        expect([...published.keys()].filter((documentId) => !drafts.has(documentId))).toEqual([]);
        expect([...drafts.values(), ...published.values()].filter((version) => !whole(version)).map((version) => version.documentId)).toEqual([]);
      }
      expect(server.child.exitCode).toBeNull();
      expect(server.output()).not.toMatch(/unhandled|uncaught/i);
    } finally {
      running = false;
      await server.stop();
    }
  }, 240000);

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
