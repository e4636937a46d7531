/**
 * No N+1: the SQL queries of one request do not grow with the page size nor with the number of articles.
 * Counted on the knex connection around single requests; exact equality, no timing.
 */

import fs from 'fs/promises';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';
import qs from 'qs';
import { plainJpeg } from '../helpers/images';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { ensureReadPathIndexes, readPathIndexes } from '../../src/read-path';

let app: TestApp;
let strapi: Core.Strapi;

const explicitPopulate = qs.stringify(
  {
    populate: {
      cover: { populate: { image: true, photographer: { fields: ['name', 'nameEn', 'slug', 'defaultRole'] } } },
      category: { fields: ['name', 'nameEn', 'slug'] },
    },
  },
  { encodeValuesOnly: true }
);

const ENDPOINTS: Record<string, (size: number) => string> = {
  'default article list': (size) => `/api/articles?pagination[pageSize]=${size}`,
  'article list with explicit populate': (size) => `/api/articles?pagination[pageSize]=${size}&${explicitPopulate}`,
  // the feed fills a page with a fixed set of queries per type on it: articles and activities alternate by date here
  feed: (size) => `/api/feed?limit=${size}&type=article,activity`,
  'activity stats by kind': () => '/api/activities/stats?groupBy=kind',
  'activity stats by campaign': () => '/api/activities/stats?groupBy=campaign',
  // the article page: its gallery, body, tags and bylines grow with the articles created below
  'article by slug': () => `/api/articles?filters[slug][$eq]=${pageSlug}`,
};
let pageSlug = '';

/** The SQL queries one GET runs, after a first identical request has filled Strapi's caches. */
const queriesOf = async (url: string): Promise<number> => {
  expect((await app.http().get(url)).status).toBe(200);
  let queries = 0;
  const count = () => {
    queries += 1;
  };
  strapi.db.connection.on('query', count);
  try {
    const response = await app.http().get(url);
    expect({ url, status: response.status }).toEqual({ url, status: 200 });
  } finally {
    strapi.db.connection.off('query', count);
  }
  return queries;
};

const DAY = 24 * 3600_000;
let serial = 0;
let imageId: number | undefined;
/** One uploaded image that every photo shows (each photo still has its own link to it). */
const image = async (): Promise<number> => {
  if (imageId) return imageId;
  const filepath = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'query-counts-')), 'cover.jpg');
  const buffer = await plainJpeg(64, 48);
  await fs.writeFile(filepath, buffer);
  const [file] = (await strapi.plugin('upload').service('upload').upload({
    data: { fileInfo: { name: 'cover.jpg' } },
    files: { filepath, originalFilename: 'cover.jpg', mimetype: 'image/jpeg', size: buffer.length },
  })) as Array<{ id: number }>;
  imageId = file.id;
  return imageId;
};

/**
 * Articles and activities, each with a cover photo of its own (image, photographer), a category and a campaign;
 * articles also have tags, a gallery, a body with a photo in it, bylines and SEO with a share image.
 */
const createContent = async (count: number) => {
  const photographer = await strapi.documents('api::photographer.photographer').create({ data: { name: `摄影${serial}`, defaultRole: 'staffReporter' } } as never);
  const category = await strapi.documents('api::category.category').create({ data: { name: `栏目${serial}` } } as never);
  const campaign = await strapi.documents('api::campaign.campaign').create({ status: 'published', data: { name: `专题${serial}`, startDate: '2020-01-01' } } as never);
  const tags = [];
  for (const name of ['甲', '乙', '丙']) tags.push(await strapi.documents('api::tag.tag').create({ data: { name: `标签${serial}${name}` } } as never));
  let previousPhoto: string | undefined;
  for (let i = 0; i < count; i += 1) {
    serial += 1;
    const photo = await strapi.documents('api::photo.photo').create({
      status: 'published',
      data: { image: await image(), caption: `图 ${serial}`, photographer: photographer.documentId },
    } as never);
    await strapi.documents('api::article.article').create({
      status: 'published',
      data: {
        title: `文章 ${serial}`,
        publishDate: new Date(Date.UTC(2020, 0, 1) + serial * DAY + DAY / 2).toISOString(),
        cover: photo.documentId,
        category: category.documentId,
        campaigns: [campaign.documentId],
        // tags in an order of their own per article, shared with other articles
        tags: (serial % 2 ? [tags[2], tags[0], tags[1]] : [tags[1], tags[2]]).map((tag) => tag.documentId),
        gallery: [photo.documentId, ...(previousPhoto ? [previousPhoto] : [])],
        body: [
          { __component: 'article.section', heading: `第一节 ${serial}` },
          { __component: 'article.photo', photo: photo.documentId, captionOverride: `正文图 ${serial}` },
        ],
        bylines: [
          { role: 'photo', person: photographer.documentId },
          { role: 'text', name: `记者 ${serial}` },
        ],
        seo: { metaTitle: `文章 ${serial}`, shareImage: await image() },
      },
    } as never);
    previousPhoto = photo.documentId;
    await strapi.documents('api::activity.activity').create({
      status: 'published',
      data: { title: `活动 ${serial}`, kind: 'heatRelief', startDate: new Date(Date.UTC(2020, 0, 1) + serial * DAY).toISOString().slice(0, 10), fundsAmount: 10, photos: [photo.documentId], campaign: campaign.documentId },
    } as never);
  }
};

/** At least `count` published articles, whichever tests ran before. */
const ensureArticles = async (count: number) => {
  const existing = await strapi.documents('api::article.article').count({ status: 'published' } as never);
  if (existing < count) await createContent(count - existing);
};

beforeAll(async () => {
  app = await startStrapi('query-counts');
  strapi = app.strapi;
}, 300000);

afterAll(async () => {
  await app?.stop();
});

test('queries per request stay the same from 10 to 120 articles and for pages of 5, 25 and 100', async () => {
  // Given 10 articles and 10 activities
  await createContent(10);
  const [first] = (await strapi.documents('api::article.article').findMany({ status: 'published', fields: ['slug'], sort: 'id:asc', limit: 1 } as never)) as unknown as Array<{ slug: string }>;
  pageSlug = first.slug;
  const withTen: Record<string, number> = {};
  for (const [name, url] of Object.entries(ENDPOINTS)) withTen[name] = await queriesOf(url(25));

  // When there are 120 of each
  await createContent(110);

  // Then every page size and every number of articles costs the same number of queries
  for (const [name, url] of Object.entries(ENDPOINTS)) {
    const counts = { name, ten: withTen[name], five: await queriesOf(url(5)), twentyFive: await queriesOf(url(25)), hundred: await queriesOf(url(100)) };
    expect(counts).toEqual({ name, ten: withTen[name], five: withTen[name], twentyFive: withTen[name], hundred: withTen[name] });
  }
}, 300000);

test('the article page by slug runs 2 queries, at most 4 (counted above: the same for any amount of content)', async () => {
  // Strapi's core controller ran 13 for this request before it took the fast path
  // users-permissions' public role lookup, then one statement (as the default list)
  expect(await queriesOf(`/api/articles?filters[slug][$eq]=${pageSlug}`)).toBe(2);
  process.env.ARTICLE_LIST_FAST_PATH = 'off';
  try {
    expect(await queriesOf(`/api/articles?filters[slug][$eq]=${pageSlug}`)).toBeGreaterThan(4);
  } finally {
    delete process.env.ARTICLE_LIST_FAST_PATH;
  }
});

test('a page of 100 articles fills every cover, credit and category (the counts above are of full pages)', async () => {
  const response = await app.http().get(`/api/articles?pagination[pageSize]=100`);
  expect(response.body.data).toHaveLength(100);
  for (const article of response.body.data) {
    expect(article.cover.image.url).toMatch(/^\/uploads\//);
    expect(article.cover.photographer.name).toBeTruthy();
    expect(article.category.name).toBeTruthy();
  }
});

test('the read-path indexes exist after start, and creating them again reads the schema once and writes nothing', async () => {
  const postgres = strapi.db.dialect.client === 'postgres';
  const names = postgres
    ? ((await strapi.db.connection.raw('SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema()')) as { rows: Array<{ name: string }> }).rows
    : ((await strapi.db.connection.raw("SELECT name FROM sqlite_master WHERE type = 'index'")) as Array<{ name: string }>);
  const expected = readPathIndexes(strapi);
  expect(expected.length).toBeGreaterThan(10);
  expect(names.map(({ name }) => name)).toEqual(expect.arrayContaining(expected.map(({ name }) => name)));

  const statements: string[] = [];
  const record = (query: { sql: string }) => statements.push(query.sql);
  strapi.db.connection.on('query', record);
  try {
    await ensureReadPathIndexes(strapi);
  } finally {
    strapi.db.connection.off('query', record);
  }
  expect(statements).toHaveLength(1);
  expect(statements[0]).toMatch(/^SELECT/);
});

describe('GraphQL lists', () => {
  const IMAGE = 'documentId name alternativeText caption focalPoint width height formats hash ext mime size url previewUrl provider provider_metadata createdAt updatedAt publishedAt';
  const PHOTO = 'documentId caption altText creditRole creditName creditLine structuredData takenAt location copyrightNotice usageTerms metadata createdAt updatedAt publishedAt locale';
  const ARTICLE = 'documentId title kicker subtitle slug summary source publishDate scheduledPublishAt scheduledUnpublishAt createdAt updatedAt publishedAt locale';

  /** Each query lists articles; `$size` is its page size. Drafts are read with an API token. */
  const QUERIES: Record<string, string> = {
    // the GraphQL request of the benchmark (scripts/bench/reads.mjs)
    'covers, credits and categories': `query ($size: Int) { articles(pagination: { pageSize: $size }) {
      ${ARTICLE}
      cover { ${PHOTO} image { ${IMAGE} } photographer { documentId name slug } }
      category { documentId name nameEn slug } } }`,
    'to-many relations': `query ($size: Int) { articles(pagination: { pageSize: $size }, sort: "publishDate:desc") {
      documentId
      tags { documentId name slug }
      tagsByName: tags(sort: "name:desc", pagination: { limit: 2 }) { name }
      secondTag: tags(pagination: { start: 1, limit: 1 }) { name }
      gallery { documentId caption image { url formats } photographer { name } }
      campaigns { documentId name } } }`,
    'components and dynamic zones': `query ($size: Int) { articles(pagination: { pageSize: $size }) {
      documentId
      body {
        __typename
        ... on ComponentArticleSection { id heading }
        ... on ComponentArticlePhoto { id captionOverride photo { documentId caption image { url } photographer { documentId name } } }
      }
      bylines { id role name person { documentId name } }
      seo { metaTitle shareImage { url width height } } } }`,
    'drafts': `query ($size: Int) { articles(pagination: { pageSize: $size }, status: DRAFT) {
      documentId title publishedAt cover { documentId publishedAt image { url } } gallery { documentId publishedAt } } }`,
  };

  const post = async (query: string, size: number) => {
    const request = app.http().post('/graphql');
    if (query.includes('status: DRAFT')) request.set('Authorization', `Bearer ${await app.fullAccessToken()}`);
    const response = await request.send({ query, variables: { size } });
    expect({ status: response.status, errors: response.body.errors }).toEqual({ status: 200, errors: undefined });
    return response.body.data as { articles: Array<Record<string, unknown>> };
  };

  /** The answer to a query and the SQL queries it ran, after a first identical request has filled Strapi's caches. */
  const answerOf = async (query: string, size: number) => {
    await post(query, size);
    let queries = 0;
    const count = () => {
      queries += 1;
    };
    strapi.db.connection.on('query', count);
    try {
      return { data: await post(query, size), queries };
    } finally {
      strapi.db.connection.off('query', count);
    }
  };

  /** The same, with every relation loaded one parent at a time, as Strapi does on its own. */
  const unbatchedAnswerOf = async (query: string, size: number) => {
    process.env.GRAPHQL_BATCH = 'off';
    try {
      return await answerOf(query, size);
    } finally {
      delete process.env.GRAPHQL_BATCH;
    }
  };

  beforeAll(async () => {
    await ensureArticles(30);
  }, 300000);

  test.each([
    ['covers, credits and categories', 13],
    ['to-many relations', 19],
    ['components and dynamic zones', 23],
    ['drafts', 14],
  ])('%s: the same %d SQL queries for pages of 2 and 25', async (name, expected) => {
    const two = await answerOf(QUERIES[name], 2);
    const twentyFive = await answerOf(QUERIES[name], 25);
    expect(two.data.articles).toHaveLength(2);
    expect(twentyFive.data.articles).toHaveLength(25);
    expect({ name, two: two.queries, twentyFive: twentyFive.queries }).toEqual({ name, two: expected, twentyFive: expected });
  });

  test.each(Object.keys(QUERIES))('%s: the same JSON as relations loaded one parent at a time', async (name) => {
    const batched = await answerOf(QUERIES[name], 25);
    const unbatched = await unbatchedAnswerOf(QUERIES[name], 25);
    expect(JSON.stringify(batched.data)).toEqual(JSON.stringify(unbatched.data));
    // the comparison is between two different ways of loading
    expect(unbatched.queries).toBeGreaterThan(batched.queries + 25);
  });

  test("a category's articles, more than a page: each category loads its own page, with the same JSON", async () => {
    const query = `query ($size: Int) { categories(pagination: { pageSize: $size }) {
      documentId name
      articles(pagination: { limit: 5 }, sort: "publishDate:desc") { documentId title }
      later: articles(pagination: { start: 5, limit: 3 }) { documentId } } }`;
    const batched = await answerOf(query, 25);
    const unbatched = await unbatchedAnswerOf(query, 25);
    expect(JSON.stringify(batched.data)).toEqual(JSON.stringify(unbatched.data));
    // per field, one batch that stops at its row cap (two queries), then each category's own load
    expect(batched.queries).toBe(unbatched.queries + 4);
    const categories = (batched.data as unknown as { categories: Array<{ articles: unknown[]; later: unknown[] }> }).categories;
    expect(categories.map(({ articles, later }) => [articles.length, later.length])).toContainEqual([5, 3]);
  });

  test('the answers are filled: covers, tags in their own order and pages, bodies with their photos', async () => {
    const { articles } = await post(QUERIES['to-many relations'], 25);
    for (const article of articles) {
      const tags = article.tags as Array<{ name: string }>;
      expect(tags.length).toBeGreaterThanOrEqual(2);
      expect(article.tagsByName).toEqual([...tags].sort((a, b) => (a.name < b.name ? 1 : -1)).slice(0, 2).map(({ name }) => ({ name })));
      expect(article.secondTag).toEqual([{ name: tags[1].name }]);
    }
    const { articles: withBodies } = await post(QUERIES['components and dynamic zones'], 25);
    for (const article of withBodies) {
      const [section, photo] = article.body as Array<Record<string, unknown>>;
      expect(section.__typename).toBe('ComponentArticleSection');
      expect(photo).toMatchObject({ __typename: 'ComponentArticlePhoto', photo: { image: { url: expect.stringMatching(/^\/uploads\//) } } });
      expect((article.bylines as Array<{ person: unknown }>)[0].person).toMatchObject({ name: expect.any(String) });
    }
  });
});
