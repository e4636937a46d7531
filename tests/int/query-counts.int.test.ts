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
};

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

/** Articles and activities, each with a cover photo of its own (image, photographer), a category and a campaign. */
const createContent = async (count: number) => {
  const photographer = await strapi.documents('api::photographer.photographer').create({ data: { name: `摄影${serial}`, defaultRole: 'staffReporter' } } as never);
  const category = await strapi.documents('api::category.category').create({ data: { name: `栏目${serial}` } } as never);
  const campaign = await strapi.documents('api::campaign.campaign').create({ status: 'published', data: { name: `专题${serial}`, startDate: '2020-01-01' } } as never);
  for (let i = 0; i < count; i += 1) {
    serial += 1;
    const photo = await strapi.documents('api::photo.photo').create({
      status: 'published',
      data: { image: await image(), caption: `图 ${serial}`, photographer: photographer.documentId },
    } as never);
    await strapi.documents('api::article.article').create({
      status: 'published',
      data: { title: `文章 ${serial}`, publishDate: new Date(Date.UTC(2020, 0, 1) + serial * DAY + DAY / 2).toISOString(), cover: photo.documentId, category: category.documentId, campaigns: [campaign.documentId] },
    } as never);
    await strapi.documents('api::activity.activity').create({
      status: 'published',
      data: { title: `活动 ${serial}`, kind: 'heatRelief', startDate: new Date(Date.UTC(2020, 0, 1) + serial * DAY).toISOString().slice(0, 10), fundsAmount: 10, photos: [photo.documentId], campaign: campaign.documentId },
    } as never);
  }
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

test('a page of 100 articles fills every cover, credit and category (the counts above are of full pages)', async () => {
  const response = await app.http().get(`/api/articles?pagination[pageSize]=100`);
  expect(response.body.data).toHaveLength(100);
  for (const article of response.body.data) {
    expect(article.cover.image.url).toMatch(/^\/uploads\//);
    expect(article.cover.photographer.name).toBeTruthy();
    expect(article.category.name).toBeTruthy();
  }
});
