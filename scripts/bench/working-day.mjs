// The working-day benchmark of `npm run bench` (`--only=working-day` alone): readers over thousands of distinct URLs
// while editors and a photographer write, with the response cache in Redis, once per invalidation mode
// (CACHE_INVALIDATION=global, today's generations, the baseline; then tags), each on its own copy of one seeded
// database, with the same URL set and the same seed of the random mix.
//   Per mode: every URL once (the cache filled, as after a day of readers), a warm-up of the mix, "reads only", then
//   "working day": the same readers while an editor saves a draft of a published article every second (PUT through the
//   Content Manager, public content unchanged), publishes a prepared draft-only article every 10 s
//   (POST …/actions/publish) and a photographer submits a photo every 5 s (POST /api/photos/submit). Hit rate is
//   counted client-side from X-Cache; a writer error fails the bench.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { createDatabase } from './databases.mjs';
import { serverPool } from './processes.mjs';
import { checkSeed, coreBySlug, percentile, probe, round, runEndpoints } from './reads.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const autocannon = require('autocannon');
const Redis = require('ioredis');
const sharp = require('sharp');

const CONNECTIONS = 10;
const MODES = ['global', 'tags'];
const MIX_SEED = 20261207;
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const LOCALE = 'zh-Hans';
const ARTICLE = 'api::article.article';
const PASSWORD = `Bench-${randomBytes(6).toString('hex')}-2026`;
/** the writers: what each does, every how many milliseconds */
const WRITERS = { draftSave: 1000, publish: 10_000, photoSubmit: 5000 };
/** how the readers' requests divide between kinds of page (shares of all requests), each kind Zipf over its URLs */
const SHARES = { articleBySlug: 0.55, activityBySlug: 0.08, listPage: 0.1, categoryPage: 0.07, feed: 0.08, stats: 0.03, hub: 0.05, graphql: 0.04 };
const FEED_PAGES = { quick: 60, full: 200 };

export const workingDayTiming = (quick) => (quick ? { warmup: 5, readsSeconds: 10, workingSeconds: 30 } : { warmup: 15, readsSeconds: 30, workingSeconds: 60 });

const ratio = (a, b) => (a && b ? round(a / b, 2) : null);

/** mulberry32: a small seeded generator, so that both modes draw the same sequence of requests */
const seeded = (seed) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** Zipf (s = 1) over n ranks: the rank-k item is drawn with weight 1/k */
const zipf = (n) => {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let k = 0; k < n; k += 1) cumulative[k] = sum += 1 / (k + 1);
  return (random) => {
    const target = random() * sum;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
};

const graphqlRequest = (query) => ({ path: '/graphql', method: 'POST', body: JSON.stringify({ query }), headers: { 'content-type': 'application/json' } });

/** Follows the feed's own next cursors from its first page: the feed URLs a reader paging back would ask for. */
const feedUrls = async (base, pages) => {
  const urls = ['/api/feed'];
  while (urls.length < pages) {
    const response = await fetch(`${base}${urls[urls.length - 1]}`);
    const body = await response.json();
    if (response.status !== 200) throw new Error(`${urls[urls.length - 1]} answered ${response.status}`);
    if (!body.meta.nextCursor) break;
    urls.push(`/api/feed?cursor=${encodeURIComponent(body.meta.nextCursor)}`);
  }
  return urls;
};

/** The readers' URLs by kind, most popular first (newest articles and activities, first pages). */
const urlSet = async (base, articles, { pageSize, feedPages }) => {
  const newestFirst = (count, make) => Array.from({ length: count }, (_, i) => make(count - 1 - i));
  const pages = Math.ceil(articles / pageSize);
  const categories = 8;
  const campaigns = 20;
  const statsGroups = ['kind', 'district', 'year', 'organization', 'campaign'];
  const statsFilters = ['', ...Array.from({ length: campaigns }, (_, c) => `&campaign=zhuan-ti-${c}`), '&kind=heatRelief', '&kind=studentAid', '&kind=lectures'];
  const kinds = {
    articleBySlug: newestFirst(articles, (i) => ({ path: `/api/articles?filters[slug][$eq]=wen-zhang-${i}` })),
    activityBySlug: newestFirst(articles, (i) => ({ path: `/api/activities?filters[slug][$eq]=huo-dong-${i}` })),
    listPage: Array.from({ length: pages }, (_, p) => ({ path: `/api/articles?pagination[page]=${p + 1}` })),
    categoryPage: Array.from({ length: Math.min(10, Math.ceil(pages / categories)) * categories }, (_, n) => ({
      path: `/api/articles?filters[category][slug][$eq]=lan-mu-${n % categories}&pagination[page]=${Math.floor(n / categories) + 1}`,
    })),
    feed: (await feedUrls(base, feedPages)).map((url) => ({ path: url })),
    stats: statsFilters.flatMap((filter) => statsGroups.map((groupBy) => ({ path: `/api/activities/stats?groupBy=${groupBy}${filter}` }))),
    hub: Array.from({ length: campaigns }, (_, c) => ({ path: `/api/campaigns/zhuan-ti-${c}/hub` })),
    graphql: [
      ...Array.from({ length: 20 }, (_, p) => graphqlRequest(`{ articles(pagination: { page: ${p + 1}, pageSize: ${pageSize} }) { documentId title slug summary publishDate cover { caption creditLine image { url formats } } category { name slug } } }`)),
      ...newestFirst(30, (i) => graphqlRequest(`{ articles(filters: { slug: { eq: "wen-zhang-${articles - 30 + i}" } }) { documentId title subtitle slug summary publishDate cover { caption creditLine image { url width height formats } photographer { name slug } } category { name slug } campaigns { name slug } } }`)),
    ],
  };
  return Object.entries(kinds).map(([kind, requests]) => ({ kind, share: SHARES[kind], requests: requests.map((request) => ({ ...request, kind })), rank: zipf(requests.length) }));
};

/** One request from the mix: a kind by its share, then a URL of it by Zipf rank. */
const picker = (mix, seed) => {
  const random = seeded(seed);
  const cumulative = [];
  let sum = 0;
  for (const kind of mix) cumulative.push((sum += kind.share));
  return () => {
    const target = random() * sum;
    const kind = mix[cumulative.findIndex((bound) => target < bound)] ?? mix[mix.length - 1];
    return kind.requests[kind.rank(random)];
  };
};

/** Every kind's three most popular URLs and a few random ones answer 200 (and GraphQL without errors). */
const checkUrls = async (server, mix) => {
  const random = seeded(MIX_SEED + 1);
  for (const { kind, requests } of mix) {
    const sample = [...requests.slice(0, 3), ...Array.from({ length: 3 }, () => requests[Math.floor(random() * requests.length)])];
    for (const request of sample) await probe(server, { key: kind, ...request });
  }
};

/** The readers: autocannon, CONNECTIONS connections, each request from `next`, for `seconds` or `amount` requests. */
const read = async (base, next, { seconds, amount }) => {
  const counts = { HIT: 0, MISS: 0, other: 0 };
  const byKind = {};
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    ...(amount ? { amount } : { duration: seconds }),
    requests: [
      {
        // (one request in flight per connection: the context is the answered request's until the next is set up)
        setupRequest: (request, context) => {
          const { path: url, method = 'GET', body, headers = {}, kind } = next();
          context.kind = kind;
          return { ...request, path: url, method, body, headers };
        },
        onResponse: (status, body, context, headers) => {
          const value = headers['x-cache'] ?? headers['X-Cache'];
          const ofKind = (byKind[context.kind] ??= { HIT: 0, MISS: 0, other: 0 });
          if (value === 'HIT' || value === 'MISS') {
            counts[value] += 1;
            ofKind[value] += 1;
          } else {
            counts.other += 1;
            ofKind.other += 1;
          }
        },
      },
    ],
  });
  const hitRate = ({ HIT, MISS }) => (HIT + MISS ? round((100 * HIT) / (HIT + MISS), 1) : null);
  return {
    requestsPerSecond: round(result.requests.average, 1),
    requests: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    hitRate: hitRate(counts),
    hitRateByKind: Object.fromEntries(Object.entries(byKind).map(([kind, ofKind]) => [kind, { hitRate: hitRate(ofKind), requests: ofKind.HIT + ofKind.MISS + ofKind.other }])),
    hits: counts.HIT,
    misses: counts.MISS,
    uncounted: counts.other,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    duration: result.duration,
  };
};

/** Runs `task(n)` every `periodMs` until `until` (performance.now()), one at a time; latencies and errors. */
const writer = async (name, periodMs, until, task) => {
  const latencies = [];
  const errors = [];
  const started = performance.now();
  for (let n = 0; started + n * periodMs < until; n += 1) {
    const wait = started + n * periodMs - performance.now();
    if (wait > 0) await sleep(wait);
    const begin = performance.now();
    const response = await task(n).catch((error) => ({ status: 0, text: async () => String(error) }));
    latencies.push(performance.now() - begin);
    if (response.status !== 200 && response.status !== 201) errors.push(`${name} ${n}: ${response.status} ${(await response.text()).slice(0, 300)}`);
    else await response.arrayBuffer();
  }
  latencies.sort((a, b) => a - b);
  return { name, periodMs, done: latencies.length, p50: round(percentile(latencies, 50) ?? 0, 1), p99: round(percentile(latencies, 99) ?? 0, 1), errors };
};

const json = (jwt) => ({ authorization: `Bearer ${jwt}`, 'content-type': 'application/json' });
const cm = (rest) => `/content-manager/collection-types/${ARTICLE}${rest}`;

const adminLogin = async (base, { email, password }) => {
  const response = await fetch(`${base}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  const body = await response.json();
  if (response.status !== 200) throw new Error(`admin login answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
  return body.data.token;
};

const userLogin = async (base, { email, password }) => {
  const response = await fetch(`${base}/api/auth/local`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ identifier: email, password }) });
  const body = await response.json();
  if (response.status !== 200) throw new Error(`photographer login answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
  return body.jwt;
};

/** The working day's writers on `base` for `seconds`, started together. */
const writers = (base, { editorJwt, photographerJwt, edited, drafts, mode }, seconds) => {
  const until = performance.now() + seconds * 1000;
  return Promise.all([
    writer('draft save', WRITERS.draftSave, until, (n) =>
      fetch(`${base}${cm(`/${edited[n % edited.length]}?locale=${LOCALE}`)}`, { method: 'PUT', headers: json(editorJwt), body: JSON.stringify({ summary: `工作日草稿 ${mode} ${n}` }) })),
    writer('publish', WRITERS.publish, until, async (n) => {
      if (n >= drafts.length) throw new Error(`only ${drafts.length} draft-only articles were prepared`);
      return fetch(`${base}${cm(`/${drafts[n]}/actions/publish?locale=${LOCALE}`)}`, { method: 'POST', headers: json(editorJwt), body: '{}' });
    }),
    writer('photo submit', WRITERS.photoSubmit, until, async (n) => {
      const jpeg = await sharp({ create: { width: 640, height: 427, channels: 3, background: { r: (n * 37) % 256, g: 90, b: 160 } } }).jpeg({ quality: 80 }).toBuffer();
      const form = new FormData();
      form.append('caption', `工作日投稿 ${mode} ${n}`);
      form.append('files', new Blob([jpeg], { type: 'image/jpeg' }), `day-${n}.jpg`);
      return fetch(`${base}/api/photos/submit`, { method: 'POST', headers: { authorization: `Bearer ${photographerJwt}` }, body: form });
    }),
  ]);
};

/** Deletes a run's keys from Redis. */
const clearRedis = async (prefix) => {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
};

/**
 * Seeds one database of `client` with `articles` articles, prepares the writers' accounts and drafts and the URL
 * set, then runs both modes on copies of it. `bySlug`: also measures the article by slug uncached, ours against the
 * core controller, on the seeded database (the full bench has that row in its read table already).
 */
export const benchWorkingDay = async ({ client, articles, scratch, baseEnv, quick, bySlug }) => {
  const timing = workingDayTiming(quick);
  // the app's default page size (compiled by compileStrapi, as the servers are)
  const { PAGINATION } = require(path.join(root, 'dist/src/utils/limits.js'));
  const database = await createDatabase(client, scratch, `wd${articles}`);
  const run = randomBytes(4).toString('hex');
  const pool = serverPool(baseEnv, database);
  const start = (env, on) => pool.start('app-server.mjs', env, on);
  const { stop } = pool;
  const copies = [];
  try {
    console.log(`\n${client}, ${articles} articles: working day`);
    const setup = await start({ RESPONSE_CACHE: 'off' });
    const seed = await setup.call('seed', { articles });
    const token = await setup.call('token');
    await checkSeed(setup, articles, token);
    const accounts = await setup.call('accounts', { password: PASSWORD });
    const editorJwt = await adminLogin(setup.base, accounts.editor);
    // what the editor saves drafts of: the ten newest published articles (the most read ones)
    const edited = [];
    for (let i = articles - 1; i >= articles - 10; i -= 1) {
      const { data } = await (await fetch(`${setup.base}/api/articles?filters[slug][$eq]=wen-zhang-${i}&fields[0]=slug`)).json();
      edited.push(data[0].documentId);
    }
    // what the editor publishes: draft-only articles, enough for each mode's working day
    const drafts = [];
    for (let i = 0; i < Math.ceil((timing.workingSeconds * 1000) / WRITERS.publish) + 1; i += 1) {
      const response = await fetch(`${setup.base}${cm(`?locale=${LOCALE}`)}`, {
        method: 'POST',
        headers: json(editorJwt),
        body: JSON.stringify({ title: `工作日稿件 ${i}`, slug: `gong-zuo-ri-${i}`, summary: `第 ${i} 篇当天发布的稿件` }),
      });
      const body = await response.json();
      if (response.status !== 201 && response.status !== 200) throw new Error(`creating a draft answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
      drafts.push(body.data.documentId);
    }
    const mix = await urlSet(setup.base, articles, { pageSize: PAGINATION.defaultLimit, feedPages: quick ? FEED_PAGES.quick : FEED_PAGES.full });
    await checkUrls(setup, mix);
    const distinct = mix.reduce((sum, kind) => sum + kind.requests.length, 0);
    assert.ok(distinct >= 2000, `the readers have only ${distinct} distinct URLs`);
    console.log(`  seeded ${seed.documents} documents in ${seed.seconds} s; ${distinct} distinct URLs (${mix.map((kind) => `${kind.kind} ${kind.requests.length}`).join(', ')})`);

    let slug;
    if (bySlug) {
      const endpoint = { key: 'bySlug', name: 'article by slug, ours (fast path)', path: `/api/articles?filters[slug][$eq]=wen-zhang-${Math.floor(articles / 2)}` };
      const slugTiming = { warmup: quick ? 1 : 3, seconds: quick ? 4 : 10 };
      const fast = await probe(setup, endpoint);
      const [ours] = await runEndpoints(setup, [endpoint], 'ours', slugTiming);
      await stop(setup);
      const core = await coreBySlug(pool, { ...endpoint, name: 'article by slug, core controller (fast path off)' }, fast.body, slugTiming);
      slug = { rows: [ours, core], ratio: ratio(ours.requestsPerSecond, core.requestsPerSecond) };
    } else {
      await stop(setup);
    }

    const modes = {};
    for (const mode of MODES) {
      const copy = await database.clone(mode);
      copies.push(copy);
      const prefix = `bench-wd-${run}-${mode}:`;
      const server = await start({ REDIS_URL, REDIS_PREFIX: prefix, CACHE_INVALIDATION: mode }, copy);
      try {
        // (signing in is a write for the cache in global mode: before it is filled)
        const editorJwt = await adminLogin(server.base, accounts.editor);
        const photographerJwt = await userLogin(server.base, accounts.photographer);
        // every URL once (a site's cache after a day of readers, TTL permitting), then the mix for the warm-up
        const all = mix.flatMap((kind) => kind.requests);
        let position = 0;
        const primed = await read(server.base, () => all[position++ % all.length], { amount: all.length });
        if (primed.non2xx || primed.errors) throw new Error(`priming the cache (${mode}): ${primed.non2xx} non-2xx, ${primed.errors} errors`);
        const next = picker(mix, MIX_SEED);
        await read(server.base, next, { seconds: timing.warmup });
        const readsOnly = await read(server.base, next, { seconds: timing.readsSeconds });
        const [working, writes] = await Promise.all([
          read(server.base, next, { seconds: timing.workingSeconds }),
          writers(server.base, { editorJwt, photographerJwt, edited, drafts, mode }, timing.workingSeconds),
        ]);
        modes[mode] = { primedSeconds: round(primed.duration, 1), readsOnly, workingDay: { ...working, writers: writes.map(({ errors, ...row }) => ({ ...row, errors: errors.length })) } };
        for (const [phase, row] of [['reads only', readsOnly], ['working day', working]]) {
          console.log(`  ${mode.padEnd(7)} ${phase.padEnd(12)} ${String(row.requestsPerSecond).padStart(7)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms  hit rate ${row.hitRate} %  non-2xx ${row.non2xx}  errors ${row.errors}`);
        }
        for (const row of writes) console.log(`  ${mode.padEnd(7)} writer ${row.name.padEnd(13)} ${row.done} done  p50 ${row.p50} ms  p99 ${row.p99} ms  ${row.errors.length} errors`);
        const failures = writes.flatMap((row) => row.errors);
        if (failures.length) throw new Error(`working day (${mode}): ${failures.length} writer errors:\n${failures.slice(0, 10).join('\n')}`);
        // the writers did what they say: the published drafts are public, the saved drafts are not
        const bySlugOf = async (slug) => (await (await fetch(`${server.base}/api/articles?filters[slug][$eq]=${slug}`)).json()).data;
        for (let n = 0; n < writes.find((row) => row.name === 'publish').done; n += 1) assert.equal((await bySlugOf(`gong-zuo-ri-${n}`)).length, 1, `published draft ${n} is public`);
        assert.doesNotMatch((await bySlugOf(`wen-zhang-${articles - 1}`))[0].summary, /工作日草稿/, 'a saved draft is not public');
      } finally {
        await stop(server);
        await clearRedis(prefix);
      }
    }

    const rps = (mode, phase) => modes[mode][phase].requestsPerSecond;
    return {
      database: client,
      articles,
      seed,
      timing: { connections: CONNECTIONS, ...timing, writers: WRITERS },
      mix: mix.map(({ kind, share, requests }) => ({ kind, share, urls: requests.length })),
      distinctUrls: distinct,
      modes,
      ratios: {
        'working day / reads only, global': ratio(rps('global', 'workingDay'), rps('global', 'readsOnly')),
        'working day / reads only, tags': ratio(rps('tags', 'workingDay'), rps('tags', 'readsOnly')),
        'tags / global, reads only': ratio(rps('tags', 'readsOnly'), rps('global', 'readsOnly')),
        'tags / global, working day': ratio(rps('tags', 'workingDay'), rps('global', 'workingDay')),
      },
      bySlug: slug,
    };
  } finally {
    await pool.stopAll();
    for (const copy of copies) await copy.drop();
    await database.drop();
  }
};
