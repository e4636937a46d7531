/**
 * The fast path of the default article list (src/api/article/services/article-list.ts) answers exactly what
 * Strapi's core controller answers for the same request: deep-equal JSON, published versions only, the same
 * pagination meta, and the same 400s (which it leaves to the core path). Its query count does not grow with the
 * page size.
 */

import fs from 'fs/promises';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';
import fc from 'fast-check';
import qs from 'qs';
import { SEED_TITLE } from '../helpers/backup';
import { plainJpeg } from '../helpers/images';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let strapi: Core.Strapi;

interface Body {
  data: Array<Record<string, unknown>>;
  meta: { pagination: Record<string, number> };
}

const defaultPopulate = qs.stringify(
  {
    populate: {
      cover: { populate: { image: true, photographer: { fields: ['name', 'nameEn', 'slug', 'defaultRole'] } } },
      category: { fields: ['name', 'nameEn', 'slug'] },
    },
  },
  { encodeValuesOnly: true }
);

/** How many times the fast path served a request, counted around `work`. */
const fastCalls = async (work: () => Promise<void>): Promise<number> => {
  const service = strapi.service('api::article.article-list') as unknown as { find: (...args: unknown[]) => Promise<unknown> };
  const spy = jest.spyOn(service, 'find');
  try {
    await work();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
};

const get = async (url: string): Promise<{ status: number; body: Body }> => {
  const response = await app.http().get(url);
  return { status: response.status, body: response.body as Body };
};

/** The fast answer, the core controller's answer to the same request with the populate spelled out, and with the switch off. */
const threeWays = async (query: string) => {
  let fast: { status: number; body: Body } | undefined;
  const calls = await fastCalls(async () => {
    fast = await get(`/api/articles?${query}`);
  });
  const explicit = await get(`/api/articles?${query}${query ? '&' : ''}${defaultPopulate}`);
  process.env.ARTICLE_LIST_FAST_PATH = 'off';
  let switchedOff: { status: number; body: Body } | undefined;
  try {
    const offCalls = await fastCalls(async () => {
      switchedOff = await get(`/api/articles?${query}`);
    });
    expect(offCalls).toBe(0);
  } finally {
    delete process.env.ARTICLE_LIST_FAST_PATH;
  }
  return { calls, fast: fast!, explicit, switchedOff: switchedOff! };
};

const DAY = 24 * 3600_000;
let serial = 0;
const publishDate = () => {
  serial += 1;
  return new Date(Date.UTC(2021, 0, 1) + serial * DAY + serial * 1000).toISOString();
};

const uploadImage = async (name: string): Promise<number> => {
  const filepath = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'fast-path-')), name);
  const buffer = await plainJpeg(64, 48);
  await fs.writeFile(filepath, buffer);
  const [file] = (await strapi.plugin('upload').service('upload').upload({
    data: { fileInfo: { name, alternativeText: `alt ${name}`, caption: `caption ${name}` } },
    files: { filepath, originalFilename: name, mimetype: 'image/jpeg', size: buffer.length },
  })) as Array<{ id: number }>;
  return file.id;
};

/** Articles of every shape the list can show, beside the demo seed. */
const createContent = async () => {
  const documents = (uid: string) => strapi.documents(uid as never) as unknown as {
    create: (params: unknown) => Promise<{ documentId: string }>;
    update: (params: unknown) => Promise<unknown>;
    publish: (params: unknown) => Promise<unknown>;
    unpublish: (params: unknown) => Promise<unknown>;
  };
  const photographer = await documents('api::photographer.photographer').create({ data: { name: '快照', nameEn: 'Fast Shot', defaultRole: 'staffReporter', bio: 'not in the list' } });
  const category = await documents('api::category.category').create({ data: { name: '快讯', nameEn: 'Flash', description: 'not in the list' } });
  const image = await uploadImage('fast-cover.jpg');

  const photo = async (data: Record<string, unknown>, { locale = 'zh-Hans', status = 'published' } = {}) =>
    (await documents('api::photo.photo').create({ status, locale, data: { caption: `图 ${serial}`, ...data } })).documentId;
  const credited = await photo({ image, photographer: photographer.documentId, creditRole: 'staffReporter', takenAt: '2021-05-01T08:30:00.000Z', structuredData: { '@type': 'ImageObject', n: 1 }, metadata: { source: 'test' } });
  const uncredited = await photo({ image, creditName: '读者' });
  const imageless = await photo({ photographer: photographer.documentId });
  const draftOnly = await photo({ image }, { status: 'draft' });
  const english = await photo({ image, photographer: photographer.documentId, caption: 'English photo' }, { locale: 'en' });
  // a published photo whose draft has moved on: the list shows the published caption
  await documents('api::photo.photo').update({ documentId: credited, locale: 'zh-Hans', data: { caption: '草稿里的新说明' } });

  const article = async (data: Record<string, unknown>, { locale = 'zh-Hans', status = 'published' } = {}) =>
    (await documents('api::article.article').create({ status, locale, data: { title: `快速文章 ${serial}`, publishDate: publishDate(), ...data } })).documentId;
  await article({ cover: credited, category: category.documentId, kicker: '引题', summary: '摘要' });
  await article({ cover: uncredited });
  await article({ cover: imageless, category: category.documentId });
  await article({ cover: draftOnly, category: category.documentId });
  await article({});
  await article({ publishDate: null });
  await article({ title: 'a draft never shown' }, { status: 'draft' });
  const unpublished = await article({ title: 'published, then unpublished' });
  await documents('api::article.article').unpublish({ documentId: unpublished, locale: 'zh-Hans' });
  const changed = await article({ title: 'published title', cover: credited });
  await documents('api::article.article').update({ documentId: changed, locale: 'zh-Hans', data: { title: 'draft title not shown' } });
  await article({ title: 'English story', cover: english }, { locale: 'en' });
  await article({ title: 'English story without cover' }, { locale: 'en' });
  for (let i = 0; i < 30; i += 1) await article({ cover: i % 3 === 0 ? credited : i % 3 === 1 ? uncredited : undefined, category: i % 2 ? category.documentId : undefined });

  // an article page with many photos and sections, in both locales (the by-slug request shows its cover and category)
  const gallery: string[] = [];
  for (let i = 0; i < 12; i += 1) gallery.push(await photo({ image, photographer: photographer.documentId, caption: `组图 ${i}` }));
  const body = gallery.flatMap((photoId, i) => [
    { __component: 'article.section', heading: `第 ${i} 节` },
    { __component: 'article.photo', photo: photoId },
  ]);
  const many = await article({ title: '多图文章', cover: gallery[0], category: category.documentId, gallery, body });
  const englishGallery: string[] = [];
  for (let i = 0; i < 6; i += 1) englishGallery.push(await photo({ image, photographer: photographer.documentId, caption: `Gallery ${i}` }, { locale: 'en' }));
  await documents('api::article.article').update({
    documentId: many,
    locale: 'en',
    data: { title: 'Many photos', cover: englishGallery[0], category: category.documentId, gallery: englishGallery, publishDate: publishDate() },
  });
  await documents('api::article.article').publish({ documentId: many, locale: 'en' });
};

/** The slugs of published articles, per locale (the seed article's among them). */
const slugs: Record<string, string[]> = {};
const publishedSlugs = async () => {
  for (const locale of ['zh-Hans', 'en']) {
    const found = (await strapi.documents('api::article.article').findMany({ locale, status: 'published', fields: ['slug'], limit: 500 } as never)) as unknown as Array<{ slug: string | null }>;
    slugs[locale] = found.map((article) => article.slug).filter((slug): slug is string => Boolean(slug));
  }
};

beforeAll(async () => {
  app = await startStrapi('article-list-fast-path', { seed: true });
  strapi = app.strapi;
  await createContent();
  await publishedSlugs();
}, 300000);

afterAll(async () => {
  await app?.stop();
});

const QUERIES = [
  '',
  'pagination[pageSize]=25',
  'pagination[pageSize]=5&pagination[page]=2',
  'pagination[pageSize]=7&pagination[page]=3&pagination[withCount]=true',
  'pagination[pageSize]=100',
  'pagination[pageSize]=10&pagination[page]=99',
  'locale=zh-Hans&pagination[pageSize]=50',
  'locale=en',
  'locale=fr',
  'sort=publishDate:desc&pagination[pageSize]=10',
  'sort=publishDate:asc&pagination[pageSize]=10&pagination[page]=2',
  'sort=publishedAt:desc',
  'sort=id:desc&pagination[pageSize]=6',
  'sort=createdAt',
  'sort=updatedAt:desc&pagination[pageSize]=3&pagination[page]=4',
  'locale=en&sort=id:desc&pagination[pageSize]=1&pagination[page]=2',
  'locale=en&pagination[page]=5',
];

test.each(QUERIES)('GET /api/articles?%s: the fast answer deep-equals the core controller’s', async (query) => {
  const { calls, fast, explicit, switchedOff } = await threeWays(query);
  expect(calls).toBe(1);
  expect(fast.status).toBe(200);
  expect(explicit.status).toBe(200);
  expect(fast.body).toEqual(explicit.body);
  expect(fast.body).toEqual(switchedOff.body);
  // the same keys (toEqual would let an undefined key pass)
  expect(JSON.stringify(Object.keys(fast.body.data[0] ?? {}).sort())).toBe(JSON.stringify(Object.keys(explicit.body.data[0] ?? {}).sort()));
});

test('the pages hold what the data set has: published versions only, every cover shape, both locales', async () => {
  const { body } = await get('/api/articles?pagination[pageSize]=100');
  const titles = body.data.map((article) => article.title);
  expect(titles).not.toContain('a draft never shown');
  expect(titles).not.toContain('published, then unpublished');
  expect(titles).not.toContain('draft title not shown');
  expect(titles).toContain('published title');
  const covers = body.data.map((article) => article.cover as Record<string, unknown> | null);
  expect(covers.some((cover) => cover && cover.image && cover.photographer)).toBe(true);
  expect(covers.some((cover) => cover && cover.image && cover.photographer === null)).toBe(true);
  expect(covers.some((cover) => cover && cover.image === null && cover.photographer)).toBe(true);
  expect(covers.some((cover) => cover === null)).toBe(true);
  expect(covers.map((cover) => cover?.caption)).not.toContain('草稿里的新说明');
  for (const cover of covers) if (cover) expect(cover).not.toHaveProperty('submittedBy');
  const english = await get('/api/articles?locale=en');
  const story = english.body.data.find((article) => article.title === 'English story');
  expect((story?.cover as Record<string, unknown> | null)?.caption).toBe('English photo');
  expect(english.body.data.map((article) => article.title)).toEqual(expect.arrayContaining(['English story', 'English story without cover']));
});

test.each([
  'pagination[pageSize]=abc',
  'pagination[page]=-1',
  'pagination[pageSize]=0',
  'pagination[pageSize]=1000',
  'pagination[withCount]=false',
  'pagination[start]=0&pagination[limit]=5',
  'unknown=1',
  'sort=nope',
  'sort=title:desc',
  'sort[0]=publishDate:desc',
  'fields[0]=title',
  'filters[title][$eq]=x',
  'status=published',
  'locale=*',
])('GET /api/articles?%s takes the core path and answers as Strapi does', async (query) => {
  const { calls, fast, explicit, switchedOff } = await threeWays(query);
  expect(calls).toBe(0);
  expect({ status: fast.status, body: fast.body }).toEqual({ status: switchedOff.status, body: switchedOff.body });
  if (query === 'unknown=1' || query === 'sort=nope') expect(fast.status).toBe(400);
  if (!query.startsWith('fields') && fast.status === 400) expect(explicit.status).toBe(400);
});

test('a change of the default locale shows on the next request', async () => {
  const locales = strapi.plugin('i18n').service('locales') as { getDefaultLocale(): Promise<string>; setDefaultLocale(params: { code: string }): Promise<unknown> };
  const before = await locales.getDefaultLocale();
  await locales.setDefaultLocale({ code: 'en' });
  try {
    const { calls, fast, explicit } = await threeWays('');
    expect(calls).toBe(1);
    expect(fast.body).toEqual(explicit.body);
    expect(fast.body.data.map((article) => article.locale)).toEqual(expect.arrayContaining(['en']));
    expect(new Set(fast.body.data.map((article) => article.locale))).toEqual(new Set(['en']));
  } finally {
    await locales.setDefaultLocale({ code: before });
  }
});

test('a default locale stored in another JSON spelling is read through i18n', async () => {
  const store = () => strapi.db.connection('strapi_core_store_settings').where({ key: 'plugin_i18n_default_locale' });
  const [{ value }] = (await store().select('value')) as Array<{ value: string }>;
  // JSON.parse reads it as "en"; the statement's own reading only takes a bare JSON string
  await store().update({ value: ' "en"' });
  try {
    const { calls, fast, explicit } = await threeWays('');
    expect(calls).toBe(1);
    expect(fast.body).toEqual(explicit.body);
    expect(new Set(fast.body.data.map((article) => article.locale))).toEqual(new Set(['en']));
  } finally {
    await store().update({ value });
  }
});

test('an authenticated caller takes the core path', async () => {
  const token = await app.fullAccessToken();
  const calls = await fastCalls(async () => {
    expect((await app.http().get('/api/articles').set('Authorization', `Bearer ${token}`)).status).toBe(200);
  });
  expect(calls).toBe(0);
});

test('the fast list runs the same number of SQL queries for pages of 5, 25 and 100', async () => {
  const queriesOf = async (url: string): Promise<number> => {
    let queries = 0;
    const count = () => {
      queries += 1;
    };
    strapi.db.connection.on('query', count);
    try {
      expect((await app.http().get(url)).status).toBe(200);
    } finally {
      strapi.db.connection.off('query', count);
    }
    return queries;
  };
  await queriesOf('/api/articles');
  const counts = [5, 25, 100].map((size) => `/api/articles?pagination[pageSize]=${size}`);
  const measured: number[] = [];
  for (const url of counts) measured.push(await queriesOf(url));
  // users-permissions' public role lookup, then one statement: default locale, page, count, covers and categories
  expect(measured).toEqual([2, 2, 2]);
  const core = await queriesOf(`/api/articles?pagination[pageSize]=25&${defaultPopulate}`);
  expect(measured[0]).toBeLessThan(core);
});

describe('the article page by slug (filters[slug][$eq], the default populate)', () => {
  const slugOf = async (title: string, locale: string): Promise<string> => {
    const found = (await strapi.documents('api::article.article').findFirst({ filters: { title }, locale, status: 'published', fields: ['slug'] } as never)) as { slug: string } | null;
    if (!found?.slug) throw new Error(`no published article "${title}" in ${locale}`);
    return found.slug;
  };

  test.each([
    ['the seed article', SEED_TITLE, 'zh-Hans', false],
    ['an article with many photos and sections', '多图文章', 'zh-Hans', false],
    ['its English version', 'Many photos', 'en', true],
    ['its English version, filters[slug]=… without $eq', 'Many photos', 'en', 'plain'],
  ] as const)('%s: the fast answer deep-equals the core controller’s', async (_name, title, locale, how) => {
    const slug = await slugOf(title, locale);
    const filter = how === 'plain' ? `filters[slug]=${slug}` : `filters[slug][$eq]=${slug}`;
    const query = `${how ? `locale=${locale}&` : ''}${filter}`;
    const { calls, fast, explicit, switchedOff } = await threeWays(query);
    expect(calls).toBe(1);
    expect(fast.status).toBe(200);
    expect(fast.body.data).toHaveLength(1);
    expect(fast.body).toEqual(explicit.body);
    expect(fast.body).toEqual(switchedOff.body);
    expect(JSON.stringify(Object.keys(fast.body.data[0]).sort())).toBe(JSON.stringify(Object.keys(explicit.body.data[0]).sort()));
  });

  test('an unknown slug, and one of the other locale: an empty page, as the core controller answers', async () => {
    for (const query of ['filters[slug][$eq]=no-such-article', `locale=en&filters[slug][$eq]=${slugs['zh-Hans'][0]}`]) {
      const { calls, fast, explicit } = await threeWays(query);
      expect(calls).toBe(1);
      expect(fast.body).toEqual(explicit.body);
    }
  });

  test.each(['filters[slug][$eq]=中文', 'filters[slug][$ne]=x', 'filters[slug][$eq][0]=a', 'filters[slug][$eq]=a&filters[title][$eq]=b'])(
    '%s takes the core path',
    async (query) => {
      const { calls, fast, switchedOff } = await threeWays(query);
      expect(calls).toBe(0);
      expect({ status: fast.status, body: fast.body }).toEqual({ status: switchedOff.status, body: switchedOff.body });
    }
  );
});

test('property: any combination of the parameters the fast path serves answers as the core controller does', async () => {
  const sortText = fc.option(
    fc.tuple(fc.constantFrom('id', 'publishDate', 'publishedAt', 'createdAt', 'updatedAt'), fc.constantFrom('', ':asc', ':desc')).map(([field, order]) => `sort=${field}${order}`),
    { nil: undefined }
  );
  const slugOf = fc.oneof(fc.constantFrom(...slugs['zh-Hans'].slice(0, 20), ...slugs.en), fc.constant('no-such-article'));
  const request = fc.record(
    {
      page: fc.integer({ min: 1, max: 6 }).map((page) => `pagination[page]=${page}`),
      pageSize: fc.integer({ min: 1, max: 100 }).map((size) => `pagination[pageSize]=${size}`),
      withCount: fc.constant('pagination[withCount]=true'),
      locale: fc.constantFrom('zh-Hans', 'en', 'fr').map((locale) => `locale=${locale}`),
      sort: sortText,
      slug: fc.tuple(slugOf, fc.boolean()).map(([slug, eq]) => (eq ? `filters[slug][$eq]=${slug}` : `filters[slug]=${slug}`)),
    },
    { requiredKeys: [] }
  );
  await fc.assert(
    fc.asyncProperty(request, async (parts) => {
      const query = Object.values(parts).filter(Boolean).join('&');
      const { calls, fast, explicit } = await threeWays(query);
      expect({ query, calls }).toEqual({ query, calls: 1 });
      expect({ query, status: fast.status, body: fast.body }).toEqual({ query, status: explicit.status, body: explicit.body });
    }),
    { seed: 20261203, numRuns: 60 }
  );
}, 120000);
