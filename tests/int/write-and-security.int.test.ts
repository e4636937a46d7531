/**
 * What the public may not do, what authenticated writes must satisfy, and the rules the server keeps:
 * slugs, credit lines, drafts.
 */

import sharp from 'sharp';
import { startStrapi, type TestApp } from '../helpers/strapi';

type Json = Record<string, any>;

let app: TestApp;
let token: string;

const COLLECTIONS = ['articles', 'photos', 'photographers', 'activities', 'campaigns', 'organizations', 'categories', 'tags'];
const WITH_DRAFTS = ['articles', 'photos', 'activities', 'campaigns'];

const authed = () => ({ Authorization: `Bearer ${token}` });

const jpeg = () => sharp({ create: { width: 64, height: 48, channels: 3, background: '#246' } }).jpeg().toBuffer();

const uploadImage = async (): Promise<number> => {
  const response = await app.http().post('/api/upload').set(authed()).attach('files', await jpeg(), 'test.jpg');
  expect(response.status).toBe(201);
  return response.body[0].id as number;
};

const create = async (collection: string, data: Json, query = ''): Promise<Json> => {
  const response = await app.http().post(`/api/${collection}${query}`).set(authed()).send({ data });
  expect(response.status).toBe(201);
  return response.body.data as Json;
};

beforeAll(async () => {
  app = await startStrapi('write-and-security');
  token = await app.fullAccessToken();
});

afterAll(async () => {
  await app?.stop();
});

describe('the public role', () => {
  let documentIds: Record<string, string>;

  beforeAll(async () => {
    const photographer = await create('photographers', { name: '陈文骁', nameEn: 'Chen Wenxiao' });
    const image = await uploadImage();
    documentIds = {
      articles: (await create('articles', { title: '公开文章' })).documentId,
      photos: (await create('photos', { image, creditRole: 'staffReporter', photographer: photographer.documentId })).documentId,
      photographers: photographer.documentId,
      activities: (await create('activities', { title: '公开活动', kind: 'other' })).documentId,
      campaigns: (await create('campaigns', { name: '公开专题' })).documentId,
      organizations: (await create('organizations', { name: '公开组织', kind: 'partner' })).documentId,
      categories: (await create('categories', { name: '公开栏目' })).documentId,
      tags: (await create('tags', { name: '公开标签' })).documentId,
    };
  });

  test.each(COLLECTIONS)('cannot create, update or delete %s (403), and nothing changes', async (collection) => {
    const created = await app.http().post(`/api/${collection}`).send({ data: { title: 'x', name: 'x' } });
    expect(created.status).toBe(403);
    expect(created.body.error).toMatchObject({ status: 403, name: 'ForbiddenError' });

    const documentId = documentIds[collection];
    const updated = await app.http().put(`/api/${collection}/${documentId}`).send({ data: { title: 'changed', name: 'changed' } });
    expect(updated.status).toBe(403);
    const deleted = await app.http().delete(`/api/${collection}/${documentId}`);
    expect(deleted.status).toBe(403);

    const after = await app.http().get(`/api/${collection}/${documentId}`);
    expect(after.status).toBe(200);
    expect(after.body.data.title ?? after.body.data.name).not.toBe('changed');
  });

  test.each(WITH_DRAFTS)('is refused drafts of %s over REST (403)', async (collection) => {
    for (const url of [`/api/${collection}?status=draft`, `/api/${collection}/${documentIds[collection]}?status=draft`]) {
      const response = await app.http().get(url);
      expect(response.status).toBe(403);
      expect(response.body.error).toMatchObject({ status: 403, name: 'ForbiddenError' });
    }
  });

  it('is refused drafts over GraphQL', async () => {
    const response = await app.http().post('/graphql').send({ query: '{ articles(status: DRAFT) { title } }' });
    expect(response.body.data?.articles ?? null).toBeNull();
    expect(response.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('is refused GraphQL mutations', async () => {
    const response = await app
      .http()
      .post('/graphql')
      .send({ query: 'mutation { createArticle(data: { title: "x" }) { documentId } }' });
    expect(response.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('never sees a draft-only document, in lists or by id', async () => {
    const draft = await create('articles', { title: '尚未发布的稿件' }, '?status=draft');
    const list = await app.http().get('/api/articles?pagination[pageSize]=100');
    expect(list.body.data.map((article: Json) => article.documentId)).not.toContain(draft.documentId);
    const byId = await app.http().get(`/api/articles/${draft.documentId}`);
    expect(byId.status).toBe(404);
    const graphql = await app.http().post('/graphql').send({ query: '{ articles { title } }' });
    expect(graphql.body.data.articles.map((article: Json) => article.title)).not.toContain('尚未发布的稿件');
  });

  it('can still read drafts with a token', async () => {
    const response = await app.http().get('/api/articles?status=draft').set(authed());
    expect(response.status).toBe(200);
  });

  it('cannot upload (403), and no file is stored', async () => {
    const response = await app.http().post('/api/upload').attach('files', await jpeg(), 'intruder.jpg');
    expect(response.status).toBe(403);
    const files = await app.strapi.db.query('plugin::upload.file').count({ where: { name: 'intruder.jpg' } });
    expect(files).toBe(0);
  });

  it('cannot read admin users or private fields through relations', async () => {
    const response = await app.http().get('/api/articles?filters[createdBy][email][$eq]=x');
    expect(response.status).toBe(400);
  });
});

describe('validation', () => {
  it('names the missing required field (400 ValidationError) and writes nothing', async () => {
    const before = await app.strapi.db.query('api::article.article').count();
    const response = await app.http().post('/api/articles').set(authed()).send({ data: { summary: '没有标题' } });
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
    expect(response.body.error.details.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: ['title'] })])
    );
    expect(await app.strapi.db.query('api::article.article').count()).toBe(before);
  });

  it('refuses an unknown field (400)', async () => {
    const response = await app.http().post('/api/articles').set(authed()).send({ data: { title: '标题', notAField: 1 } });
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
    expect(response.body.error.message).toContain('notAField');
  });

  it('refuses an unknown enumeration value (400)', async () => {
    const response = await app.http().post('/api/activities').set(authed()).send({ data: { title: '活动', kind: 'party' } });
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
  });

  it('refuses a negative amount of money (400)', async () => {
    const response = await app.http().post('/api/activities').set(authed()).send({ data: { title: '活动', fundsAmount: -5 } });
    expect(response.status).toBe(400);
  });

  it.each(['all', 'xx-YY', 'fr'])('refuses a write in the locale %s that does not exist (400) and stores nothing', async (locale) => {
    const articles = app.strapi.db.query('api::article.article');
    const before = await articles.count();
    const response = await app.http().post(`/api/articles?status=draft&locale=${locale}`).set(authed()).send({ data: { title: '无处可去' } });
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
    expect(response.body.error.details.errors).toEqual([expect.objectContaining({ path: ['locale'] })]);
    expect(await articles.count()).toBe(before);
    expect(await articles.count({ where: { locale } })).toBe(0);
  });

  it('still writes in an existing locale and in the default one', async () => {
    const english = await create('articles', { title: 'Somewhere to go' }, '?status=draft&locale=en');
    expect(english.locale).toBe('en');
    const chinese = await create('articles', { title: '有处可去' }, '?status=draft');
    expect(chinese.locale).toBe('zh-Hans');
  });

  it('refuses a body that is not JSON (400)', async () => {
    const response = await app
      .http()
      .post('/api/articles')
      .set({ ...authed(), 'Content-Type': 'application/json' })
      .send('{"data": {');
    expect(response.status).toBe(400);
  });
});

describe('slugs', () => {
  it('generates pinyin from a Chinese title, unique with a suffix', async () => {
    const first = await create('articles', { title: '金秋助学 现场资助' });
    const second = await create('articles', { title: '金秋助学 现场资助' });
    expect(first.slug).toBe('jin-qiu-zhu-xue-xian-chang-zi-zhu');
    expect(second.slug).toBe('jin-qiu-zhu-xue-xian-chang-zi-zhu-2');
  });

  it('keeps a slug a person typed', async () => {
    const article = await create('articles', { title: '任意标题', slug: 'my-own-slug' });
    expect(article.slug).toBe('my-own-slug');
  });

  it('refuses a slug that is taken (400)', async () => {
    await create('articles', { title: '第一篇', slug: 'taken-slug' });
    const response = await app.http().post('/api/articles').set(authed()).send({ data: { title: '第二篇', slug: 'taken-slug' } });
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
  });

  it('refuses a slug that is not ASCII (400)', async () => {
    const response = await app.http().post('/api/articles').set(authed()).send({ data: { title: '标题', slug: '中文-slug' } });
    expect(response.status).toBe(400);
  });

  it('falls back to the type name for a title with nothing to transliterate', async () => {
    const tag = await create('tags', { name: '！？' });
    expect(tag.slug).toMatch(/^tag(-\d+)?$/);
  });

  it('keeps the slug when the title changes, and regenerates it when cleared', async () => {
    const campaign = await create('campaigns', { name: '送清凉' });
    expect(campaign.slug).toBe('song-qing-liang');
    const renamed = await app.http().put(`/api/campaigns/${campaign.documentId}`).set(authed()).send({ data: { name: '夏季送清凉' } });
    expect(renamed.body.data.slug).toBe('song-qing-liang');
    const cleared = await app.http().put(`/api/campaigns/${campaign.documentId}`).set(authed()).send({ data: { slug: '' } });
    expect(cleared.body.data.slug).toBe('xia-ji-song-qing-liang');
  });
});

describe('credit lines', () => {
  it('are computed by the server; a client cannot write one', async () => {
    const photographer = await create('photographers', { name: '徐度晓', nameEn: 'Xu Duxiao' });
    const image = await uploadImage();
    const response = await app
      .http()
      .post('/api/photos')
      .set(authed())
      .send({ data: { image, creditRole: 'correspondent', photographer: photographer.documentId, creditLine: 'forged' } });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('creditLine');

    const accepted = await create('photos', { image, creditRole: 'correspondent', photographer: photographer.documentId });
    expect(accepted.creditLine).toBe('■ 摄影 通讯员 徐度晓');
    const stored = await app.strapi.db.query('api::photo.photo').findMany({ where: { creditLine: 'forged' } });
    expect(stored).toHaveLength(0);
  });

  it('follow the credit role and the photographer, in every locale', async () => {
    const photographer = await create('photographers', { name: '万善朝', nameEn: 'Wan Shanchao' });
    const image = await uploadImage();
    const photo = await create('photos', { image, creditRole: 'staffReporter', photographer: photographer.documentId, caption: '图' });
    expect(photo.creditLine).toBe('■ 摄影 记者 万善朝');

    const english = await app
      .http()
      .put(`/api/photos/${photo.documentId}?locale=en`)
      .set(authed())
      .send({ data: { caption: 'Picture', photographer: photographer.documentId } });
    expect(english.status).toBe(200);
    expect(english.body.data.creditLine).toBe('Photo: Wan Shanchao, staff reporter');

    const filed = await app.http().put(`/api/photos/${photo.documentId}`).set(authed()).send({ data: { creditRole: 'filePhoto' } });
    expect(filed.body.data.creditLine).toBe('资料图片');
    const englishAfter = await app.http().get(`/api/photos/${photo.documentId}?locale=en`);
    expect(englishAfter.body.data.creditLine).toBe('File photo');
  });

  it('change everywhere when a photographer is renamed or deleted', async () => {
    const photographer = await create('photographers', { name: '陈文', nameEn: 'Chen Wen' });
    const image = await uploadImage();
    const photo = await create('photos', { image, creditRole: 'staffReporter', photographer: photographer.documentId });
    const article = await create('articles', { title: '署名更新', cover: photo.documentId });

    await app.http().put(`/api/photographers/${photographer.documentId}`).set(authed()).send({ data: { name: '陈文骁' } });
    const afterRename = await app.http().get(`/api/articles/${article.documentId}`);
    expect(afterRename.body.data.cover.creditLine).toBe('■ 摄影 记者 陈文骁');

    await app.http().delete(`/api/photographers/${photographer.documentId}`).set(authed());
    const afterDelete = await app.http().get(`/api/photos/${photo.documentId}`);
    expect(afterDelete.body.data.creditLine).toBeNull();
  });
});
