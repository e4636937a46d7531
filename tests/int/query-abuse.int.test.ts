/**
 * Query and populate abuse (issue 11): filter and pagination values that do not fit their fields, private fields
 * reached through relations, SQL-ish keys, deep and wide populate, pagination extremes, drafts asked for by the
 * public, draft relations inside published documents, and every public response scanned for private fields.
 * Public role unless said otherwise, against the seeded demo content, on SQLite and PostgreSQL.
 */

import { contentTypes } from '@strapi/utils';
import { startStrapi, type TestApp } from '../helpers/strapi';

type Json = Record<string, any>;

let app: TestApp;

const adminEmail = 'admin@newsroom.local';
const userEmail = 'photographer@newsroom.local';
const resetToken = 'known-reset-token-0123456789';

beforeAll(async () => {
  // listening: item 16 sends a few requests at a time
  app = await startStrapi('query-abuse', { seed: true, listen: true });
  // secrets within reach of relations: every article and photo written by the super admin, every photo submitted by
  // the demo photographer's account (also the account of a photographer), which has a pending reset token
  const { strapi } = app;
  const admin = (await strapi.db.query('admin::user').findOne({ where: { email: adminEmail }, select: ['id'] })) as Json;
  const user = (await strapi.db.query('plugin::users-permissions.user').findOne({ where: { email: userEmail }, select: ['id'] })) as Json;
  await strapi.db.query('plugin::users-permissions.user').update({ where: { id: user.id }, data: { resetPasswordToken: resetToken } });
  await strapi.db.query('api::article.article').updateMany({ where: {}, data: { createdBy: admin.id, updatedBy: admin.id } });
  const photos = strapi.db.query('api::photo.photo');
  // (a relation kept in a link table is written row by row)
  for (const { id } of (await photos.findMany({ select: ['id'] })) as Json[]) await photos.update({ where: { id }, data: { createdBy: admin.id, submittedBy: user.id } });
});

afterAll(async () => {
  await app?.stop();
});

const graphql = (query: string, variables: Json = {}) => app.http().post('/graphql').send({ query, variables });

/** Strapi's error shape for a refused query parameter */
const expectValidationError = (response: { status: number; body: Json }, parameter?: string) => {
  expect({ status: response.status, body: response.body }).toEqual({
    status: 400,
    body: { data: null, error: expect.objectContaining({ status: 400, name: 'ValidationError', message: expect.any(String) }) },
  });
  if (parameter) expect(response.body.error.message).toContain(parameter);
};

/** GraphQL's form of the same refusal: BAD_USER_INPUT with Strapi's ValidationError, or refused by the schema itself */
const expectGraphqlRefusal = (response: { status: number; body: Json }, parameter?: string) => {
  expect(response.status).toBeLessThan(500);
  expect(response.body.errors?.length).toBeGreaterThan(0);
  const [error] = response.body.errors;
  expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(error.extensions.code);
  if (error.extensions.code === 'BAD_USER_INPUT') expect(error.extensions.error.name).toBe('ValidationError');
  if (parameter) expect(error.message).toContain(parameter);
};

describe('filter values that do not fit their field', () => {
  // PostgreSQL refused these in the query itself (500), SQLite compared them or Strapi threw a plain Error (500)
  test.each([
    ['/api/articles?filters[id][$eq]=abc', 'filters[id][$eq]'],
    ['/api/articles?filters[id][$eq]=99999999999999999999', 'filters[id][$eq]'],
    ['/api/articles?filters[id][$gt]=2147483648', 'filters[id][$gt]'],
    ['/api/articles?filters[id][$in][0]=1&filters[id][$in][1]=abc', 'filters[id][$in][1]'],
    ['/api/articles?filters[id][$between][0]=a&filters[id][$between][1]=b', 'filters[id][$between][0]'],
    ['/api/articles?filters[id][$between]=1', 'filters[id][$between]'],
    ['/api/articles?filters[id][$not][$eq]=abc', 'filters[id][$not][$eq]'],
    ['/api/articles?filters[$or][0][id][$eq]=abc', 'filters[$or][0][id][$eq]'],
    ['/api/activities?filters[fundsAmount][$gt]=abc', 'filters[fundsAmount][$gt]'],
    ['/api/activities?filters[fundsAmount][$eq]=1e400', 'filters[fundsAmount][$eq]'],
    ['/api/activities?filters[beneficiaries][$eq]=abc', 'filters[beneficiaries][$eq]'],
    ['/api/activities?filters[beneficiaries][$eq]=1.5', 'filters[beneficiaries][$eq]'],
    ['/api/activities?filters[beneficiaries][$eq]=99999999999', 'filters[beneficiaries][$eq]'],
    ['/api/activities?filters[startDate][$eq]=0000-01-01', 'filters[startDate][$eq]'],
    ['/api/activities?filters[startDate][$eq]=2020-13-45', ''],
    ['/api/articles?filters[publishDate][$gt]=not-a-date', ''],
    ['/api/articles?filters[seo][noIndex][$eq]=maybe', 'filters[seo][noIndex][$eq]'],
    ['/api/articles?filters[title][$eq]=%00', 'filters[title][$eq]'],
    ['/api/articles?filters[title][$eq][x]=1', 'filters[title][$eq]'],
    ['/api/articles?filters[id][$contains]=1', 'filters[id][$contains]'],
    ['/api/activities?filters[startDate][$containsi]=2020', 'filters[startDate][$containsi]'],
    // relations compare ids
    ['/api/articles?filters[cover][$eq]=abc', 'filters[cover][$eq]'],
    ['/api/articles?filters[cover]=abc', 'filters[cover]'],
    ['/api/articles?filters[cover][id][$eq]=abc', 'filters[cover][id][$eq]'],
    ['/api/articles?filters[cover][photographer][id][$in][0]=x', 'filters[cover][photographer][id][$in][0]'],
    ['/api/articles?filters[cover][$eq]=1&filters[cover][$ne]=2', 'filters[cover]'],
    ['/api/articles?filters[cover][$eq]=1&filters[cover][id][$eq]=1', 'filters[cover]'],
    ['/api/photos?filters[image][id][$eq]=abc', 'filters[image][id][$eq]'],
    ['/api/campaigns?filters[goals][target][$gt]=abc', 'filters[goals][target][$gt]'],
    // the filters of a populated relation
    ['/api/articles?populate[cover][filters][id][$eq]=abc', 'populate[cover][filters][id][$eq]'],
    ['/api/articles?populate[cover][populate][activities][filters][fundsAmount][$lt]=x', 'populate[cover][populate][activities][filters][fundsAmount][$lt]'],
    ['/api/articles?populate[body][on][article.photo][populate][photo][filters][id][$eq]=x', 'populate[body][on][article.photo][populate][photo][filters][id][$eq]'],
  ])('GET %s: 400 ValidationError naming "%s"', async (url, parameter) => {
    expectValidationError(await app.http().get(url), parameter);
  });

  test.each([
    ['{ activities(filters: { fundsAmount: { gt: 1e400 } }) { title } }', 'filters[fundsAmount][$gt]'],
    ['{ articles(filters: { title: { eq: "\\u0000" } }) { title } }', 'filters[title][$eq]'],
    ['{ articles(filters: { cover: { photographer: { name: { in: ["a", "\\u0000"] } } } }) { title } }', 'filters[cover][photographer][name][$in][1]'],
    ['{ articles { cover { activities(filters: { fundsAmount: { gt: 1e400 } }) { title } } } }', 'filters[fundsAmount][$gt]'],
    ['{ activities(filters: { startDate: { eq: "0000-01-01" } }) { title } }', ''],
    ['{ activities(filters: { beneficiaries: { eq: 1.5 } }) { title } }', ''],
  ])('GraphQL %s: refused with a clear error, never INTERNAL_SERVER_ERROR', async (query, parameter) => {
    expectGraphqlRefusal(await graphql(query), parameter);
  });

  it('still answers values that fit, with the right documents', async () => {
    const { body } = await app.http().get('/api/activities?filters[beneficiaries][$notNull]=true&pagination[pageSize]=100&fields[0]=beneficiaries');
    const [first] = body.data as Json[];
    const cases: Array<[string, (data: Json[]) => void]> = [
      [`/api/activities?filters[id][$eq]=${first.id}`, (data) => expect(data.map((entry) => entry.id)).toEqual([first.id])],
      [`/api/activities?filters[id][$in][0]=${first.id}&filters[id][$in][1]=2147483647`, (data) => expect(data).toHaveLength(1)],
      [`/api/activities?filters[beneficiaries][$eq]=${first.beneficiaries}`, (data) => expect(data.length).toBeGreaterThan(0)],
      ['/api/activities?filters[fundsAmount][$gt]=1e300', (data) => expect(data).toEqual([])],
      ['/api/activities?filters[fundsAmount][$gt]=-1.5&filters[startDate][$gte]=2000-01-01', (data) => expect(data.length).toBeGreaterThan(0)],
      ['/api/articles?filters[seo][noIndex][$eq]=false', (data) => expect(data).toHaveLength(1)],
      ['/api/articles?filters[seo][noIndex][$ne]=true', (data) => expect(data).toHaveLength(1)],
      ['/api/articles?filters[title][$containsi]=%25_%5C', (data) => expect(data).toEqual([])],
      ['/api/photos?filters[structuredData][$notNull]=true', (data) => expect(data.length).toBeGreaterThan(0)],
      ['/api/articles?filters[cover][id][$notNull]=true&filters[cover][photographer][$null]=false', (data) => expect(data).toHaveLength(1)],
    ];
    for (const [url, check] of cases) {
      const response = await app.http().get(url);
      expect({ url, status: response.status }).toEqual({ url, status: 200 });
      check(response.body.data);
    }
  });

  it('answers 400, not 500, for a value only the database refuses in a content-API read (the safety net), and leaves other reads alone', async () => {
    // past the query validation: a year-0 date that Strapi's own parsing accepts and PostgreSQL refuses (22008)
    const read = () => app.strapi.db.query('api::activity.activity').findMany({ where: { startDate: '0000-01-01' } });
    // (run answers its callback's promise; Strapi's type says void)
    const run = app.strapi.requestContext.run as (store: unknown, callback: () => Promise<unknown>) => Promise<unknown>;
    const inRequest = (path: string) => run({ method: 'GET', path, state: {} }, read);
    if (app.db.client === 'postgres') {
      await expect(inRequest('/api/activities')).rejects.toMatchObject({ name: 'ValidationError' });
      await expect(inRequest('/graphql')).rejects.toMatchObject({ name: 'ValidationError' });
      // the admin panel's and the server's own queries keep the database's error
      await expect(inRequest('/content-manager/collection-types/api::activity.activity')).rejects.toMatchObject({ code: '22008' });
      await expect(read()).rejects.toMatchObject({ code: '22008' });
    } else {
      // SQLite compares dates as text: nothing to refuse
      await expect(inRequest('/api/activities')).resolves.toEqual([]);
    }
  });
});

describe('private fields reached through relations (item 1)', () => {
  let adminHash: string;
  let userHash: string;

  beforeAll(async () => {
    const { strapi } = app;
    adminHash = ((await strapi.db.query('admin::user').findOne({ where: { email: adminEmail }, select: ['password'] })) as Json).password;
    userHash = ((await strapi.db.query('plugin::users-permissions.user').findOne({ where: { email: userEmail }, select: ['password'] })) as Json).password;
  });

  it('has the secrets in place, so that a guess that reached them would change the answer', async () => {
    const { strapi } = app;
    expect(await strapi.db.query('api::article.article').count({ where: { createdBy: { email: adminEmail } } })).toBeGreaterThan(0);
    expect(await strapi.db.query('api::photo.photo').count({ where: { submittedBy: { resetPasswordToken: resetToken } } })).toBeGreaterThan(0);
    expect(await strapi.db.query('api::photographer.photographer').count({ where: { account: { email: userEmail } } })).toBe(1);
    expect(adminHash).toMatch(/^\$2[aby]\$/);
  });

  // [url with the true guess, the same with a false one]
  const guesses = (): Array<[string, string, string]> => [
    ['admin e-mail through createdBy', `/api/articles?filters[createdBy][email][$eq]=${adminEmail}`, '/api/articles?filters[createdBy][email][$eq]=nobody@example.com'],
    ['admin password hash through createdBy', `/api/articles?filters[createdBy][password][$startsWith]=${encodeURIComponent(adminHash.slice(0, 12))}`, '/api/articles?filters[createdBy][password][$startsWith]=%24x'],
    ['admin e-mail through updatedBy in $or', `/api/articles?filters[$or][0][updatedBy][email][$startsWith]=admin`, '/api/articles?filters[$or][0][updatedBy][email][$startsWith]=zzz'],
    ['admin e-mail through a relation', `/api/articles?filters[cover][createdBy][email][$eq]=${adminEmail}`, '/api/articles?filters[cover][createdBy][email][$eq]=x@y.z'],
    ['user e-mail through submittedBy', `/api/photos?filters[submittedBy][email][$eq]=${userEmail}`, '/api/photos?filters[submittedBy][email][$eq]=x@y.z'],
    ['user password through submittedBy', `/api/photos?filters[submittedBy][password][$startsWith]=${encodeURIComponent(userHash.slice(0, 12))}`, '/api/photos?filters[submittedBy][password][$startsWith]=%24x'],
    ['reset token through submittedBy', `/api/photos?filters[submittedBy][resetPasswordToken][$eq]=${resetToken}`, '/api/photos?filters[submittedBy][resetPasswordToken][$eq]=wrong'],
    ['reset token through two relations', `/api/articles?filters[cover][submittedBy][resetPasswordToken][$startsWith]=known`, '/api/articles?filters[cover][submittedBy][resetPasswordToken][$startsWith]=wrong'],
    ['user e-mail through photographer.account', `/api/photographers?filters[account][email][$eq]=${userEmail}`, '/api/photographers?filters[account][email][$eq]=x@y.z'],
    ['user password through three relations', `/api/articles?filters[cover][photographer][account][password][$startsWith]=${encodeURIComponent(userHash.slice(0, 12))}`, '/api/articles?filters[cover][photographer][account][password][$startsWith]=%24x'],
    ['user e-mail in a populate filter', `/api/articles?populate[cover][filters][submittedBy][email][$eq]=${userEmail}`, '/api/articles?populate[cover][filters][submittedBy][email][$eq]=x@y.z'],
    ['admin e-mail in a nested populate filter', `/api/articles?populate[gallery][populate][photographer][populate][photos][filters][createdBy][email][$eq]=${adminEmail}`, '/api/articles?populate[gallery][populate][photographer][populate][photos][filters][createdBy][email][$eq]=x@y.z'],
    ['users list filtered by e-mail', `/api/users?filters[email][$eq]=${userEmail}`, '/api/users?filters[email][$eq]=x@y.z'],
    ['users list filtered by reset token', `/api/users?filters[resetPasswordToken][$eq]=${resetToken}`, '/api/users?filters[resetPasswordToken][$eq]=wrong'],
  ];

  it('refuses every filter onto them, in REST, with the same answer for a true and a false guess (no oracle)', async () => {
    for (const [label, right, wrong] of guesses()) {
      const [a, b] = [await app.http().get(right), await app.http().get(wrong)];
      expect({ label, status: a.status }).toEqual({ label, status: expect.any(Number) });
      expect([400, 403]).toContain(a.status);
      expect({ label, status: b.status, body: b.body }).toEqual({ label, status: a.status, body: a.body });
    }
  });

  test.each([
    'sort=createdBy.email',
    'sort[0][createdBy][email]=asc',
    'sort=updatedBy.password:desc',
    'sort=cover.submittedBy.email',
    'sort=cover.photographer.account.resetPasswordToken',
    'populate[createdBy]=true',
    'populate[cover][populate][submittedBy]=true',
    'populate[cover][populate][photographer][populate][account]=true',
    'populate[cover][populate][image][populate][createdBy]=true',
    'fields[0]=createdBy',
  ])('refuses /api/articles?%s (400), whatever the secret', async (query) => {
    expectValidationError(await app.http().get(`/api/articles?${query}`));
  });

  it('refuses them in GraphQL, with the same answer for a true and a false guess', async () => {
    const pairs: Array<[string, string]> = [
      [`{ articles(filters: { createdBy: { email: { eq: "${adminEmail}" } } }) { title } }`, '{ articles(filters: { createdBy: { email: { eq: "x@y.z" } } }) { title } }'],
      [`{ photos(filters: { submittedBy: { email: { eq: "${userEmail}" } } }) { caption } }`, '{ photos(filters: { submittedBy: { email: { eq: "x@y.z" } } }) { caption } }'],
      [`{ photographers(filters: { account: { resetPasswordToken: { eq: "${resetToken}" } } }) { name } }`, '{ photographers(filters: { account: { resetPasswordToken: { eq: "wrong" } } }) { name } }'],
      ['{ articles(sort: "createdBy.email") { title } }', '{ articles(sort: "createdBy.email:desc") { title } }'],
      [`{ usersPermissionsUsers(filters: { email: { eq: "${userEmail}" } }) { username } }`, '{ usersPermissionsUsers(filters: { email: { eq: "x@y.z" } }) { username } }'],
      ['{ photos { submittedBy { email } } }', '{ photos { submittedBy { username } } }'],
    ];
    for (const [right, wrong] of pairs) {
      const [a, b] = [await graphql(right), await graphql(wrong)];
      expect({ query: right, data: a.body.data?.articles ?? a.body.data?.photos ?? a.body.data?.photographers ?? null }).toEqual({ query: right, data: null });
      expect(a.body.errors?.length).toBeGreaterThan(0);
      expect(a.status).toBe(b.status);
      expect(a.body.errors.map((error: Json) => error.extensions.code)).toEqual(b.body.errors.map((error: Json) => error.extensions.code));
    }
  });
});

describe('SQL-ish keys, unknown operators, JSON operators (item 2)', () => {
  test.each([
    'filters[title;drop table articles]=1',
    "filters[title' OR '1'='1][$eq]=1",
    'filters[title"][$eq]=1',
    'filters[title][$raw]=1=1',
    'filters[title][$where]=1',
    'filters[title][$regex]=.*',
    'filters[title][$foo]=1',
    'filters[$raw]=1',
    'filters[$and][0][$raw]=1',
    'filters[cover][$raw]=1',
    'filters[cover][caption;--][$eq]=1',
    'filters[id][$eq][$raw]=1',
    'sort=title);--',
    "sort=title'",
    'sort=title:asc;drop',
    'sort=title:sideways',
    'sort[0][title]=1)--',
    'sort[0][title;--]=asc',
    'fields[0]=title from articles;--',
    'populate[title;--]=true',
    'populate=cover;drop',
    'populate[cover][fields][0]=caption)--',
    'populate[cover][sort]=caption);--',
  ])('GET /api/articles?%s: 400 ValidationError', async (query) => {
    expectValidationError(await app.http().get(`/api/articles?${query}`));
  });

  test.each([
    ['/api/photos?filters[structuredData][$eq]=abc', 'filters[structuredData][$eq]'],
    ['/api/photos?filters[structuredData][$contains]=abc', 'filters[structuredData][$contains]'],
    ['/api/photos?filters[structuredData][$in][0]={}', 'filters[structuredData][$in]'],
    ['/api/photos?filters[metadata][$jsonSupersetOf]={"a":1}', 'filters[metadata][$jsonSupersetOf]'],
    ['/api/photos?filters[metadata][$jsonSupersetOf][a]=1', 'filters[metadata][$jsonSupersetOf]'],
    ['/api/photos?filters[metadata][width][$gt]=1', ''],
    ['/api/activities?filters[description][$containsi]=x', 'filters[description][$containsi]'],
    ['/api/articles?filters[body][$contains]=x', ''],
  ])('GET %s (a JSON field): 400 ValidationError', async (url, parameter) => {
    expectValidationError(await app.http().get(url), parameter);
  });

  test.each([
    '{ articles(filters: { title: { raw: "1" } }) { title } }',
    '{ articles(filters: { title: { regex: ".*" } }) { title } }',
    '{ articles(sort: "title);--") { title } }',
    '{ articles(sort: ["title:sideways"]) { title } }',
    '{ photos(filters: { structuredData: { eq: "x" } }) { caption } }',
    '{ photos(filters: { metadata: { contains: "x" } }) { caption } }',
    '{ articles(filters: { seo: { metaTitle: { eq: "x" }, or: [{ metaTitle: { foo: "1" } }] } }) { title } }',
  ])('GraphQL %s: refused with a clear error', async (query) => {
    expectGraphqlRefusal(await graphql(query));
  });

  it('dropped nothing: every table still answers', async () => {
    for (const collection of ['articles', 'photos', 'activities']) {
      const response = await app.http().get(`/api/${collection}?pagination[pageSize]=1`);
      expect(response.status).toBe(200);
      expect(response.body.meta.pagination.total).toBeGreaterThan(0);
    }
  });
});

/** response sizes and times, printed once at the end (figures for the README, no timed assertions) */
const figures: string[] = [];
const measured = async (label: string, url: string) => {
  const started = process.hrtime.bigint();
  const response = await app.http().get(url);
  const milliseconds = Number(process.hrtime.bigint() - started) / 1e6;
  figures.push(`${label}: ${response.status}, ${(response.text.length / 1024).toFixed(1)} KB, ${milliseconds.toFixed(0)} ms`);
  return response;
};

afterAll(() => {
  if (figures.length > 0) console.log(`query-abuse figures (${app?.db.client}):\n${figures.join('\n')}`);
});

describe('deep and wide populate (item 3)', () => {
  const MB = 1024 * 1024;
  const nested = (path: string[]) => `populate${path.map((name, index) => `[${name}]${index < path.length - 1 ? '[populate]' : ''}`).join('')}=true`;

  it('refuses a populate six levels deep (400 on populate), and answers five levels within bounds', async () => {
    const six = ['gallery', 'articles', 'gallery', 'activities', 'photos', 'photographer'];
    expectValidationError(await measured('6 levels (gallery.articles.gallery.activities.photos.photographer)', `/api/articles?${nested(six)}`), 'populate');
    expectValidationError(await app.http().get(`/api/articles?populate=${six.join('.')}`), 'populate');
    expectValidationError(await app.http().get(`/api/organizations?${nested(['children', 'children', 'children', 'children', 'children', 'children'])}`), 'populate');
    const five = await measured('5 levels (gallery.articles.gallery.activities.photos)', `/api/articles?${nested(six.slice(0, 5))}`);
    expect(five.status).toBe(200);
    expect(five.text.length).toBeLessThan(5 * MB);
    expect(five.body.data[0].gallery[0].articles[0].gallery.length).toBeGreaterThan(0);
  });

  it('refuses 105 indexed populate entries (400), and answers 100 within bounds', async () => {
    const attributes = ['cover', 'gallery', 'tags', 'category', 'body', 'bylines', 'seo', 'campaigns', 'activities', 'organizations', 'printEdition'];
    const indexed = (count: number) => Array.from({ length: count }, (_, index) => `populate[${index}]=${attributes[index % attributes.length]}`).join('&');
    expectValidationError(await measured('105 indexed populate entries', `/api/articles?${indexed(105)}`), 'populate');
    const hundred = await measured('100 indexed populate entries', `/api/articles?${indexed(100)}`);
    expect(hundred.status).toBe(200);
    expect(hundred.text.length).toBeLessThan(5 * MB);
  });

  test.each([
    ['populate=*', 'populate=*'],
    ['populate[body][populate]=*', 'populate[body][populate]=*'],
    ['every dynamic-zone component, populated through', 'populate[body][on][article.photo][populate][photo][populate]=*&populate[body][on][article.section][populate]=*&populate[body][on][article.figures][populate]=*&populate[body][on][article.quote][populate]=*'],
    ['the default detail', ''],
  ])('answers %s on the article with the dynamic zone within bounds', async (label, query) => {
    const { body } = await app.http().get('/api/articles?fields[0]=title');
    const response = await measured(`article detail, ${label}`, `/api/articles/${body.data[0].documentId}?${query}`);
    expect(response.status).toBe(200);
    expect(response.text.length).toBeLessThan(2 * MB);
    expect(response.body.data.body.length).toBeGreaterThan(0);
  });
});

describe('pagination extremes (item 4)', () => {
  const max = 100;

  beforeAll(async () => {
    // more tags than a page may hold
    for (let index = 0; index < max + 5; index += 1) await app.strapi.documents('api::tag.tag').create({ data: { name: `标签${index}` } as never });
  });

  test.each([
    'pagination[pageSize]=1000',
    'pagination[pageSize]=2147483647',
    'pagination[pageSize]=-1',
    'pagination[pageSize]=0',
    'pagination[page]=-1',
    'pagination[page]=0',
    'pagination[page]=2147483647',
    'pagination[limit]=1000',
    'pagination[limit]=-1',
    'pagination[limit]=0',
    'pagination[start]=-5',
    'pagination[start]=2147483647',
    'pagination[withCount]=false',
    'pagination[withCount]=0',
    'pagination=abc',
  ])('GET /api/tags?%s: 200 with at most 100 entries', async (query) => {
    const response = await app.http().get(`/api/tags?${query}`);
    expect(response.status).toBe(200);
    expect(response.body.data.length).toBeLessThanOrEqual(max);
    const { pageSize, limit } = response.body.meta.pagination;
    expect(pageSize ?? limit).toBeLessThanOrEqual(max);
  });

  it('caps the page at 100 when more exist', async () => {
    const response = await app.http().get('/api/tags?pagination[pageSize]=1000');
    expect(response.body.data).toHaveLength(max);
    expect(response.body.meta.pagination).toMatchObject({ pageSize: max, total: max + 5 + 4 });
  });

  test.each([
    ['pagination[pageSize]=abc', 'pagination[pageSize]'],
    ['pagination[pageSize]=1.5', 'pagination[pageSize]'],
    ['pagination[pageSize]=99999999999999999999', 'pagination[pageSize]'],
    ['pagination[pageSize][0]=1', 'pagination[pageSize]'],
    ['pagination[page]=abc', 'pagination[page]'],
    ['pagination[page]=99999999999999999999', 'pagination[page]'],
    ['pagination[page]=1e3', 'pagination[page]'],
    ['pagination[start]=abc', 'pagination[start]'],
    ['pagination[start]=99999999999999999999', 'pagination[start]'],
    ['pagination[limit]=abc', 'pagination[limit]'],
    ['pagination[limit]=0x10', 'pagination[limit]'],
    ['pagination[withCount]=abc', 'withCount'],
    ['pagination[withCount][0]=true', ''],
    ['pagination[page]=1&pagination[start]=0', ''],
  ])('GET /api/tags?%s: 400', async (query, parameter) => {
    const response = await app.http().get(`/api/tags?${query}`);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ data: null, error: expect.objectContaining({ status: 400, message: expect.any(String) }) });
    if (parameter) expect(response.body.error.message).toContain(parameter);
  });

  test.each([
    '{ tags(pagination: { pageSize: 1000 }) { name } }',
    '{ tags(pagination: { limit: 1000 }) { name } }',
    '{ tags(pagination: { limit: -1 }) { name } }',
    '{ tags(pagination: { pageSize: -1 }) { name } }',
    '{ tags(pagination: { start: -5 }) { name } }',
    '{ tags(pagination: { page: 0 }) { name } }',
    '{ tags(pagination: { start: 2147483647 }) { name } }',
  ])('GraphQL %s: at most 100 entries, or a clear error', async (query) => {
    const response = await graphql(query);
    expect(response.status).toBeLessThan(500);
    if (response.body.errors) expectGraphqlRefusal(response);
    else expect(response.body.data.tags.length).toBeLessThanOrEqual(max);
  });

  it('caps a GraphQL page and its pageInfo at 100', async () => {
    const response = await graphql('{ tags_connection(pagination: { pageSize: 1000 }) { nodes { name } pageInfo { pageSize total } } }');
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.tags_connection.nodes).toHaveLength(max);
    expect(response.body.data.tags_connection.pageInfo.pageSize).toBe(max);
  });

  test.each(['{ tags(pagination: { pageSize: 2147483648 }) { name } }', '{ tags(pagination: { start: "abc" }) { name } }'])('GraphQL %s: refused by the schema', async (query) => {
    expectGraphqlRefusal(await graphql(query));
  });
});

describe('drafts asked for by the public (item 7) and draft relations in published documents (item 8)', () => {
  const DRAFT = 'DRAFTMARK';
  let authed: { Authorization: string };
  let neverPublished: Json;
  let article: Json;
  let editedPhoto: Json;

  const create = async (collection: string, data: Json, query = '') => {
    const response = await app.http().post(`/api/${collection}${query}`).set(authed).send({ data });
    expect(response.status).toBe(201);
    return response.body.data as Json;
  };

  beforeAll(async () => {
    authed = { Authorization: `Bearer ${await app.fullAccessToken()}` };
    const { body } = await app.http().get('/api/photos?fields[0]=caption&populate[image][fields][0]=id&pagination[pageSize]=1');
    const image = body.data[0].image.id as number;
    const photographer = (await app.http().get('/api/photographers?pagination[pageSize]=1')).body.data[0].documentId as string;

    const draftPhoto = await create('photos', { image, creditRole: 'staffReporter', photographer, caption: `${DRAFT} photo` }, '?status=draft');
    const publishedPhoto = await create('photos', { image, creditRole: 'staffReporter', photographer, caption: 'published photo' });
    editedPhoto = await create('photos', { image, creditRole: 'staffReporter', photographer, caption: 'published caption' });
    const draftActivity = await create('activities', { title: `${DRAFT} activity`, kind: 'other', photos: [publishedPhoto.documentId] }, '?status=draft');
    const publishedActivity = await create('activities', { title: 'published activity', kind: 'other', photos: [publishedPhoto.documentId] });
    const draftCampaign = await create('campaigns', { name: `${DRAFT} campaign` }, '?status=draft');
    const publishedCampaign = await create('campaigns', { name: 'published campaign' });
    article = await create('articles', {
      title: 'links drafts',
      cover: draftPhoto.documentId,
      gallery: [draftPhoto.documentId, publishedPhoto.documentId, editedPhoto.documentId],
      activities: [draftActivity.documentId, publishedActivity.documentId],
      campaigns: [draftCampaign.documentId, publishedCampaign.documentId],
      body: [{ __component: 'article.photo', photo: draftPhoto.documentId }, { __component: 'article.photo', photo: publishedPhoto.documentId }],
    });
    // a published photo whose draft was edited later, and an article that was never published
    const edited = await app.http().put(`/api/photos/${editedPhoto.documentId}?status=draft`).set(authed).send({ data: { caption: `${DRAFT} edited caption` } });
    expect(edited.status).toBe(200);
    neverPublished = await create('articles', { title: `${DRAFT} never published`, cover: publishedPhoto.documentId }, '?status=draft');
    // the drafts are there for a client that may read them
    const drafts = await app.http().get(`/api/articles/${neverPublished.documentId}?status=draft`).set(authed);
    expect(drafts.body.data.title).toContain(DRAFT);
  });

  /** the query, declaring $id when it uses it */
  const withId = (query: string) => (query.includes('$id') ? `query ($id: ID!) ${query}` : query);

  const expectNoDraft = (response: { status: number; text: string }, label: string) => {
    expect({ label, status: response.status < 500, draft: response.text.includes(DRAFT) }).toEqual({ label, status: true, draft: false });
  };

  test.each([
    ['status=draft', 403],
    ['status=DRAFT', 400],
    ['status[0]=draft', 400],
    ['status=preview', 400],
    ['publicationState=preview', 400],
    ['publicationState=preview&status=draft', 400],
    ['status=draft&locale=all', 403],
    ['locale=all', 200],
    ['locale=*', 200],
    ['publicationFilter=never-published', 200],
    ['publicationFilter=has-published-version', 200],
    ['hasPublishedVersion=false', 200],
    ['filters[publishedAt][$null]=true', 200],
    ['filters[title][$contains]=DRAFTMARK', 200],
    ['populate[cover][filters][publishedAt][$null]=true', 200],
  ])('GET /api/articles?%s shows no draft (%i)', async (query, status) => {
    for (const url of [`/api/articles?${query}`, `/api/articles/${neverPublished.documentId}?${query}`, `/api/photos?${query}&pagination[pageSize]=100`]) {
      const response = await app.http().get(url);
      expectNoDraft(response, url);
      if (url.startsWith('/api/articles?')) expect({ url, status: response.status }).toEqual({ url, status });
    }
  });

  it('answers 404 for a never-published documentId, in every locale and status it may ask for', async () => {
    for (const query of ['', '?status=published', '?locale=en', '?locale=*', '?locale=all']) {
      const response = await app.http().get(`/api/articles/${neverPublished.documentId}${query}`);
      expect({ query, status: response.status }).toEqual({ query, status: 404 });
    }
    const list = await app.http().get(`/api/articles?filters[documentId][$eq]=${neverPublished.documentId}`);
    expect(list.body.data).toEqual([]);
  });

  test.each([
    ['{ article(documentId: $id) { title } }', (data: Json) => expect(data.article).toBeNull()],
    ['{ article(documentId: $id, status: PUBLISHED) { title } }', (data: Json) => expect(data.article).toBeNull()],
    ['{ articles(filters: { documentId: { eq: $id } }) { title } }', (data: Json) => expect(data.articles).toEqual([])],
    ['{ articles_connection(filters: { documentId: { eq: $id } }) { nodes { title } pageInfo { total } } }', (data: Json) => expect(data.articles_connection.pageInfo.total).toBe(0)],
    ['{ articles(publicationFilter: NEVER_PUBLISHED) { title } }', (data: Json) => expect(data.articles).toEqual([])],
    ['{ articles(locale: "en") { title } }', () => undefined],
  ])('GraphQL %s shows no draft', async (query, check) => {
    const response = await graphql(withId(query), { id: neverPublished.documentId });
    expectNoDraft(response, query);
    expect(response.body.errors).toBeUndefined();
    check(response.body.data);
  });

  test.each([
    '{ article(documentId: $id, status: DRAFT) { title } }',
    '{ articles(status: DRAFT) { title } }',
    '{ articles_connection(status: DRAFT) { nodes { title } } }',
    '{ photos(status: DRAFT) { caption } }',
  ])('GraphQL %s is FORBIDDEN', async (query) => {
    const response = await graphql(withId(query), { id: neverPublished.documentId });
    expectNoDraft(response, query);
    expect(response.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  const publishedRelations = (data: Json) => ({
    cover: data.cover ?? null,
    gallery: data.gallery.map((photo: Json) => photo.caption).sort(),
    activities: data.activities.map((activity: Json) => activity.title),
    campaigns: data.campaigns.map((campaign: Json) => campaign.name),
  });
  const expected = { cover: null, gallery: ['published caption', 'published photo'], activities: ['published activity'], campaigns: ['published campaign'] };

  it('REST: a published article shows only the published versions of what it links', async () => {
    const populate = 'populate[cover]=true&populate[gallery]=true&populate[activities]=true&populate[campaigns]=true';
    const detail = await app.http().get(`/api/articles/${article.documentId}?${populate}`);
    expectNoDraft(detail, 'detail');
    expect(publishedRelations(detail.body.data)).toEqual(expected);

    const byDefault = await app.http().get(`/api/articles/${article.documentId}`);
    expectNoDraft(byDefault, 'default detail populate');
    expect(byDefault.body.data.body.filter((block: Json) => block.photo).map((block: Json) => block.photo.caption)).toEqual(['published photo']);

    // the default list (the article-list fast path) and a populated list
    for (const url of ['/api/articles', `/api/articles?${populate}`, '/api/articles?populate=*', '/api/articles?populate[gallery][populate][activities]=true']) {
      const list = await app.http().get(url);
      expectNoDraft(list, url);
      const entry = list.body.data.find((candidate: Json) => candidate.documentId === article.documentId);
      expect({ url, cover: entry.cover ?? null }).toEqual({ url, cover: null });
    }
    // the published photo, through the relations of the public list of photos and its own inverse relations
    const photos = await app.http().get('/api/photos?populate[activities]=true&populate[articles]=true&pagination[pageSize]=100');
    expectNoDraft(photos, 'photos with their activities');
  });

  it('GraphQL: a published article shows only the published versions of what it links', async () => {
    const fields = 'cover { caption } gallery { caption } activities { title } campaigns { name } body { __typename ... on ComponentArticlePhoto { photo { caption } } }';
    const one = await graphql(`query ($id: ID!) { article(documentId: $id) { ${fields} } }`, { id: article.documentId });
    expectNoDraft(one, 'article');
    expect(one.body.errors).toBeUndefined();
    expect(publishedRelations(one.body.data.article)).toEqual(expected);
    const list = await graphql(`{ articles(pagination: { pageSize: 100 }) { documentId ${fields} gallery { activities { title } } } }`);
    expectNoDraft(list, 'articles');
    expect(list.body.errors).toBeUndefined();
    const nested = await graphql('{ photos(pagination: { pageSize: 100 }) { caption activities { title } articles { title } } }');
    expectNoDraft(nested, 'photos');
    expect(nested.body.errors).toBeUndefined();
  });
});

describe('every public response scanned for private fields (item 16)', () => {
  interface Model {
    uid: string;
    modelType?: string;
    kind?: string;
    info: { pluralName?: string };
    attributes: Record<string, { type: string; relation?: string; target?: string; component?: string; components?: string[]; private?: boolean }>;
  }
  const LOCALES = ['zh-Hans', 'en'];
  let models: Map<string, Model>;
  let privateKeys: Set<string>;
  let secrets: string[];
  let scanned = 0;

  const modelOf = (uid: string) => models.get(uid) as Model;
  const isPrivate = (model: Model, name: string) => contentTypes.isPrivateAttribute(model as never, name);
  const populatable = (model: Model) =>
    Object.entries(model.attributes).filter(
      ([name, attribute]) =>
        ['relation', 'media', 'component', 'dynamiczone'].includes(attribute.type) &&
        !isPrivate(model, name) &&
        contentTypes.isVisibleAttribute(model as never, name) &&
        !attribute.relation?.startsWith('morph') &&
        !(attribute.target ?? '').startsWith('admin::')
    );
  const targetsOf = (attribute: Model['attributes'][string]): string[] =>
    attribute.type === 'media' ? ['plugin::upload.file'] : attribute.type === 'component' ? [attribute.component as string] : attribute.type === 'dynamiczone' ? (attribute.components ?? []) : [attribute.target as string];

  /** Every attribute alone, each one's attributes beneath it with everything under those (depth 3), and `*`. */
  const populateCombinations = (model: Model): string[] => {
    const combinations = ['populate=*'];
    for (const [name, attribute] of populatable(model)) {
      combinations.push(`populate[${name}]=true`);
      for (const targetUid of targetsOf(attribute)) {
        const target = modelOf(targetUid);
        const prefix = attribute.type === 'dynamiczone' ? `populate[${name}][on][${targetUid}]` : `populate[${name}]`;
        if (attribute.type === 'dynamiczone') combinations.push(`${prefix}[populate]=*`);
        for (const [child] of populatable(target)) combinations.push(`${prefix}[populate][${child}][populate]=*`);
      }
    }
    return combinations;
  };

  /** the private keys and secret values found anywhere in a body */
  const leaks = (body: unknown, text: string): string[] => {
    const found = secrets.filter((secret) => text.includes(secret)).map((secret) => `secret ${secret.slice(0, 6)}…`);
    const walk = (value: unknown, path: string) => {
      if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`));
      else if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) {
          if (privateKeys.has(key)) found.push(`${path}.${key}`);
          walk(child, `${path}.${key}`);
        }
      }
    };
    walk(body, '');
    return found;
  };

  const expectClean = (url: string, response: { status: number; body: unknown; text: string }) => {
    scanned += 1;
    expect({ url, status: response.status, leaks: leaks(response.body, response.text) }).toEqual({ url, status: 200, leaks: [] });
  };

  beforeAll(async () => {
    const { strapi } = app;
    models = new Map(
      [...Object.values(strapi.contentTypes), ...Object.values(strapi.components)].map((model) => [(model as unknown as Model).uid, model as unknown as Model])
    );
    const servedModels = [...models.values()].filter((model) => model.uid.startsWith('api::') || model.modelType === 'component' || model.uid === 'plugin::upload.file');
    const served = new Set(servedModels.flatMap((model) => Object.keys(model.attributes).filter((name) => !isPrivate(model, name))));
    // the accounts the content API's relations can reach (createdBy, submittedBy, account) and what it serves
    const reachable = [...servedModels, modelOf('admin::user'), modelOf('plugin::users-permissions.user'), modelOf('plugin::upload.folder')];
    const hidden = reachable.flatMap((model) =>
      Object.entries(model.attributes)
        .filter(([name, attribute]) => isPrivate(model, name) || attribute.type === 'password' || /password|token|secret|salt/i.test(name))
        .map(([name]) => name)
    );
    // a name private in one model and served in another is judged by the secrets' values instead
    privateKeys = new Set([...hidden, 'createdBy', 'updatedBy'].filter((name) => !served.has(name)));
    expect([...privateKeys]).toEqual(expect.arrayContaining(['password', 'resetPasswordToken', 'submittedBy', 'account', 'createdBy', 'updatedBy']));

    const admins = (await strapi.db.query('admin::user').findMany({ select: ['email', 'password', 'resetPasswordToken', 'registrationToken'] })) as Json[];
    const users = (await strapi.db.query('plugin::users-permissions.user').findMany({ select: ['email', 'password', 'resetPasswordToken', 'confirmationToken'] })) as Json[];
    expect(admins.length).toBeGreaterThanOrEqual(3);
    expect(users.length).toBeGreaterThanOrEqual(1);
    secrets = [...admins, ...users].flatMap((account) => Object.values(account)).filter((value): value is string => typeof value === 'string' && value.length >= 8);
    // linked at the start: createdBy/updatedBy of articles and photos, submittedBy of photos
    expect(await strapi.db.query('api::photo.photo').count({ where: { submittedBy: { id: { $notNull: true } } } })).toBeGreaterThan(0);
  });

  const collections = () =>
    [...models.values()].filter((model) => model.uid.startsWith('api::') && model.kind === 'collectionType' && model.info.pluralName) as Model[];

  it('covers every collection type the public reads', () => {
    expect(collections().map((model) => model.info.pluralName).sort()).toEqual(
      ['activities', 'articles', 'campaigns', 'categories', 'organizations', 'photographers', 'photos', 'tags'].sort()
    );
  });

  test.each(['activities', 'articles', 'campaigns', 'categories', 'organizations', 'photographers', 'photos', 'tags'])(
    'REST /api/%s: lists, details and every populate combination, in both locales',
    async (plural) => {
      const model = collections().find((candidate) => candidate.info.pluralName === plural) as Model;
      const urls: string[] = [];
      for (const locale of LOCALES) {
        urls.push(`/api/${plural}?locale=${locale}`);
        for (const combination of populateCombinations(model)) urls.push(`/api/${plural}?${combination}&locale=${locale}&pagination[pageSize]=100`);
      }
      const list = await app.http().get(`/api/${plural}?fields[0]=documentId&pagination[pageSize]=5`);
      for (const entry of list.body.data as Json[]) for (const locale of LOCALES) urls.push(`/api/${plural}/${entry.documentId}?locale=${locale}`);
      // a few at a time: the responses are what matters, not the order
      for (let index = 0; index < urls.length; index += 4) {
        const batch = urls.slice(index, index + 4);
        const responses = await Promise.all(batch.map((url) => app.http().get(url)));
        responses.forEach((response, position) => {
          const url = batch[position];
          // a detail in a locale the document does not have is a 404; everything else must answer
          if (response.status === 404 && /\/api\/[a-z]+\/[^?]+\?locale=/.test(url)) return;
          expectClean(url, response);
        });
      }
      figures.push(`item 16, /api/${plural}: ${urls.length} responses scanned`);
    }
  );

  interface TypeRef {
    kind: string;
    name: string | null;
    ofType: TypeRef | null;
  }
  interface Field {
    name: string;
    args: Array<{ name: string; type: TypeRef }>;
    type: TypeRef;
  }
  interface GraphqlType {
    kind: string;
    name: string;
    fields: Field[] | null;
    possibleTypes: Array<{ name: string }> | null;
  }

  it('GraphQL: every field of every public type, two levels beneath each root field, in both locales', async () => {
    const typeRef = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
    const introspection = await graphql(`{ __schema { queryType { name } types { kind name possibleTypes { name } fields { name args { name type { ${typeRef} } } type { ${typeRef} } } } } }`);
    expect(introspection.body.errors).toBeUndefined();
    const types = new Map<string, GraphqlType>((introspection.body.data.__schema.types as GraphqlType[]).map((type) => [type.name, type]));
    const named = (ref: TypeRef): TypeRef => (ref.ofType ? named(ref.ofType) : ref);
    const required = (ref: TypeRef) => ref.kind === 'NON_NULL';
    const usable = (field: Field) => !field.name.startsWith('__') && !field.name.endsWith('_connection') && !field.args.some((arg) => required(arg.type));
    const leafs = (type: GraphqlType) => (type.fields ?? []).filter((field) => usable(field) && ['SCALAR', 'ENUM'].includes(named(field.type).kind)).map((field) => field.name);
    const objects = (type: GraphqlType) => (type.fields ?? []).filter((field) => usable(field) && ['OBJECT', 'UNION'].includes(named(field.type).kind));
    // a union's members may share field names with other types: each member gets its own query (see branches)
    const selection = (typeName: string, levels: number): string => {
      const type = types.get(typeName) as GraphqlType;
      if (type.kind === 'UNION') return '__typename';
      const nested = levels > 0 ? objects(type).map((field) => `${field.name} { ${selection(named(field.type).name as string, levels - 1)} }`) : [];
      return [...leafs(type), ...nested].join(' ') || '__typename';
    };
    const branchesOf = (field: Field): string[] => {
      const type = types.get(named(field.type).name as string) as GraphqlType;
      if (type.kind !== 'UNION') return [`${field.name} { ${selection(type.name, 1)} }`];
      return (type.possibleTypes ?? []).map((member) => `${field.name} { __typename ... on ${member.name} { ${selection(member.name, 1)} } }`);
    };

    const query = types.get(introspection.body.data.__schema.queryType.name) as GraphqlType;
    const plurals = collections().map((model) => model.info.pluralName as string);
    const roots = (query.fields ?? []).filter((field) => plurals.includes(field.name));
    expect(roots.map((field) => field.name).sort()).toEqual([...plurals].sort());
    let queries = 0;
    for (const root of roots) {
      const rootType = named(root.type).name as string;
      const localized = root.args.some((arg) => arg.name === 'locale');
      const branches = ['', ...objects(types.get(rootType) as GraphqlType).flatMap(branchesOf)];
      for (const locale of localized ? LOCALES : [undefined]) {
        for (const branch of branches) {
          const args = `pagination: { pageSize: 100 }${locale ? `, locale: "${locale}"` : ''}`;
          const text = `{ ${root.name}(${args}) { ${leafs(types.get(rootType) as GraphqlType).join(' ')} ${branch} } }`;
          const response = await graphql(text);
          queries += 1;
          scanned += 1;
          expect({ text, errors: response.body.errors, leaks: leaks(response.body, response.text) }).toEqual({ text, errors: undefined, leaks: [] });
        }
      }
    }
    figures.push(`item 16, GraphQL: ${queries} queries scanned`);
  });

  afterAll(() => figures.push(`item 16: ${scanned} responses scanned in all`));
});
