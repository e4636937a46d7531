import { randomBytes } from 'crypto';
import { feedRows, FEED_UIDS } from '../../src/read-path';
import { entityOf } from '../../src/read-path/names';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
beforeAll(async () => { app = await startStrapi('feed-plan', { seed: true }); });
afterAll(async () => { await app?.stop(); });

const time = async (label: string) => {
  const stream = feedRows(app.strapi);
  const types = ['article', 'activity', 'campaign'] as const;
  const q = { locale: 'zh-Hans', limit: 20, types: [...types] };
  for (let i = 0; i < 5; i++) await stream.rows(q);
  const n = 30;
  let t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) await stream.rows(q);
  const first = Number(process.hrtime.bigint() - t0) / 1e6 / n;
  const page = await stream.rows(q);
  const last = page[page.length - 2];
  const q2 = { ...q, after: { d: last.sortDate, t: last.type, i: Number(last.id) } };
  t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) await stream.rows(q2);
  const second = Number(process.hrtime.bigint() - t0) / 1e6 / n;
  const sql = stream.query(q)!.toSQL();
  const pg = app.strapi.db.dialect.client === 'postgres';
  const plan = await app.strapi.db.connection.raw(`${pg ? 'EXPLAIN ANALYZE' : 'EXPLAIN QUERY PLAN'} ${sql.sql}`, sql.bindings as any);
  const text = pg ? plan.rows.map((r: any) => r['QUERY PLAN']).join('\n') : plan.map((r: any) => r.detail).join('\n');
  console.log(`${label}: first page ${first.toFixed(2)} ms, second page ${second.toFixed(2)} ms\n${text}`);
};

it('measures', async () => {
  await time('seed');
  const activity = entityOf(app.strapi, FEED_UIDS.activity);
  const article = entityOf(app.strapi, FEED_UIDS.article);
  const knex = app.strapi.db.connection;
  const seedArticle = await knex(article.table).whereNotNull(article.column('publishedAt')).andWhere(article.column('locale'), 'zh-Hans').first(article.column('id'));
  const rows = Array.from({ length: 500 }, (_, i) => ({
    [activity.column('documentId')]: randomBytes(12).toString('hex'),
    [activity.column('title')]: `生成活动${i}`,
    [activity.column('locale')]: 'zh-Hans',
    [activity.column('publishedAt')]: new Date(Date.now() - i * 1000),
    [activity.column('createdAt')]: new Date(),
    [activity.column('updatedAt')]: new Date(),
    ...(i % 3 === 0 ? { [activity.column('startDate')]: '2021-01-01' } : {}),
  }));
  const ids: number[] = [];
  for (const row of rows) { const [r] = await knex(activity.table).insert(row).returning(activity.column('id')); ids.push(typeof r === 'object' ? r.id : r); }
  const link = activity.link('articles');
  await knex(link.table).insert(ids.filter((_, i) => i % 2 === 0).map((id) => ({ [link.from]: id, [link.to]: seedArticle.id })));
  if (app.strapi.db.dialect.client === 'postgres') await knex.raw('ANALYZE');
  await time('500 more activities (1/3 dated, 1/2 linked)');
});
