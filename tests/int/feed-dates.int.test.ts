/**
 * The feed's dates: an activity or campaign without its own date takes the earliest publishDate of the published
 * articles (same locale) that report it, else its publication time; its own date always comes first.
 */

import { ensureReadPathIndexes, readPathIndexes, retiredReadPathIndexes } from '../../src/read-path';
import { startStrapi, type TestApp } from '../helpers/strapi';

type Json = Record<string, any>;

let app: TestApp;
let auth: Record<string, string>;

const SEED_SLUG = 'zhong-cheng-dang-de-shi-ye-jie-cheng-fu-wu-zhi-gong';

const feed = async (query = ''): Promise<Json> => {
  const response = await app.http().get(`/api/feed${query}`);
  expect({ query, status: response.status }).toEqual({ query, status: 200 });
  return response.body;
};

/** Every item of the feed, following nextCursor page by page. */
const allItems = async (limit: number): Promise<Json[]> => {
  const items: Json[] = [];
  let cursor: string | null = null;
  do {
    const page: Json = await feed(`?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    items.push(...page.data);
    cursor = page.meta.nextCursor;
  } while (cursor);
  return items;
};

const create = async (collection: string, data: Json, status?: 'draft'): Promise<Json> => {
  const response = await app.http().post(`/api/${collection}${status ? `?status=${status}` : ''}`).set(auth).send({ data });
  expect({ collection, status: response.status }).toEqual({ collection, status: 201 });
  return response.body.data;
};

const itemOf = (items: Json[], documentId: string): Json => {
  const item = items.find((candidate) => candidate.documentId === documentId);
  expect(item).toBeDefined();
  return item!;
};

beforeAll(async () => {
  app = await startStrapi('feed-dates', { seed: true });
  auth = { Authorization: `Bearer ${await app.fullAccessToken()}` };
});

afterAll(async () => {
  await app?.stop();
});

describe('feed dates', () => {
  it('puts no undated activity or campaign of the seed article before that article', async () => {
    const seed = (
      await app
        .http()
        .get(`/api/articles?filters[slug][$eq]=${SEED_SLUG}&populate[activities][fields][0]=startDate&populate[campaigns][fields][0]=startDate`)
    ).body.data[0];
    const undated = new Set<string>(
      [...seed.activities, ...seed.campaigns].filter((linked: Json) => linked.startDate === null).map((linked: Json) => linked.documentId)
    );
    expect(undated.size).toBeGreaterThan(0);

    const items = await allItems(100);
    const position = items.findIndex((item) => item.documentId === seed.documentId);
    expect(position).toBeGreaterThanOrEqual(0);
    const before = items.slice(0, position).filter((item) => undated.has(item.documentId));
    expect(before.map((item) => item.title)).toEqual([]);
    // they take the article's date, rather than only sorting below it
    for (const documentId of undated) expect(itemOf(items, documentId).date).toBe(seed.publishDate);
  });

  it("dates an undated activity or campaign by its earliest published article, keeps an own date, and falls back to the publication time", async () => {
    const later = await create('articles', { title: '较晚的报道', publishDate: '2019-05-01T08:00:00.000Z' });
    const earlier = await create('articles', { title: '较早的报道', publishDate: '2019-03-01T08:00:00.000Z' });
    // a draft's date is no published article's date
    const draft = await create('articles', { title: '未发布的更早报道', publishDate: '2018-01-01T08:00:00.000Z' }, 'draft');

    const twice = await create('activities', { title: '两篇报道的活动', articles: [later.documentId, earlier.documentId, draft.documentId] });
    const campaign = await create('campaigns', { name: '两篇报道的专题', articles: [later.documentId, earlier.documentId] });
    const dated = await create('activities', { title: '自有日期的活动', startDate: '2019-08-08', articles: [earlier.documentId] });
    const unlinked = await create('activities', { title: '无报道的活动' });
    expect(unlinked.publishedAt).toBeTruthy();

    const items = await allItems(100);
    expect(itemOf(items, twice.documentId).date).toBe('2019-03-01T08:00:00.000Z');
    expect(itemOf(items, campaign.documentId).date).toBe('2019-03-01T08:00:00.000Z');
    expect(itemOf(items, dated.documentId).date).toBe('2019-08-08T00:00:00.000Z');
    expect(itemOf(items, unlinked.documentId).date).toBe(new Date(unlinked.publishedAt).toISOString());
    // the article first, then what it reports
    const positions = [earlier, twice, campaign].map(({ documentId }) => items.findIndex((item) => item.documentId === documentId));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(positions[2] - positions[0]).toBe(2);
  });

  it('gives every item exactly once, in order, across cursor pages of any size', async () => {
    const whole = await allItems(100);
    const ids = whole.map((item) => `${item.type}:${item.documentId}`);
    expect(new Set(ids).size).toBe(ids.length);
    const dates = whole.map((item) => item.date);
    expect([...dates].sort().reverse()).toEqual(dates);
    // the seed's undated items share their article's date: a page boundary falls inside that tie
    expect(dates.filter((date) => date === '2020-04-30T00:00:00.000Z').length).toBeGreaterThan(3);
    for (const limit of [1, 2, 3, 7]) {
      expect((await allItems(limit)).map((item) => `${item.type}:${item.documentId}`)).toEqual(ids);
    }
  });

  it('drops the feed expression indexes activities and campaigns no longer sort by', async () => {
    const knex = app.strapi.db.connection;
    const indexNames = async (): Promise<string[]> =>
      app.strapi.db.dialect.client === 'postgres'
        ? ((await knex.raw('SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema()')) as { rows: Array<{ name: string }> }).rows.map(({ name }) => name)
        : ((await knex.raw("SELECT name FROM sqlite_master WHERE type = 'index'")) as Array<{ name: string }>).map(({ name }) => name);
    const retired = retiredReadPathIndexes(app.strapi);
    expect(retired).toHaveLength(2);
    const current = readPathIndexes(app.strapi).map(({ name }) => name);
    expect(retired.filter(({ name }) => current.includes(name))).toEqual([]);
    // as an earlier version left them
    for (const { table, name } of retired) await knex.schema.alterTable(table, (builder) => builder.index(['id'], name));
    expect(await indexNames()).toEqual(expect.arrayContaining(retired.map(({ name }) => name)));

    await ensureReadPathIndexes(app.strapi);
    const names = await indexNames();
    expect(names.filter((name) => retired.some((index) => index.name === name))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(readPathIndexes(app.strapi).map(({ name }) => name)));
  });
});
