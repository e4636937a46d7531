/**
 * Query and populate abuse (issue 11): filter and pagination values that do not fit their fields, private fields
 * reached through relations, SQL-ish keys, deep and wide populate, pagination extremes, drafts asked for by the
 * public, draft relations inside published documents, and every public response scanned for private fields.
 * Public role unless said otherwise, against the seeded demo content, on SQLite and PostgreSQL.
 */

import { startStrapi, type TestApp } from '../helpers/strapi';

type Json = Record<string, any>;

let app: TestApp;

beforeAll(async () => {
  app = await startStrapi('query-abuse', { seed: true });
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
