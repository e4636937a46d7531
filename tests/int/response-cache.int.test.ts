/**
 * The response cache: what is cached and what never is, its headers, and zero stale reads. Two instances (the second
 * in a process of its own) share one database and one Redis, under a key prefix of this suite's own; every kind of
 * change made on the first is seen by the very next read on either. Then the in-memory store (LRU bounded by bytes), Redis unreachable, and the cache off.
 */

import { randomBytes } from 'crypto';
import net from 'net';
import Redis from 'ioredis';
import { connectTestRedis, dropTestRedis, TEST_REDIS_URL } from '../helpers/redis';
import { responseCache } from '../../src/cache';
import { startStrapi, startStrapiProcess, type TestApp, type TestProcess } from '../helpers/strapi';

type Json = Record<string, any>;

const ARTICLE = 'api::article.article';
const REDIS_URL = TEST_REDIS_URL;
const PREFIX = `newsroom-test:${randomBytes(4).toString('hex')}:`;
const CLOCK_KEY = `${PREFIX}response-cache:clock`;
/** both instances behind one public URL, as behind a load balancer (else a request's origin is part of its key) */
const SHARED_REDIS = { REDIS_URL, REDIS_PREFIX: PREFIX, PUBLIC_URL: 'https://news.example.org', RESPONSE_CACHE: undefined, RESPONSE_CACHE_MAX_BYTES: undefined };
/** a single instance on its own: listening, so that its requests keep one origin */
const ALONE = { REDIS_URL: undefined, PUBLIC_URL: undefined, RESPONSE_CACHE: undefined, RESPONSE_CACHE_MAX_BYTES: undefined, CACHE_INVALIDATION: undefined };

const cacheOf = (response: { headers: Record<string, string> }) => response.headers['x-cache'];

describe('two instances sharing Redis', () => {
  let a: TestApp;
  /** the second instance, in a process of its own */
  let b: TestProcess;
  let token: string;
  let redis: Redis;

  const auth = () => ({ Authorization: `Bearer ${token}` });
  const clock = async () => Number((await redis.get(CLOCK_KEY)) ?? '0');

  beforeAll(async () => {
    redis = await connectTestRedis();
    a = await startStrapi('response-cache', { seed: true, env: SHARED_REDIS });
    b = await startStrapiProcess(SHARED_REDIS);
    token = await a.fullAccessToken();
  });

  afterAll(async () => {
    await b?.stop();
    await a?.stop();
    await dropTestRedis(redis, PREFIX);
  });

  /** Reads `url` on both instances until each has served it from the cache; returns the body. */
  const warm = async (url: string): Promise<Json> => {
    await a.http().get(url);
    const onA = await a.http().get(url);
    await b.http().get(url); // a hit already, from the entry the first instance stored
    const onB = await b.http().get(url);
    expect({ url, a: cacheOf(onA), b: cacheOf(onB) }).toEqual({ url, a: 'HIT', b: 'HIT' });
    return onA.body as Json;
  };

  /**
   * A change is checked through two requests for the same content, both cached on both instances beforehand:
   * after it, the first read of one on the instance that made the change, and the first read of the other on
   * the second instance, must both miss the cache and show it.
   */
  const twoWays = (url: string): [string, string] => [url, `${url}${url.includes('?') ? '&' : '?'}pagination[page]=1`];

  const warmBoth = async (url: string) => {
    const [one, other] = twoWays(url);
    const body = await warm(one);
    await warm(other);
    return body;
  };

  const readAfterChange = async (url: string): Promise<[Json, Json]> => {
    const [one, other] = twoWays(url);
    const onA = await a.http().get(one);
    const onB = await b.http().get(other);
    expect({ status: [onA.status, onB.status], cache: [cacheOf(onA), cacheOf(onB)] }).toEqual({ status: [200, 200], cache: ['MISS', 'MISS'] });
    return [onA.body as Json, onB.body as Json];
  };

  const titles = (body: Json): string[] => (body.data as Json[]).map((article) => article.title as string);

  const createArticle = async (title: string, query = ''): Promise<Json> => {
    const response = await a.http().post(`/api/articles${query}`).set(auth()).send({ data: { title } });
    expect(response.status).toBe(201);
    return response.body.data as Json;
  };

  describe('what is cached', () => {
    it('serves a public list from the cache after the first read, with the same bytes, on both instances', async () => {
      const first = await a.http().get('/api/articles?locale=zh-Hans');
      const second = await a.http().get('/api/articles?locale=zh-Hans');
      const onB = await b.http().get('/api/articles?locale=zh-Hans');
      expect([first.status, second.status, onB.status]).toEqual([200, 200, 200]);
      expect([cacheOf(first), cacheOf(second), cacheOf(onB)]).toEqual(['MISS', 'HIT', 'HIT']);
      expect(second.text).toBe(first.text);
      expect(onB.text).toBe(first.text);
      expect(second.headers['content-type']).toBe(first.headers['content-type']);
      expect(first.body.data[0].cover.creditLine).toBe('■ 摄影 记者 陈文骁');
    });

    it('sends a strong ETag and CDN-friendly caching headers, and 304 to a client that has the body', async () => {
      const first = await a.http().get('/api/categories');
      expect(first.headers.etag).toMatch(/^"[\w-]{43}"$/);
      expect(first.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
      const hit = await a.http().get('/api/categories');
      expect(cacheOf(hit)).toBe('HIT');
      expect(hit.headers.etag).toBe(first.headers.etag);

      const revalidated = await a.http().get('/api/categories').set('If-None-Match', first.headers.etag);
      expect(revalidated.status).toBe(304);
      expect(cacheOf(revalidated)).toBe('HIT');
      expect(revalidated.text).toBe('');
      const onB = await b.http().get('/api/categories').set('If-None-Match', first.headers.etag);
      expect(onB.status).toBe(304);

      const other = await a.http().get('/api/categories').set('If-None-Match', '"something-else"');
      expect(other.status).toBe(200);
      expect(other.text).toBe(first.text);
    });

    it('shares one entry between equivalent query strings, and keeps different ones apart', async () => {
      const first = await a.http().get('/api/tags?pagination[pageSize]=2&locale=zh-Hans&sort[0]=name');
      expect(cacheOf(first)).toBe('MISS');
      const reordered = await a.http().get('/api/tags?sort%5B0%5D=name&locale=zh-Hans&pagination%5BpageSize%5D=2');
      expect(cacheOf(reordered)).toBe('HIT');
      expect(reordered.text).toBe(first.text);
      const otherSort = await a.http().get('/api/tags?pagination[pageSize]=2&locale=zh-Hans&sort[0]=name:desc');
      expect(cacheOf(otherSort)).toBe('MISS');
      expect(otherSort.text).not.toBe(first.text);
    });

    test.each([
      ['the feed', '/api/feed'],
      ['the RSS feed', '/api/feed.xml'],
      ['activity statistics', '/api/activities/stats?groupBy=kind'],
      ['a campaign hub', '/api/campaigns/yi-qing-fang-kong-wei-wen/hub'],
      ['the OpenAPI document', '/api/openapi.json'],
      ['an article by documentId', null],
    ])('caches %s', async (_name, path) => {
      const url = path ?? `/api/articles/${(await a.http().get('/api/articles')).body.data[0].documentId}`;
      const first = await a.http().get(url);
      const second = await a.http().get(url);
      expect({ url, status: [first.status, second.status], cache: [cacheOf(first), cacheOf(second)] }).toEqual({
        url,
        status: [200, 200],
        cache: ['MISS', 'HIT'],
      });
      expect(second.text).toBe(first.text);
      expect(second.headers['content-type']).toBe(first.headers['content-type']);
    });

    it("keeps the feed's own Cache-Control and revalidates it by ETag or by Last-Modified", async () => {
      await a.http().get('/api/feed.atom');
      const hit = await a.http().get('/api/feed.atom');
      expect(cacheOf(hit)).toBe('HIT');
      expect(hit.headers['cache-control']).toBe('public, max-age=60');
      expect(hit.headers['last-modified']).toBeDefined();
      expect((await a.http().get('/api/feed.atom').set('If-None-Match', hit.headers.etag)).status).toBe(304);
      expect((await a.http().get('/api/feed.atom').set('If-Modified-Since', hit.headers['last-modified'])).status).toBe(304);
    });

    it('caches public GraphQL queries, by POST and by GET', async () => {
      const query = '{ articles { title cover { creditLine } } }';
      const first = await a.http().post('/graphql').send({ query });
      const second = await a.http().post('/graphql').send({ query });
      const onB = await b.http().post('/graphql').send({ query });
      expect([first.status, second.status, onB.status]).toEqual([200, 200, 200]);
      expect([cacheOf(first), cacheOf(second), cacheOf(onB)]).toEqual(['MISS', 'HIT', 'HIT']);
      expect(second.text).toBe(first.text);
      expect(first.body.data.articles[0].cover.creditLine).toBe('■ 摄影 记者 陈文骁');
      expect(first.headers.etag).toBeDefined();
      expect(first.headers['cache-control']).toBe('public, max-age=0, must-revalidate');

      const url = `/graphql?query=${encodeURIComponent(query)}`;
      const viaGet = await a.http().get(url).set('Content-Type', 'application/json');
      const viaGetAgain = await a.http().get(url).set('Content-Type', 'application/json');
      expect([viaGet.status, cacheOf(viaGet), cacheOf(viaGetAgain)]).toEqual([200, 'MISS', 'HIT']);
      expect(JSON.parse(viaGetAgain.text)).toEqual(first.body);
      expect((await a.http().get(url).set('Content-Type', 'application/json').set('If-None-Match', viaGet.headers.etag)).status).toBe(304);

      // the same query with variables in another order shares the entry
      const withVariables = 'query List($limit: Int, $locale: I18NLocaleCode) { articles(locale: $locale, pagination: { limit: $limit }) { title } }';
      await a.http().post('/graphql').send({ query: withVariables, variables: { limit: 5, locale: 'zh-Hans' } });
      const reordered = await a.http().post('/graphql').send({ variables: { locale: 'zh-Hans', limit: 5 }, query: withVariables });
      expect(cacheOf(reordered)).toBe('HIT');
    });
  });

  describe('what is never cached', () => {
    it('never caches, nor serves from the cache, a request with an API token, and drafts stay out of public responses', async () => {
      const draft = await createArticle('只给编辑看的草稿', '?status=draft');
      const publicList = await warm('/api/articles?pagination[pageSize]=100');
      expect(titles(publicList)).not.toContain('只给编辑看的草稿');

      for (let round = 0; round < 2; round += 1) {
        const withToken = await a.http().get('/api/articles?pagination[pageSize]=100').set(auth());
        expect(withToken.status).toBe(200);
        expect(cacheOf(withToken)).toBe('BYPASS');
        expect(withToken.headers['cache-control']).toBe('private, no-store');
        expect(withToken.headers.etag).toBeUndefined();
        const drafts = await a.http().get('/api/articles?status=draft&pagination[pageSize]=100').set(auth());
        expect(cacheOf(drafts)).toBe('BYPASS');
        expect(titles(drafts.body)).toContain('只给编辑看的草稿');
      }
      const afterwards = await a.http().get('/api/articles?pagination[pageSize]=100');
      expect(cacheOf(afterwards)).toBe('HIT');
      expect(titles(afterwards.body)).not.toContain('只给编辑看的草稿');
      expect((await a.http().get(`/api/articles/${draft.documentId}`)).status).toBe(404);
    });

    test.each([
      ['drafts asked for by the public', '/api/articles?status=draft', {}, 403],
      ['an admin session cookie', '/api/articles', { Cookie: 'strapi_admin_refresh=abc' }, 200],
      ['a users-permissions JWT, even a bad one', '/api/articles', { Authorization: 'Bearer not-a-jwt' }, 401],
      ['a signed preview', '/api/preview?token=forged', {}, 401],
      ["a photographer's own photos", '/api/photos/mine', {}, 403],
      ['the logged-in user', '/api/users/me', {}, 403],
    ])('bypasses %s', async (_name, url, headers, status) => {
      for (let round = 0; round < 2; round += 1) {
        const response = await a.http().get(url).set(headers as Record<string, string>);
        expect({ url, status: response.status, cache: cacheOf(response) }).toEqual({ url, status, cache: 'BYPASS' });
      }
    });

    it('sends the preview with its own no-store and no ETag', async () => {
      const response = await a.http().get('/api/preview?token=forged');
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers.etag).toBeUndefined();
    });

    it('never caches GraphQL mutations or draft queries', async () => {
      const drafts = '{ articles(status: DRAFT) { title } }';
      for (let round = 0; round < 2; round += 1) {
        const response = await a.http().post('/graphql').send({ query: drafts });
        expect(cacheOf(response)).toBe('BYPASS');
        expect(response.body.errors[0].message).toMatch(/Drafts are not available/);
        const viaVariable = await a.http().post('/graphql').send({
          query: 'query Q($status: PublicationStatus) { articles(status: $status) { title } }',
          variables: { status: 'DRAFT' },
        });
        expect(cacheOf(viaVariable)).toBe('BYPASS');
        const mutation = await a.http().post('/graphql').send({ query: 'mutation { deleteTag(documentId: "x") { documentId } }' });
        expect(cacheOf(mutation)).toBe('BYPASS');
        expect(mutation.body.errors).toBeDefined();
      }
    });

    test.each([
      ['an unknown parameter', '/api/articles?unknownParameter=1', 400, 'ValidationError'],
      ['a filter on a private field', '/api/photos?filters[submittedBy][id][$eq]=1', 400, 'ValidationError'],
      ['a sort on an unknown field', '/api/articles?sort=noSuchField:asc', 400, 'ValidationError'],
      ['an unknown document', '/api/articles/doesnotexist000000000000', 404, 'NotFoundError'],
      ['a bad feed limit', '/api/feed?limit=0', 400, 'ValidationError'],
      ['an unknown campaign hub', '/api/campaigns/no-such-campaign/hub', 404, 'NotFoundError'],
      ['a bad statistics grouping', '/api/activities/stats?groupBy=colour', 400, 'ValidationError'],
    ])('answers %s in the error shape, twice, uncached', async (_name, url, status, name) => {
      for (let round = 0; round < 2; round += 1) {
        const response = await a.http().get(url);
        expect({ url, status: response.status, cache: cacheOf(response) }).toEqual({ url, status, cache: 'BYPASS' });
        expect(response.body).toMatchObject({ data: null, error: { status, name } });
      }
    });

    it('answers malformed requests with 4xx, never 500, and caches none', async () => {
      const badJson = await a.http().post('/graphql').set('Content-Type', 'application/json').send('{"query": "{ articles { title }');
      expect(badJson.status).toBe(400);
      expect(badJson.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });

      const badQuery = await a.http().post('/graphql').send({ query: '{ articles { noSuchField } }' });
      expect(badQuery.status).toBe(400);
      expect(cacheOf(badQuery)).toBe('BYPASS');
      expect((await a.http().post('/graphql').send({ query: '{ articles { noSuchField } }' })).status).toBe(400);

      for (let round = 0; round < 2; round += 1) {
        const badEncoding = await a.http().get('/api/articles?filters[title][$eq]=%E0%A4%A');
        expect(badEncoding.status).toBeLessThan(500);
        expect(cacheOf(badEncoding)).toBe('BYPASS');
      }
    });

    it('invalidates nothing for reads, public or authenticated', async () => {
      const before = await clock();
      await a.http().get('/api/articles');
      await a.http().get('/api/photos');
      await a.http().post('/graphql').send({ query: '{ tags { name } }' });
      await a.http().get('/api/articles').set(auth()); // writes the token's lastUsedAt
      await a.http().post('/graphql').set(auth()).send({ query: '{ tags { name } }' });
      await b.http().get('/api/feed');
      expect(await clock()).toBe(before);
    });

    it("invalidates nothing for the upload plugin's usage metrics, and does for settings that shape responses", async () => {
      expect(a.strapi.cron.jobs.map((job) => job.name)).not.toContain('uploadWeekly'); // telemetry is off in tests
      const before = await clock();
      await a.strapi.service('plugin::upload.weeklyMetrics').sendMetrics();
      expect(await clock()).toBe(before);
      const locale = await a.strapi.store.get({ type: 'plugin', name: 'i18n', key: 'default_locale' });
      await a.strapi.store.set({ type: 'plugin', name: 'i18n', key: 'default_locale', value: locale });
      expect(await clock()).toBeGreaterThan(before);
    });
  });

  describe('zero stale reads: the next read on either instance shows every change', () => {
    const LIST = '/api/articles?pagination[pageSize]=100&sort[0]=title';

    it('create', async () => {
      expect(titles(await warmBoth(LIST))).not.toContain('新建的稿件');
      await createArticle('新建的稿件');
      for (const body of await readAfterChange(LIST)) expect(titles(body)).toContain('新建的稿件');
    });

    it('update', async () => {
      const article = await createArticle('改标题之前');
      expect(titles(await warmBoth(LIST))).toContain('改标题之前');
      const updated = await a.http().put(`/api/articles/${article.documentId}`).set(auth()).send({ data: { title: '改标题之后' } });
      expect(updated.status).toBe(200);
      for (const body of await readAfterChange(LIST)) {
        expect(titles(body)).toContain('改标题之后');
        expect(titles(body)).not.toContain('改标题之前');
      }
    });

    it('publish (server-side, through the document service)', async () => {
      const draft = await createArticle('定稿发布', '?status=draft');
      expect(titles(await warmBoth(LIST))).not.toContain('定稿发布');
      await a.strapi.documents(ARTICLE).publish({ documentId: draft.documentId } as never);
      for (const body of await readAfterChange(LIST)) expect(titles(body)).toContain('定稿发布');
    });

    it('unpublish (server-side)', async () => {
      const article = await createArticle('要撤下的稿件');
      expect(titles(await warmBoth(LIST))).toContain('要撤下的稿件');
      await a.strapi.documents(ARTICLE).unpublish({ documentId: article.documentId } as never);
      for (const body of await readAfterChange(LIST)) expect(titles(body)).not.toContain('要撤下的稿件');
    });

    it('discardDraft: no public change, nothing invalidated, the cached list stays right', async () => {
      const article = await createArticle('放弃修改');
      await a.strapi.documents(ARTICLE).update({ documentId: article.documentId, data: { title: '放弃修改的草稿' } } as never);
      expect(titles(await warmBoth(LIST))).toContain('放弃修改');
      const before = await clock();
      await a.strapi.documents(ARTICLE).discardDraft({ documentId: article.documentId } as never);
      expect(await clock()).toBe(before);
      const [one, other] = twoWays(LIST);
      const onA = await a.http().get(one);
      const onB = await b.http().get(other);
      expect([cacheOf(onA), cacheOf(onB)]).toEqual(['HIT', 'HIT']);
      for (const body of [onA.body as Json, onB.body as Json]) expect(titles(body)).toContain('放弃修改');
    });

    it('a draft save of a published article invalidates nothing, on either instance', async () => {
      const article = await createArticle('草稿不影响读者');
      const bySlug = `/api/articles?filters[slug][$eq]=${encodeURIComponent(article.slug as string)}`;
      await warm(LIST);
      await warm(bySlug);
      const before = await clock();
      const saved = await a.http().put(`/api/articles/${article.documentId}?status=draft`).set(auth()).send({ data: { title: '草稿里的新标题' } });
      expect(saved.status).toBe(200);
      await a.strapi.documents('api::photo.photo').create({ data: { caption: '草稿照片', altText: '草稿' }, status: 'draft' } as never);
      expect(await clock()).toBe(before);
      for (const url of [LIST, bySlug]) {
        const [onA, onB] = [await a.http().get(url), await b.http().get(url)];
        expect({ url, cache: [cacheOf(onA), cacheOf(onB)] }).toEqual({ url, cache: ['HIT', 'HIT'] });
        expect(titles(onA.body as Json)).toContain('草稿不影响读者');
        expect(titles(onA.body as Json)).not.toContain('草稿里的新标题');
      }
    });

    it("publishing one article invalidates the lists but not another article's page by slug", async () => {
      const other = await createArticle('另一篇稿件');
      const otherPage = `/api/articles?filters[slug][$eq]=${encodeURIComponent(other.slug as string)}`;
      const draft = await createArticle('新发布的稿件', '?status=draft');
      await warmBoth(LIST);
      await warm(otherPage);
      await a.strapi.documents(ARTICLE).publish({ documentId: draft.documentId } as never);
      for (const body of await readAfterChange(LIST)) expect(titles(body)).toContain('新发布的稿件');
      expect([cacheOf(await a.http().get(otherPage)), cacheOf(await b.http().get(otherPage))]).toEqual(['HIT', 'HIT']);
    });

    it('publishing an article invalidates the cached empty page of its slug', async () => {
      const draft = await createArticle('先有网址后有稿件', '?status=draft');
      const page = `/api/articles?filters[slug][$eq]=${encodeURIComponent(draft.slug as string)}`;
      expect((await warm(page)).data).toEqual([]);
      await a.strapi.documents(ARTICLE).publish({ documentId: draft.documentId } as never);
      const [onA, onB] = [await a.http().get(page), await b.http().get(page)];
      expect([cacheOf(onA), cacheOf(onB)]).toEqual(['MISS', 'HIT']);
      for (const body of [onA.body as Json, onB.body as Json]) expect(titles(body)).toEqual(['先有网址后有稿件']);
    });

    it("a list filtered through a relation follows a change of the related document's filtered field", async () => {
      const category = (await a.http().post('/api/categories').set(auth()).send({ data: { name: '筛选栏目', slug: 'shai-xuan-lan-mu' } })).body.data as Json;
      const article = (await a.http().post('/api/articles').set(auth()).send({ data: { title: '按栏目筛选', category: category.documentId } })).body.data as Json;
      expect(article.documentId).toBeDefined();
      const filtered = '/api/articles?filters[category][slug][$eq]=shai-xuan-lan-mu';
      expect(titles(await warmBoth(filtered))).toEqual(['按栏目筛选']);
      const renamed = await a.http().put(`/api/categories/${category.documentId}`).set(auth()).send({ data: { slug: 'gai-le-lan-mu' } });
      expect(renamed.status).toBe(200);
      for (const body of await readAfterChange(filtered)) expect(titles(body)).toEqual([]);
    });

    it('a category page follows the articles published into and out of its category, and no other', async () => {
      const category = (await a.http().post('/api/categories').set(auth()).send({ data: { name: '栏目页', slug: 'lan-mu-ye' } })).body.data as Json;
      const inside = await a.http().post('/api/articles?status=draft').set(auth()).send({ data: { title: '栏目里的稿件', category: category.documentId } });
      const elsewhere = await createArticle('别的栏目的稿件', '?status=draft');
      const page = '/api/articles?filters[category][slug][$eq]=lan-mu-ye';
      expect(titles(await warmBoth(page))).toEqual([]);
      await a.strapi.documents(ARTICLE).publish({ documentId: elsewhere.documentId } as never);
      const [one, other] = twoWays(page);
      expect([cacheOf(await a.http().get(one)), cacheOf(await b.http().get(other))]).toEqual(['HIT', 'HIT']);
      await a.strapi.documents(ARTICLE).publish({ documentId: inside.body.data.documentId } as never);
      for (const body of await readAfterChange(page)) expect(titles(body)).toEqual(['栏目里的稿件']);
      await warmBoth(page);
      const moved = await a.http().put(`/api/articles/${inside.body.data.documentId}`).set(auth()).send({ data: { category: null } });
      expect(moved.status).toBe(200);
      for (const body of await readAfterChange(page)) expect(titles(body)).toEqual([]);
    });

    it("a campaign's articles follow an article published into the campaign, and no other", async () => {
      const campaign = (await a.http().post('/api/campaigns').set(auth()).send({ data: { name: '五型工会', slug: 'wu-xing-gong-hui-ce-shi' } })).body.data as Json;
      expect(campaign.documentId).toBeDefined();
      const url = `/api/campaigns/${campaign.documentId}?populate[articles][fields][0]=title`;
      const inside = await a.http().post('/api/articles?status=draft').set(auth()).send({ data: { title: '专题里的稿件', campaigns: [campaign.documentId] } });
      const elsewhere = await createArticle('专题外的稿件', '?status=draft');
      const articlesOf = (body: Json) => ((body.data as Json).articles as Json[]).map((article) => article.title);
      const [one, other] = twoWays(url);
      await warm(one);
      await warm(other);
      const hub = '/api/campaigns/wu-xing-gong-hui-ce-shi/hub';
      expect(articlesOf(await warm(hub))).toEqual([]);
      await a.strapi.documents(ARTICLE).publish({ documentId: elsewhere.documentId } as never);
      expect([cacheOf(await a.http().get(one)), cacheOf(await b.http().get(other))]).toEqual(['HIT', 'HIT']);
      expect([cacheOf(await a.http().get(hub)), cacheOf(await b.http().get(hub))]).toEqual(['HIT', 'HIT']);
      await a.strapi.documents(ARTICLE).publish({ documentId: inside.body.data.documentId } as never);
      for (const body of await readAfterChange(url)) expect(articlesOf(body)).toEqual(['专题里的稿件']);
      const hubAfter = await b.http().get(hub);
      expect({ cache: cacheOf(hubAfter), articles: articlesOf(hubAfter.body as Json) }).toEqual({ cache: 'MISS', articles: ['专题里的稿件'] });
    });

    it('delete', async () => {
      const article = await createArticle('要删除的稿件');
      expect(titles(await warmBoth(LIST))).toContain('要删除的稿件');
      expect((await a.http().delete(`/api/articles/${article.documentId}`).set(auth())).status).toBe(204);
      for (const body of await readAfterChange(LIST)) expect(titles(body)).not.toContain('要删除的稿件');
    });

    it('a new locale version', async () => {
      const article = await createArticle('只有中文');
      const english = `${LIST}&locale=en`;
      expect(titles(await warmBoth(english))).not.toContain('Chinese only, until now');
      const created = await a.http().put(`/api/articles/${article.documentId}?locale=en`).set(auth()).send({ data: { title: 'Chinese only, until now' } });
      expect(created.status).toBe(200);
      for (const body of await readAfterChange(english)) expect(titles(body)).toContain('Chinese only, until now');
    });

    it("a relation: renaming a photographer changes the cover's credit line in every article list", async () => {
      const [photographer] = (await a.http().get(`/api/photographers?filters[name][$eq]=${encodeURIComponent('陈文骁')}`)).body.data as Json[];
      const list = '/api/articles?filters[slug][$eq]=zhong-cheng-dang-de-shi-ye-jie-cheng-fu-wu-zhi-gong';
      const before = await warmBoth(list);
      expect(before.data[0].cover.creditLine).toBe('■ 摄影 记者 陈文骁');
      const query = '{ articles { title cover { creditLine } } }';
      await a.http().post('/graphql').send({ query });
      expect(cacheOf(await b.http().post('/graphql').send({ query }))).toBe('HIT');

      const renamed = await a.http().put(`/api/photographers/${photographer.documentId}`).set(auth()).send({ data: { name: '陈文晓' } });
      expect(renamed.status).toBe(200);
      for (const body of await readAfterChange(list)) {
        expect(body.data[0].cover.creditLine).toBe('■ 摄影 记者 陈文晓');
        expect(body.data[0].cover.photographer.name).toBe('陈文晓');
      }
      const graphql = await b.http().post('/graphql').send({ query });
      expect(cacheOf(graphql)).toBe('MISS');
      expect(graphql.body.data.articles.map((article: Json) => article.cover?.creditLine)).toContain('■ 摄影 记者 陈文晓');
    });

    it('a media file: new alternative text of a cover image (the upload plugin writes with the query engine)', async () => {
      const list = '/api/articles?filters[slug][$eq]=zhong-cheng-dang-de-shi-ye-jie-cheng-fu-wu-zhi-gong';
      const before = await warmBoth(list);
      const image = before.data[0].cover.image as Json;
      await a.strapi.plugin('upload').service('upload').updateFileInfo(image.id, { alternativeText: '大会会场全景' });
      for (const body of await readAfterChange(list)) expect(body.data[0].cover.image.alternativeText).toBe('大会会场全景');
    });

    it("the public role's permissions", async () => {
      expect((await warmBoth('/api/tags')).data.length).toBeGreaterThan(0);
      const permissions = a.strapi.db.query('plugin::users-permissions.permission');
      const find = (await permissions.findOne({ where: { action: 'api::tag.tag.find', role: { type: 'public' } }, populate: ['role'] })) as Json;
      await permissions.delete({ where: { id: find.id } });
      const [one, other] = twoWays('/api/tags');
      expect((await a.http().get(one)).status).toBe(403);
      expect((await b.http().get(other)).status).toBe(403);
      await permissions.create({ data: { action: 'api::tag.tag.find', role: find.role.id } });
      expect((await a.http().get(one)).status).toBe(200);
    });

    it('GraphQL, after a change made over GraphQL-free REST', async () => {
      const article = await createArticle('图形查询之前');
      const query = '{ articles(pagination: { limit: 100 }) { documentId title } }';
      await a.http().post('/graphql').send({ query });
      expect(cacheOf(await b.http().post('/graphql').send({ query }))).toBe('HIT');
      await a.http().put(`/api/articles/${article.documentId}`).set(auth()).send({ data: { title: '图形查询之后' } });
      const onB = await b.http().post('/graphql').send({ query });
      expect(cacheOf(onB)).toBe('MISS');
      expect(onB.body.data.articles.map((item: Json) => item.title)).toContain('图形查询之后');
    });

    it('a change inside a transaction: what a read caches before the commit does not outlive it', async () => {
      const tag = (await a.strapi.documents('api::tag.tag').findFirst({ filters: { slug: { $notNull: true } } })) as Json;
      const url = `/api/tags/${tag.documentId}`;
      await warm(url);
      await a.strapi.db.transaction(async () => {
        await a.strapi.documents('api::tag.tag').update({ documentId: tag.documentId, data: { name: '事务里改的名字' } } as never);
        // not committed yet: the other instance reads the old name, and stores it
        const during = await b.http().get(url);
        expect(during.body.data.name).toBe(tag.name);
      });
      const onA = await a.http().get(url);
      const onB = await b.http().get(url);
      expect([onA.body.data.name, onB.body.data.name]).toEqual(['事务里改的名字', '事务里改的名字']);
    });

    it('scheduled publishing, run outside any request', async () => {
      const draft = await createArticle('定时发布的稿件', '?status=draft');
      expect(titles(await warmBoth(LIST))).not.toContain('定时发布的稿件');
      await a.strapi.db.query(ARTICLE).updateMany({
        where: { documentId: draft.documentId, publishedAt: null },
        data: { scheduledPublishAt: new Date(Date.now() - 1000) },
      });
      await warmBoth(LIST);
      const run = await a.strapi.service('api::schedule.schedule').runDue();
      expect(run.published).toBe(1);
      for (const body of await readAfterChange(LIST)) expect(titles(body)).toContain('定时发布的稿件');
    });
  });
});

describe('CACHE_INVALIDATION=global', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startStrapi('response-cache-global', { listen: true, env: { ...ALONE, CACHE_INVALIDATION: 'global' } });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('invalidates everything on every write, a draft save included', async () => {
    await app.http().get('/api/categories');
    expect(cacheOf(await app.http().get('/api/categories'))).toBe('HIT');
    expect(responseCache(app.strapi).stats()).toMatchObject({ invalidation: 'global' });
    await app.strapi.documents('api::photo.photo').create({ data: { caption: '草稿照片', altText: '草稿' }, status: 'draft' } as never);
    expect(cacheOf(await app.http().get('/api/categories'))).toBe('MISS');
  });
});

describe('the in-memory store', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startStrapi('response-cache-memory', { listen: true, env: { ...ALONE, RESPONSE_CACHE_MAX_BYTES: '4096' } });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('stays within its bytes, evicting the least recently used responses', async () => {
    const page = (n: number) => `/api/tags?pagination[page]=${n}`;
    expect(cacheOf(await app.http().get(page(1)))).toBe('MISS');
    expect(cacheOf(await app.http().get(page(1)))).toBe('HIT');
    for (let n = 2; n <= 60; n += 1) expect(cacheOf(await app.http().get(page(n)))).toBe('MISS');

    const stats = responseCache(app.strapi).stats();
    expect(stats).toMatchObject({ store: 'memory', maxBytes: 4096 });
    expect(stats.bytes).toBeLessThanOrEqual(4096);
    expect(stats.evictions).toBeGreaterThan(0);
    expect(stats.entries).toBeLessThan(60);
    expect(cacheOf(await app.http().get(page(1)))).toBe('MISS'); // evicted
    expect(cacheOf(await app.http().get(page(60)))).toBe('HIT'); // recent
  });

  it('does not store a response larger than the store, but still sends its ETag', async () => {
    const big = await app.http().get('/api/openapi.json');
    expect(big.status).toBe(200);
    expect(big.text.length).toBeGreaterThan(4096);
    expect(cacheOf(big)).toBe('BYPASS');
    expect(cacheOf(await app.http().get('/api/openapi.json'))).toBe('BYPASS');
    expect((await app.http().get('/api/openapi.json').set('If-None-Match', big.headers.etag)).status).toBe(304);
  });

  it('shows a change at the next read', async () => {
    const token = await app.fullAccessToken();
    await app.http().get('/api/categories');
    expect(cacheOf(await app.http().get('/api/categories'))).toBe('HIT');
    await app.http().post('/api/categories').set({ Authorization: `Bearer ${token}` }).send({ data: { name: '新栏目' } });
    const next = await app.http().get('/api/categories');
    expect(cacheOf(next)).toBe('MISS');
    expect(next.body.data.map((category: Json) => category.name)).toContain('新栏目');
  });
});

describe('Redis unreachable', () => {
  let app: TestApp;
  let closedPort: number;

  beforeAll(async () => {
    // a port that was just free: nothing listens there
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    closedPort = (probe.address() as net.AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    app = await startStrapi('response-cache-no-redis', {
      listen: true,
      env: { ...ALONE, REDIS_URL: `redis://127.0.0.1:${closedPort}`, REDIS_PREFIX: PREFIX },
    });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('serves every request, uncached, warning once per outage rather than per request', async () => {
    const warn = jest.spyOn(app.strapi.log, 'warn');
    try {
      for (let round = 0; round < 3; round += 1) {
        const response = await app.http().get('/api/categories');
        expect(response.status).toBe(200);
        expect(cacheOf(response)).toBe('BYPASS');
        expect(response.headers.etag).toBeDefined();
      }
      const token = await app.fullAccessToken();
      const created = await app.http().post('/api/categories').set({ Authorization: `Bearer ${token}` }).send({ data: { name: '离线时新建' } });
      expect(created.status).toBe(201);
      const next = await app.http().get('/api/categories');
      expect(next.body.data.map((category: Json) => category.name)).toContain('离线时新建');
      expect(responseCache(app.strapi).stats()).toMatchObject({ store: 'redis', available: false });
      expect(warn).not.toHaveBeenCalled(); // the outage was reported once, at start
    } finally {
      warn.mockRestore();
    }
  });
});

describe('RESPONSE_CACHE=off', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startStrapi('response-cache-off', { listen: true, env: { ...ALONE, RESPONSE_CACHE: 'off' } });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('stores nothing and says nothing, but keeps ETag and 304', async () => {
    const first = await app.http().get('/api/categories');
    const second = await app.http().get('/api/categories');
    expect(first.headers['x-cache']).toBeUndefined();
    expect(second.headers['x-cache']).toBeUndefined();
    expect(responseCache(app.strapi).stats()).toMatchObject({ store: 'off', hits: 0, misses: 0 });
    expect((await app.http().get('/api/categories').set('If-None-Match', first.headers.etag)).status).toBe(304);
  });
});
