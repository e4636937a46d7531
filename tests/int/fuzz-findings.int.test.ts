/**
 * Inputs the fuzzer (tests/fuzz/) found answering 500, kept as regular tests: an empty `fields=` on any REST read
 * (Strapi selected a column named ''), names of Object.prototype members (`constructor`, `toString`…) as fields, sorts,
 * populates or filter keys (Strapi's validation looked them up on a plain object and let them through), and feed cursors in the cursor format naming an impossible date or an id no
 * row can have (PostgreSQL refused the comparison; SQLite compared with NaN and answered an empty page), and a
 * `status` other than `published` or `draft`, which served the public role drafts.
 */

import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;

beforeAll(async () => {
  app = await startStrapi('fuzz_findings');
}, 300000);

afterAll(async () => {
  await app.stop();
});

const cursorOf = (position: unknown): string => Buffer.from(JSON.stringify(position)).toString('base64url');

const expectBadRequest = async (url: string, parameter: string) => {
  const response = await app.http().get(url);
  expect({ url, status: response.status }).toEqual({ url, status: 400 });
  expect(response.body).toEqual({ data: null, error: expect.objectContaining({ status: 400, name: 'ValidationError', message: expect.stringContaining(parameter) }) });
};

describe('found by the fuzzer', () => {
  it.each(['/api/articles?fields=', '/api/tags?fields=&populate=*', '/api/photos/abc?fields=', '/api/organizations?fields=&sort=name'])(
    'an empty fields parameter is a 400 on fields: %s',
    async (url) => {
      await expectBadRequest(url, 'fields');
    }
  );

  it.each([
    '/api/photographers?fields[0]=constructor',
    '/api/photographers?fields=name,toString',
    '/api/articles?sort=constructor',
    '/api/articles?sort[0]=valueOf:asc',
    '/api/articles?sort=category.hasOwnProperty',
    '/api/articles?populate=constructor',
    '/api/articles?populate[0]=isPrototypeOf',
    '/api/articles?populate[toString]=true',
    '/api/articles?populate[cover][fields][0]=hasOwnProperty',
    '/api/articles?populate[cover][populate]=valueOf',
    '/api/articles?filters[toString][$eq]=1',
    '/api/articles?filters[category][valueOf]=1',
  ])('a name of an Object.prototype member where a field goes is a 400: %s', async (url) => {
    const response = await app.http().get(url);
    expect({ url, status: response.status }).toEqual({ url, status: 400 });
    expect(response.body).toEqual({ data: null, error: expect.objectContaining({ status: 400, name: 'ValidationError' }) });
  });

  it('the same words as filter values are only text', async () => {
    const response = await app.http().get('/api/articles?filters[title][$eq]=constructor&filters[slug][$in][0]=toString&populate[cover][filters][caption][$eq]=valueOf');
    expect(response.status).toBe(200);
  });

  it.each([
    ['an impossible date', { d: '2024-99-99T99:99:99.999Z', t: 'article', i: 1 }],
    ['a date that is not in canonical form', { d: '2024-02-30T00:00:00.000Z', t: 'article', i: 1 }],
    ['an id beyond any row', { d: '2024-01-01T00:00:00.000Z', t: 'activity', i: 1e20 }],
    ['a negative id', { d: '2024-01-01T00:00:00.000Z', t: 'campaign', i: -1 }],
  ])('a feed cursor with %s is a 400 on cursor', async (_, position) => {
    for (const path of ['/api/feed', '/api/feed.xml', '/api/feed.json']) await expectBadRequest(`${path}?cursor=${cursorOf(position)}`, 'cursor');
  });

  it.each(["' OR 1=1 --", 'preview', 'DRAFT', 'x'])('status=%s serves the public no draft: 400 on status', async (status) => {
    const draft = await app.strapi.documents('api::activity.activity').create({ data: { title: 'zqx draft only', kind: 'other' } as never });
    for (const path of ['/api/activities', '/api/activities/', `/api/activities/${draft.documentId}`]) {
      const response = await app.http().get(`${path}?status=${encodeURIComponent(status)}`);
      expect({ path, status: response.status }).toEqual({ path, status: 400 });
      expect(response.body).toEqual({ data: null, error: expect.objectContaining({ status: 400, name: 'ValidationError', message: expect.stringContaining('status') }) });
      expect(response.text).not.toContain(draft.documentId);
    }
  });

  it.each([
    ['/api/campaigns?filters[slogan][$or]=', 'filters[slogan][$or]'],
    ['/api/articles?filters[title][$and][0][$eq]=x', 'filters[title][$and]'],
    ['/api/photographers?filters[photos][$not][locale][$notNull][%23]=', 'filters[photos][$not]'],
    ['/api/photographers?filters[photos][$not][locale][$notNull]=true', 'filters[photos][$not]'],
    ['/api/articles?filters[cover][$not][$eq]=1', 'filters[cover][$not]'],
    ['/api/articles?filters[title][$null][x]=1', 'filters[title][$null]'],
  ])('a group operator or an object under a field is a 400 naming it: %s', async (url, parameter) => {
    await expectBadRequest(url, parameter);
  });

  it('null checks and $not under a field still read', async () => {
    for (const url of ['/api/campaigns?filters[slogan][$null]=true', '/api/articles?filters[title][$not][$eq]=x', '/api/photographers?filters[$not][photos][locale][$notNull]=true', '/api/articles?filters[$or][0][title][$eq]=x&filters[$or][1][slug][$eq]=y']) {
      const response = await app.http().get(url);
      expect({ url, status: response.status }).toEqual({ url, status: 200 });
    }
  });

  it('status=published still reads', async () => {
    expect((await app.http().get('/api/activities?status=published')).status).toBe(200);
  });

  it('a cursor the feed gave out still pages', async () => {
    const response = await app.http().get(`/api/feed?cursor=${cursorOf({ d: '2024-01-01T00:00:00.000Z', t: 'article', i: 2147483647 })}`);
    expect(response.status).toBe(200);
  });
});
