// The read and write benchmark of `npm run bench` on one database with N articles: seeds it (bulk path), checks
// the seed through REST, then measures each request on its own server process, one at a time:
//   ours (RESPONSE_CACHE=off), ours with the response cache (its default), the vanilla baseline
//   (NEWSROOM_VANILLA=true RESPONSE_CACHE=off: Strapi's core controllers, none of our middlewares) and the raw limit
//   (raw-server.mjs, one SQL query, Node's http), the article by slug through the core controller (fast path off),
//   then cold start and the write path. First, compression (compression.mjs): br, gzip and identity, uncached and
//   cached; `only: 'compression'` (`npm run bench -- --only=compression`) stops after it.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { compressionRatios, compressionRows } from './compression.mjs';
import { createDatabase } from './databases.mjs';
import { serverPool, startServer } from './processes.mjs';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');
const qs = require('qs');

const CONNECTIONS = 10;
const LIST = '/api/articles?pagination[pageSize]=25';
/** What a vanilla app has to ask for to get request 1's JSON (our default list populate, spelled out). */
export const EXPLICIT_POPULATE = {
  cover: { populate: { image: true, photographer: { fields: ['name', 'nameEn', 'slug', 'defaultRole'] } } },
  category: { fields: ['name', 'nameEn', 'slug'] },
};
const LIST_POPULATE = `${LIST}&${qs.stringify({ populate: EXPLICIT_POPULATE }, { encodeValuesOnly: true })}`;
const GRAPHQL_LIST = `{ articles(pagination: { pageSize: 25 }) {
  documentId title kicker subtitle slug summary source publishDate scheduledPublishAt scheduledUnpublishAt createdAt updatedAt publishedAt locale
  cover { documentId caption altText creditRole creditName creditLine structuredData takenAt location copyrightNotice usageTerms metadata
    createdAt updatedAt publishedAt locale
    image { documentId name alternativeText caption focalPoint width height formats hash ext mime size url previewUrl provider provider_metadata createdAt updatedAt publishedAt }
    photographer { documentId name nameEn slug defaultRole } }
  category { documentId name nameEn slug } } }`;

const readEndpoints = (articles) => [
  { key: 'list', name: '1. article list, our default populate', path: LIST },
  { key: 'listPopulate', name: '2. article list, explicit populate', path: LIST_POPULATE },
  { key: 'bySlug', name: '5. article by slug (filters[slug], default populate)', path: `/api/articles?filters[slug][$eq]=wen-zhang-${Math.floor(articles / 2)}` },
  { key: 'graphql', name: '5. GraphQL equivalent of 1', path: '/graphql', method: 'POST', body: JSON.stringify({ query: GRAPHQL_LIST }), headers: { 'content-type': 'application/json' } },
  { key: 'feed', name: '5. feed (/api/feed)', path: '/api/feed' },
  { key: 'stats', name: '5. activity stats by kind', path: '/api/activities/stats?groupBy=kind' },
];

export const round = (value, digits = 0) => Number(value.toFixed(digits));
export const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One request on its own: status, body size, X-Cache and the SQL queries it ran (when the server counts them). */
export const probe = async (server, endpoint) => {
  if (server.call) await server.call('queries');
  const response = await fetch(`${server.base}${endpoint.path}`, { method: endpoint.method ?? 'GET', body: endpoint.body, headers: endpoint.headers });
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`${endpoint.path} answered ${response.status}: ${body.toString().slice(0, 300)}`);
  if (endpoint.method === 'POST' && JSON.parse(body.toString()).errors) throw new Error(`${endpoint.key}: ${body.toString().slice(0, 300)}`);
  return { bytes: body.length, body, xCache: response.headers.get('x-cache'), queries: server.call ? await server.call('queries') : 1 };
};

/** autocannon with CONNECTIONS connections: a warm-up, then the measured window. */
const measure = async (server, endpoint, { warmup, seconds }) => {
  const options = { url: `${server.base}${endpoint.path}`, connections: CONNECTIONS, method: endpoint.method ?? 'GET', body: endpoint.body, headers: endpoint.headers };
  await autocannon({ ...options, duration: warmup });
  const result = await autocannon({ ...options, duration: seconds });
  return { requestsPerSecond: round(result.requests.average, 1), p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
};

export const runEndpoints = async (server, endpoints, label, timing) => {
  const rows = [];
  for (const endpoint of endpoints) {
    await probe(server, endpoint); // first request fills Strapi's caches (permissions, locales) and ours
    const { bytes, xCache, queries } = await probe(server, endpoint);
    const load = await measure(server, endpoint, timing);
    rows.push({ key: endpoint.key, name: endpoint.name, server: label, path: endpoint.path.slice(0, 120), bytes, queries, xCache, ...load });
    console.log(`  ${label.padEnd(10)} ${endpoint.name.padEnd(52)} ${String(load.requestsPerSecond).padStart(7)} req/s  p50 ${load.p50} ms  p99 ${load.p99} ms  ${queries} queries  ${bytes} B${xCache ? `  X-Cache ${xCache}` : ''}`);
  }
  return rows;
};

/**
 * The article page by slug through Strapi's core controller (our middlewares, the fast path off): the baseline of its
 * fast path, which must answer the same JSON (`oursBody`). Its row, measured on a server of its own.
 */
export const coreBySlug = async ({ start, stop }, endpoint, oursBody, timing) => {
  const core = await start('app-server.mjs', { RESPONSE_CACHE: 'off', ARTICLE_LIST_FAST_PATH: 'off' });
  try {
    assert.deepStrictEqual(JSON.parse((await probe(core, endpoint)).body), JSON.parse(oursBody), 'by-slug JSON of the core path differs from the fast path');
    const [row] = await runEndpoints(core, [endpoint], 'core', timing);
    return row;
  } finally {
    await stop(core);
  }
};

/** Checks the bulk seed through the REST API, as a client sees it. */
export const checkSeed = async (server, articles, token) => {
  const get = async (path, headers = {}) => (await fetch(`${server.base}${path}`, { headers })).json();
  const list = await get('/api/articles?pagination[pageSize]=1');
  assert.equal(list.meta.pagination.total, articles, 'published articles through REST');
  const activities = await get('/api/activities?pagination[pageSize]=1');
  assert.equal(activities.meta.pagination.total, articles, 'published activities through REST');
  const drafts = await get('/api/articles?status=draft&pagination[pageSize]=1', { authorization: `Bearer ${token}` });
  assert.equal(drafts.meta.pagination.total, articles, 'draft versions through REST');
  const [article] = (await get('/api/articles?filters[slug][$eq]=wen-zhang-7')).data;
  assert.equal(article.title, '文章标题 7');
  assert.match(article.cover.image.url, /^\/uploads\//);
  assert.ok(article.cover.photographer.name && article.cover.creditLine && article.category.name, 'cover credit and category populated');
  const feed = await get('/api/feed?limit=3');
  assert.equal(feed.data.length, 3);
};

const writePath = async (server, token, seconds) => {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const created = [];
  let serial = 0;
  const ops = {
    create: () => {
      serial += 1;
      return { method: 'POST', path: '/api/articles?status=draft', data: { title: `压测文章 ${serial}`, summary: '写入路径' } };
    },
    update: (n) => ({ method: 'PUT', path: `/api/articles/${created[n % created.length]}?status=draft`, data: { summary: `更新 ${n}` } }),
    publish: (n) => ({ method: 'PUT', path: `/api/articles/${created[n % created.length]}`, data: { summary: `发布 ${n}` } }),
  };
  const rows = [];
  for (const [op, make] of Object.entries(ops)) {
    const latencies = [];
    let errors = 0;
    const until = performance.now() + seconds * 1000;
    await Promise.all(Array.from({ length: CONNECTIONS }, async (_, worker) => {
      for (let n = worker; performance.now() < until; n += CONNECTIONS) {
        const { method, path, data } = make(n);
        const start = performance.now();
        const response = await fetch(`${server.base}${path}`, { method, headers, body: JSON.stringify({ data }) });
        const body = await response.json();
        latencies.push(performance.now() - start);
        if (response.status !== 200 && response.status !== 201) errors += 1;
        else if (op === 'create') created.push(body.data.documentId);
      }
    }));
    latencies.sort((a, b) => a - b);
    const row = { key: op, name: `6. ${op} (REST, full-access token)`, server: 'ours', opsPerSecond: round(latencies.length / seconds, 1), p50: round(percentile(latencies, 50), 1), p99: round(percentile(latencies, 99), 1), errors };
    rows.push(row);
    console.log(`  ours       ${row.name.padEnd(52)} ${String(row.opsPerSecond).padStart(7)} ops/s  p50 ${row.p50} ms  p99 ${row.p99} ms${errors ? `  ${errors} errors` : ''}`);
  }
  return rows;
};

/** Runs everything on a fresh database of `client` with `articles` articles and returns the results. */
export const benchDatabase = async ({ client, articles, scratch, baseEnv, timing, coldStart, only }) => {
  const database = await createDatabase(client, scratch, `${articles}`);
  const { start, stop, stopAll } = serverPool(baseEnv, database);
  try {
    console.log(`\n${client}, ${articles} articles`);
    let ours = await start('app-server.mjs', { RESPONSE_CACHE: 'off' });
    const seed = await ours.call('seed', { articles });
    const token = await ours.call('token');
    await checkSeed(ours, articles, token);
    console.log(`  seeded ${seed.documents} documents in ${seed.seconds} s (${seed.docsPerSecond} docs/s), checked through REST`);

    const compressed = await compressionRows(ours, 'uncached', timing);
    const cachedServer = await start('app-server.mjs', {});
    compressed.push(...(await compressionRows(cachedServer, 'cached', timing)));
    await stop(cachedServer);
    const compression = { rows: compressed, ratios: compressionRatios(compressed) };
    if (only === 'compression') return { database: client, articles, seed, compression };

    const endpoints = readEndpoints(articles);
    const rows = await runEndpoints(ours, endpoints, 'ours', timing);
    const oursList = await probe(ours, endpoints[0]);
    const bySlug = endpoints.find((endpoint) => endpoint.key === 'bySlug');
    const oursSlug = await probe(ours, bySlug);
    await stop(ours);

    rows.push(await coreBySlug({ start, stop }, { ...bySlug, name: '5. article by slug, core controller (fast path off)' }, oursSlug.body, timing));

    // the response cache is on by default; RESPONSE_CACHE is left unset
    ours = await start('app-server.mjs', {});
    rows.push(...(await runEndpoints(ours, endpoints.filter((endpoint) => endpoint.key !== 'bySlug'), 'ours+cache', timing)));
    await stop(ours);

    const vanilla = await start('app-server.mjs', { RESPONSE_CACHE: 'off', NEWSROOM_VANILLA: 'true' });
    const vanillaRows = await runEndpoints(vanilla, [{ ...endpoints[1], key: 'vanilla', name: '3. article list, explicit populate, vanilla Strapi' }], 'vanilla', timing);
    const vanillaList = await probe(vanilla, endpoints[1]);
    rows.push(...vanillaRows);
    await stop(vanilla);

    const raw = await start('raw-server.mjs', {});
    const rawList = await probe(raw, endpoints[0]);
    // the raw limit is only a limit if it serves the same JSON
    assert.deepStrictEqual(JSON.parse(rawList.body), JSON.parse(oursList.body), 'raw server JSON differs from request 1');
    assert.deepStrictEqual(JSON.parse(vanillaList.body), JSON.parse(oursList.body), 'vanilla JSON differs from request 1');
    rows.push(...(await runEndpoints(raw, [{ ...endpoints[0], key: 'raw', name: '4. raw limit: one SQL query, node:http' }], 'raw', timing)));
    await stop(raw);

    let cold;
    if (coldStart) {
      const empty = await createDatabase(client, scratch, 'empty');
      try {
        const startOnce = async (env) => {
          const server = await startServer('app-server.mjs', { ...baseEnv, ...env, RESPONSE_CACHE: 'off' });
          await server.stop();
          return server.startMs;
        };
        await startOnce(empty.env); // creates the schema: not a cold start of an existing database
        const emptyMs = [];
        const fullMs = [];
        for (let i = 0; i < coldStart; i += 1) {
          emptyMs.push(await startOnce(empty.env));
          fullMs.push(await startOnce(database.env));
        }
        cold = { runs: coldStart, emptyMs: round(median(emptyMs)), withArticlesMs: round(median(fullMs)), ratio: round(median(fullMs) / median(emptyMs), 2) };
        console.log(`  cold start: ${cold.withArticlesMs} ms with ${articles} articles, ${cold.emptyMs} ms empty (${cold.ratio}×)`);
      } finally {
        await empty.drop();
      }
    }

    ours = await start('app-server.mjs', { RESPONSE_CACHE: 'off' });
    const writes = await writePath(ours, await ours.call('token'), timing.writeSeconds);
    await stop(ours);

    const rps = (key, server) => rows.find((row) => row.key === key && row.server === server)?.requestsPerSecond;
    const ratio = (a, b) => (a && b ? round(a / b, 2) : null);
    return {
      database: client,
      articles,
      seed,
      reads: rows,
      writes,
      coldStart: cold,
      compression,
      ratios: {
        'ours/vanilla (1/3)': ratio(rps('list', 'ours'), rps('vanilla', 'vanilla')),
        'ours explicit/vanilla (2/3)': ratio(rps('listPopulate', 'ours'), rps('vanilla', 'vanilla')),
        'ours/raw (1/4)': ratio(rps('list', 'ours'), rps('raw', 'raw')),
        'ours cached/raw (cached 1/4)': ratio(rps('list', 'ours+cache'), rps('raw', 'raw')),
        'by slug, fast/core (5)': ratio(rps('bySlug', 'ours'), rps('bySlug', 'core')),
      },
    };
  } finally {
    await stopAll();
    await database.drop();
  }
};
