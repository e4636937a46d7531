/**
 * The unified feed in its four formats, its GraphQL twins, the OpenAPI document and the frontend webhook (with
 * each entry's reader URL).
 */

import http from 'http';
import type { AddressInfo } from 'net';
import SwaggerParser from '@apidevtools/swagger-parser';
import { XMLParser } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { z } from 'zod';
import { statsQueryShape } from '../../src/api/activity/schemas';
import { hubParamsShape, hubQueryShape } from '../../src/api/campaign/schemas';
import { feedQueryShape } from '../../src/api/feed/schemas';
import { previewQueryShape } from '../../src/api/preview/schemas';
import { activities, articleMeta, campaigns } from '../../src/seed/data';
import { startStrapi, type TestApp } from '../helpers/strapi';

type Json = Record<string, any>;

let app: TestApp;
let token: string;
let receiver: http.Server;
const deliveries: Json[] = [];

const get = async (url: string, status = 200) => {
  const response = await app.http().get(url);
  expect({ url, status: response.status }).toEqual({ url, status });
  return response;
};

const feed = async (query = ''): Promise<Json> => (await get(`/api/feed${query}`)).body;

/** Every item of the feed, following nextCursor page by page. */
const allItems = async (query: string, limit: number): Promise<Json[]> => {
  const items: Json[] = [];
  let cursor: string | null = null;
  do {
    const page: Json = await feed(`?limit=${limit}${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    items.push(...page.data);
    cursor = page.meta.nextCursor;
  } while (cursor);
  return items;
};

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

beforeAll(async () => {
  receiver = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      deliveries.push({ headers: request.headers, body: JSON.parse(body) });
      response.end('ok');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  process.env.FRONTEND_WEBHOOK_URL = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/revalidate`;
  process.env.FRONTEND_WEBHOOK_SECRET = 'shared-secret';
  process.env.PUBLIC_URL = 'https://news.example.org';
  app = await startStrapi('feed', { seed: true });
  token = await app.fullAccessToken();
});

afterAll(async () => {
  delete process.env.FRONTEND_WEBHOOK_URL;
  delete process.env.FRONTEND_WEBHOOK_SECRET;
  delete process.env.PUBLIC_URL;
  await app?.stop();
  await new Promise((resolve) => receiver.close(resolve));
});

describe('GET /api/feed', () => {
  it('lists published articles, activities and campaigns, newest first, with credited covers', async () => {
    const items = await allItems('', 100);
    expect(items).toHaveLength(1 + 14 + 6);
    const dates = items.map((item) => item.date);
    expect([...dates].sort().reverse()).toEqual(dates);
    const article = items.find((item) => item.type === 'article')!;
    expect(article).toMatchObject({
      title: '忠诚党的事业 竭诚服务职工',
      slug: 'zhong-cheng-dang-de-shi-ye-jie-cheng-fu-wu-zhi-gong',
      date: '2020-04-30T00:00:00.000Z',
      url: 'https://news.example.org/articles/zhong-cheng-dang-de-shi-ye-jie-cheng-fu-wu-zhi-gong',
      cover: { caption: '淮北市庆祝五一国际劳动节大会。', creditLine: '■ 摄影 记者 陈文骁' },
    });
    expect(article.cover.url).toMatch(/^https:\/\/news\.example\.org\/uploads\/.+\.jpg$/);
    const checks = items.find((item) => item.title === '社区工作者免费体检');
    expect(checks).toMatchObject({ type: 'activity', date: '2020-03-25T00:00:00.000Z' });
  });

  it('pages with a cursor without losing or repeating items, in a stable order when dates tie', async () => {
    const auth = { Authorization: `Bearer ${token}` };
    for (const title of ['同日活动甲', '同日活动乙', '同日活动丙']) {
      await app.http().post('/api/activities').set(auth).send({ data: { title, startDate: '2021-06-01' } });
    }
    const whole = await allItems('', 100);
    for (const limit of [1, 2, 5]) {
      expect((await allItems('', limit)).map((item) => item.documentId)).toEqual(whole.map((item) => item.documentId));
    }
    const tied = whole.filter((item) => item.date === '2021-06-01T00:00:00.000Z');
    expect(tied).toHaveLength(3);
  });

  it('filters by type, campaign, organization, kind and locale', async () => {
    expect((await feed('?type=article')).data.map((item: Json) => item.type)).toEqual(['article']);
    const campaign = await allItems('&campaign=yi-qing-fang-kong-wei-wen', 100);
    expect(campaign.filter((item) => item.type === 'activity')).toHaveLength(6);
    expect(campaign.filter((item) => item.type === 'campaign').map((item) => item.slug)).toEqual(['yi-qing-fang-kong-wei-wen']);
    expect(campaign.filter((item) => item.type === 'article')).toHaveLength(1);
    const partner = await allItems('&organization=ming-yi-ti-jian-zhong-xin', 100);
    expect(partner.map((item) => item.title)).toEqual(expect.arrayContaining(['社区工作者免费体检', '忠诚党的事业 竭诚服务职工']));
    expect((await feed('?kind=healthChecks')).data.map((item: Json) => item.title)).toEqual(['社区工作者免费体检']);
    // the English edition: the article, and every activity and campaign in English
    const english = await allItems('&locale=en', 100);
    expect(english[0]).toMatchObject({ type: 'article', title: articleMeta.en.title, cover: { creditLine: 'Photo: Chen Wenxiao, staff reporter' } });
    expect(english.map((item) => item.title).sort()).toEqual(
      [articleMeta.en.title, ...activities.map((activity) => activity.en.title), ...campaigns.map((campaign) => campaign.en.name)].sort()
    );
  });

  it('never shows drafts, and drops an item from every feed when it is unpublished', async () => {
    const auth = { Authorization: `Bearer ${token}` };
    const draft = (await app.http().post('/api/articles?status=draft').set(auth).send({ data: { title: '未发布稿件', publishDate: '2030-01-01T00:00:00.000Z' } })).body.data;
    expect((await feed('?type=article')).data.map((item: Json) => item.title)).not.toContain('未发布稿件');

    await app.strapi.documents('api::article.article').publish({ documentId: draft.documentId } as never);
    expect((await feed('?type=article')).data[0].title).toBe('未发布稿件');
    expect((await get('/api/feed.xml?type=article')).text).toContain('未发布稿件');

    await app.strapi.documents('api::article.article').unpublish({ documentId: draft.documentId } as never);
    for (const url of ['/api/feed?type=article', '/api/feed.xml?type=article', '/api/feed.atom?type=article', '/api/feed.json?type=article']) {
      expect((await get(url)).text).not.toContain('未发布稿件');
    }
  });

  test.each([
    ['a malformed cursor', '?cursor=not-a-cursor', 400],
    ['a forged cursor', `?cursor=${Buffer.from('{"d":"x","t":"article","i":1}').toString('base64url')}`, 400],
    ['limit=100000', '?limit=100000', 400],
    ['limit=0', '?limit=0', 400],
    ['a limit that is not a number', '?limit=ten', 400],
    ['an unknown type', '?type=podcast', 400],
    ['an unknown kind', '?kind=party', 400],
    ['an unknown locale', '?locale=fr', 400],
    ['an unknown parameter', '?sort=title', 400],
    ['an unknown campaign', '?campaign=no-such-campaign', 404],
    ['an unknown organization', '?organization=no-such-organization', 404],
  ])('answers %s with %i in the error shape, in every format', async (_case, query, status) => {
    for (const path of ['/api/feed', '/api/feed.xml', '/api/feed.atom', '/api/feed.json']) {
      const response = await app.http().get(`${path}${query}`);
      expect({ path, status: response.status }).toEqual({ path, status });
      expect(response.body).toMatchObject({ data: null, error: { status } });
    }
  });

  test.each([
    ['a repeated limit', '?limit=1&limit=2', ['limit']],
    ['a bracketed limit', '?limit[$gt]=1', ['limit']],
    ['a fractional limit', '?limit=2.5', ['limit']],
    ['one unknown type in a list', '?type=article,podcast', ['type']],
    ['a campaign that is no slug', `?campaign=${encodeURIComponent('疫情 专题')}`, ['campaign']],
    ['several problems at once', '?limit=0&kind=party&sort=title', ['limit', 'kind', 'sort']],
  ])('answers %s with 400 naming each bad parameter in details.errors', async (_case, query, paths) => {
    for (const path of ['/api/feed', '/api/feed.xml']) {
      const response = await app.http().get(`${path}${query}`);
      expect({ path, status: response.status }).toEqual({ path, status: 400 });
      expect(response.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
      expect(response.body.error.details.errors.map((problem: Json) => problem.path.join('.'))).toEqual(paths);
    }
  });
});

describe('RSS, Atom and JSON Feed', () => {
  it('serves RSS 2.0 with the photo and its credit as Media RSS', async () => {
    const response = await get('/api/feed.xml?type=article');
    expect(response.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    const rss = xml.parse(response.text).rss;
    expect(rss['@version']).toBe('2.0');
    const channel = rss.channel;
    expect(channel.link).toBe('https://news.example.org/');
    expect(channel['atom:link']['@href']).toBe('https://news.example.org/api/feed.xml?type=article');
    const item = channel.item;
    expect(item.title).toBe('忠诚党的事业 竭诚服务职工');
    expect(new Date(item.pubDate).toISOString()).toBe('2020-04-30T00:00:00.000Z');
    expect(item.guid['#text']).toMatch(/^urn:newsroom:article:/);
    expect(item['media:content']['@url']).toMatch(/^https:\/\/news\.example\.org\/uploads\//);
    expect(item['media:content']['media:credit']['#text']).toBe('■ 摄影 记者 陈文骁');
  });

  it('opens in a feed reader', async () => {
    const reader = new Parser({ customFields: { item: [['media:content', 'media']] } });
    const rss = await reader.parseString((await get('/api/feed.xml?type=article')).text);
    expect(rss.items[0]).toMatchObject({ title: '忠诚党的事业 竭诚服务职工', isoDate: '2020-04-30T00:00:00.000Z' });
    const atom = await reader.parseString((await get('/api/feed.atom?limit=5')).text);
    expect(atom.items).toHaveLength(5);
    for (const item of atom.items) expect(item.link).toMatch(/^https:\/\/news\.example\.org\/(articles|activities|campaigns)\/[^/#]+$/);
  });

  it('serves Atom 1.0 with the required elements', async () => {
    const response = await get('/api/feed.atom');
    expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const atom = xml.parse(response.text).feed;
    expect(atom['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    for (const field of ['id', 'title', 'updated', 'author']) expect(atom[field]).toBeDefined();
    const entries = [atom.entry].flat();
    expect(entries.length).toBe(20);
    for (const entry of entries) {
      for (const field of ['id', 'title', 'updated']) expect(entry[field]).toBeDefined();
      expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
    }
  });

  it('serves JSON Feed 1.1 with its required fields and a next page', async () => {
    const response = await get('/api/feed.json?limit=5');
    expect(response.headers['content-type']).toBe('application/feed+json; charset=utf-8');
    const body = JSON.parse(response.text);
    expect(body.version).toBe('https://jsonfeed.org/version/1.1');
    expect(typeof body.title).toBe('string');
    expect(body.items).toHaveLength(5);
    for (const item of body.items) {
      expect(typeof item.id).toBe('string');
      expect(typeof (item.content_text ?? item.content_html)).toBe('string');
    }
    expect(body.next_url).toMatch(/^https:\/\/news\.example\.org\/api\/feed\.json\?limit=5&cursor=/);
  });

  it('answers 304 to a client that already has the feed', async () => {
    for (const path of ['/api/feed', '/api/feed.xml', '/api/feed.atom', '/api/feed.json']) {
      const first = await get(path);
      expect(first.headers.etag).toBeDefined();
      expect(first.headers['last-modified']).toBeDefined();
      const again = await app.http().get(path).set('If-None-Match', first.headers.etag);
      expect({ path, status: again.status }).toEqual({ path, status: 304 });
      const since = await app.http().get(path).set('If-Modified-Since', first.headers['last-modified']);
      expect({ path, status: since.status }).toEqual({ path, status: 304 });
      const stale = await app.http().get(path).set('If-None-Match', '"something-else"');
      expect(stale.status).toBe(200);
    }
  });
});

describe('GraphQL', () => {
  const graphql = async (query: string) => (await app.http().post('/graphql').send({ query })).body as Json;

  it('has feed, activityStats and campaignHub with the same results as REST', async () => {
    const body = await graphql(`{
      feed(limit: 3, type: ["article"]) { items { title date cover { creditLine } } nextCursor }
      activityStats(groupBy: "kind", kind: "healthChecks") { groupBy groups { key count beneficiaries } total { count } }
      campaignHub(slug: "yi-qing-fang-kong-wei-wen") { figures { activities fundsAmount dateRange { from to } districts } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.feed.items[0]).toEqual({ title: '忠诚党的事业 竭诚服务职工', date: '2020-04-30T00:00:00.000Z', cover: { creditLine: '■ 摄影 记者 陈文骁' } });
    expect(body.data.activityStats.groups).toEqual([{ key: 'healthChecks', count: 1, beneficiaries: 1300 }]);
    const rest = (await get('/api/campaigns/yi-qing-fang-kong-wei-wen/hub')).body.data.figures;
    expect(body.data.campaignHub.figures).toMatchObject({ activities: rest.activities, fundsAmount: rest.fundsAmount, districts: rest.districts });
  });

  test.each([
    ['feed(cursor: "garbage") { nextCursor }', 'BAD_USER_INPUT'],
    ['feed(limit: 100000) { nextCursor }', 'BAD_USER_INPUT'],
    ['activityStats(groupBy: "weather") { groupBy }', 'BAD_USER_INPUT'],
    ['campaignHub(slug: "no-such-campaign") { figures { activities } }', 'STRAPI_NOT_FOUND_ERROR'],
  ])('refuses %s with %s', async (query, code) => {
    const body = await graphql(`{ ${query} }`);
    expect(body.errors[0].extensions.code).toBe(code);
  });
});

describe('GET /api/openapi.json', () => {
  it('describes every public endpoint, ours included, and passes a real OpenAPI validator', async () => {
    const document = (await get('/api/openapi.json')).body as Json;
    expect(document.openapi).toMatch(/^3\./);
    for (const path of ['/articles', '/articles/{id}', '/photos', '/feed', '/feed.xml', '/activities/stats', '/campaigns/{slug}/hub', '/photos/submit', '/photos/mine']) {
      expect(Object.keys(document.paths)).toContain(path);
    }
    const id = document.paths['/articles/{id}'].get.parameters.find((parameter: Json) => parameter.name === 'id');
    expect(id.schema).toMatchObject({ type: 'string' });
    expect(id.schema.format).toBeUndefined();
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
  });

  it("derives the custom endpoints' parameters from the zod schemas they are parsed with", async () => {
    const document = (await get('/api/openapi.json')).body as Json;
    // JSON Schema 2020-12 of what the schema outputs, without the dialect (the document declares it once)
    const asJsonSchema = (schema: z.ZodType) => {
      const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' });
      return rest;
    };
    const expected = (shape: Record<string, z.ZodType>, where: 'query' | 'path') =>
      Object.entries(shape).map(([name, schema]) => ({ name, in: where, required: !schema.isOptional(), schema: asJsonSchema(schema) }));
    const parameters = (path: string, method = 'get') =>
      (document.paths[path][method].parameters as Json[]).map(({ name, in: where, required, schema }) => ({ name, in: where, required, schema }));
    for (const path of ['/feed', '/feed.xml', '/feed.atom', '/feed.json']) expect(parameters(path)).toEqual(expected(feedQueryShape, 'query'));
    expect(parameters('/activities/stats')).toEqual(expected(statsQueryShape, 'query'));
    expect(parameters('/campaigns/{slug}/hub')).toEqual([...expected(hubParamsShape, 'path'), ...expected(hubQueryShape, 'query')]);
    expect(parameters('/preview')).toEqual(expected(previewQueryShape, 'query'));
    expect(parameters('/photos/mine').map((parameter) => parameter.name)).toEqual(['locale']);
    expect(parameters('/photos/mine/{documentId}', 'put').map((parameter) => parameter.name)).toEqual(['documentId', 'locale']);
    const submit = document.paths['/photos/submit'].post.requestBody.content['multipart/form-data'].schema;
    expect(Object.keys(submit.properties)).toEqual(expect.arrayContaining(['caption', 'altText', 'creditRole', 'takenAt', 'activity', 'article', 'files']));
    expect(submit.properties.caption).toMatchObject({ maxLength: (app.strapi.contentType('api::photo.photo').attributes.caption as unknown as { maxLength: number }).maxLength });
  });
});

describe('webhooks', () => {
  it('tell the configured frontend about publish, update and unpublish, with the secret', async () => {
    const auth = { Authorization: `Bearer ${token}` };
    deliveries.length = 0;
    const article = (await app.http().post('/api/articles').set(auth).send({ data: { title: '要通知前端的稿件' } })).body.data;
    await app.http().put(`/api/articles/${article.documentId}`).set(auth).send({ data: { summary: '改了摘要' } });
    await app.strapi.documents('api::article.article').unpublish({ documentId: article.documentId } as never);

    const wanted = ['entry.publish', 'entry.update', 'entry.unpublish'];
    const deadline = Date.now() + 10000;
    while (Date.now() < deadline && !wanted.every((event) => deliveries.some((delivery) => delivery.body.event === event))) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    for (const event of wanted) {
      const delivery = deliveries.find((candidate) => candidate.body.event === event);
      expect(delivery).toBeDefined();
      expect(delivery!.headers.authorization).toBe('Bearer shared-secret');
      expect(delivery!.body).toMatchObject({ model: 'article', uid: 'api::article.article', entry: expect.objectContaining({ documentId: article.documentId }) });
      // the entry's reader page, by path, to revalidate
      expect(delivery!.body.entry.url).toBe(`https://news.example.org/articles/${article.slug}`);
    }
  });
});
