/**
 * The feed's order is the same on SQLite and PostgreSQL: the seeded newsroom on each, page by page, item for item
 * (dates from own dates, reporting articles and ties alike). PostgreSQL tier only (it needs both databases).
 */

import { startStrapi, type TestApp } from '../helpers/strapi';

type Json = Record<string, any>;

let app: TestApp | undefined;

afterAll(async () => {
  await app?.stop();
});

/** Every item of the zh-Hans feed as (type, title, date), following nextCursor page by page. */
const feedOf = async (app: TestApp, limit: number): Promise<string[]> => {
  const items: string[] = [];
  let cursor: string | null = null;
  do {
    const response = await app.http().get(`/api/feed?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(response.status).toBe(200);
    items.push(...response.body.data.map((item: Json) => `${item.type} ${item.title} ${item.date}`));
    cursor = response.body.meta.nextCursor;
  } while (cursor);
  return items;
};

// two seeded instances one after the other: 85 s while the other tier runs; the default 120 s was too tight once
it('orders the seeded feed identically on SQLite and PostgreSQL, across cursor pages', async () => {
  const started = Date.now();
  // one instance at a time: two Strapi instances cannot share a process
  const pages: Record<string, string[][]> = {};
  for (const client of ['sqlite', 'postgres'] as const) {
    app = await startStrapi(`feed-order-${client}`, { seed: true, client });
    pages[client] = [await feedOf(app, 100), await feedOf(app, 1), await feedOf(app, 4)];
    await app.stop();
    app = undefined;
  }
  const whole = pages.sqlite[0];
  expect(whole.length).toBe(21);
  // every seeded item's date is its own or its reporting article's, not the (instance-dependent) seeding time
  expect(whole.filter((item) => Date.parse(item.split(' ').pop() as string) >= started)).toEqual([]);
  expect(pages.postgres).toEqual([whole, whole, whole]);
  expect(pages.sqlite).toEqual([whole, whole, whole]);
}, 300000);
