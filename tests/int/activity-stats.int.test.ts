/**
 * GET /api/activities/stats and GET /api/campaigns/:slug/hub against the seed article's activities: totals
 * are checked against sums this test computes itself from the REST list.
 */

import { startStrapi, type TestApp } from '../helpers/strapi';

type Json = Record<string, any>;

let app: TestApp;
let token: string;

const get = async (url: string, status = 200): Promise<Json> => {
  const response = await app.http().get(url);
  expect({ url, status: response.status }).toEqual({ url, status });
  return response.body as Json;
};

const publishedActivities = async (query = ''): Promise<Json[]> =>
  (await get(`/api/activities?pagination[pageSize]=100&populate[0]=campaign&populate[1]=locations&populate[2]=organizers${query}`)).data;

const sum = (activities: Json[], field: string) => activities.reduce((total, activity) => total + Number(activity[field] ?? 0), 0);

const EPIDEMIC = 'yi-qing-fang-kong-wei-wen';

beforeAll(async () => {
  app = await startStrapi('activity-stats', { seed: true });
  token = await app.fullAccessToken();
});

afterAll(async () => {
  await app?.stop();
});

describe('GET /api/activities/stats', () => {
  it('groups by kind with totals equal to the sums of the published activities', async () => {
    const activities = await publishedActivities();
    const { data, meta } = await get('/api/activities/stats?groupBy=kind');
    expect(meta.total).toMatchObject({
      count: activities.length,
      fundsAmount: sum(activities, 'fundsAmount'),
      beneficiaries: sum(activities, 'beneficiaries'),
      participants: sum(activities, 'participants'),
    });
    for (const group of data) {
      const members = activities.filter((activity) => activity.kind === group.key);
      expect(group).toEqual({
        key: group.key,
        label: group.key,
        count: members.length,
        fundsAmount: sum(members, 'fundsAmount'),
        beneficiaries: sum(members, 'beneficiaries'),
        participants: sum(members, 'participants'),
      });
    }
    expect(data.reduce((total: number, group: Json) => total + group.count, 0)).toBe(activities.length);
  });

  it('orders groups totally, the same on every database: count, then key in code-point order, the group without a key last', async () => {
    const utf8 = (text: string | null) => (text === null ? null : Buffer.from(text, 'utf8'));
    const byKey = (a: string | null, b: string | null) => {
      if (a === b) return 0;
      if (a === null) return 1;
      if (b === null) return -1;
      return Buffer.compare(utf8(a) as Buffer, utf8(b) as Buffer);
    };
    let ties = 0;
    let keyless = 0;
    for (const groupBy of ['campaign', 'organization', 'district', 'kind', 'year']) {
      const { data } = await get(`/api/activities/stats?groupBy=${groupBy}`);
      const groups: Array<{ count: number; key: string | null; label: string | null }> = data.map(({ count, key, label }: Json) => ({ count, key, label }));
      const expected = [...groups].sort((a, b) => b.count - a.count || byKey(a.key, b.key) || byKey(a.label, b.label));
      expect({ groupBy, groups }).toEqual({ groupBy, groups: expected });
      ties += groups.filter((group, i) => i > 0 && groups[i - 1].count === group.count).length;
      keyless += groups.filter((group) => group.key === null).length;
    }
    // the order above is only tested if groups tie on count and one of them has no key
    expect(ties).toBeGreaterThan(0);
    expect(keyless).toBeGreaterThan(0);
  });

  it('adds up to the figures in the seed article', async () => {
    const { data } = await get('/api/activities/stats?groupBy=campaign');
    const epidemic = data.find((group: Json) => group.key === EPIDEMIC);
    // 99万元 + 13.3万元, 1300 health checks, 39 party members on duty
    expect(epidemic).toMatchObject({ label: '疫情防控慰问', count: 6, fundsAmount: 990000 + 133000, beneficiaries: 1300, participants: 39 });
  });

  it('groups by year, district, organization and campaign', async () => {
    const activities = await publishedActivities();
    const years = (await get('/api/activities/stats?groupBy=year')).data;
    expect(years.find((group: Json) => group.key === '2020')).toMatchObject({ count: activities.filter((a) => a.startDate?.startsWith('2020')).length });

    const districts = (await get('/api/activities/stats?groupBy=district')).data;
    const inSipu = activities.filter((activity) => activity.locations.some((location: Json) => location.district === '四铺镇'));
    expect(districts.find((group: Json) => group.key === '四铺镇')).toMatchObject({ count: inSipu.length });

    const organizations = (await get('/api/activities/stats?groupBy=organization')).data;
    const federation = organizations.find((group: Json) => group.label === '淮北市总工会');
    expect(federation.count).toBe(activities.filter((a) => a.organizers.some((o: Json) => o.name === '淮北市总工会')).length);

    const campaigns = (await get('/api/activities/stats?groupBy=campaign')).data;
    expect(campaigns.reduce((total: number, group: Json) => total + group.count, 0)).toBe(activities.length);
  });

  it('filters by dates, kind and campaign', async () => {
    const late = await get('/api/activities/stats?groupBy=kind&from=2020-03-20&to=2020-12-31');
    expect(late.meta.total).toMatchObject({ count: 1, beneficiaries: 1300 });
    const kind = await get('/api/activities/stats?groupBy=kind&kind=visitsAndRelief');
    expect(kind.data).toEqual([expect.objectContaining({ key: 'visitsAndRelief', count: 4, fundsAmount: 1123000 })]);
    const campaign = await get(`/api/activities/stats?groupBy=kind&campaign=${EPIDEMIC}`);
    expect(campaign.meta.total.count).toBe(6);
  });

  it('keeps money exact', async () => {
    const campaign = (await app.http().post('/api/campaigns').set({ Authorization: `Bearer ${token}` }).send({ data: { name: 'Decimal check' } })).body.data;
    for (const fundsAmount of [0.1, 0.2, 1234567.89]) {
      await app.http().post('/api/activities').set({ Authorization: `Bearer ${token}` }).send({ data: { title: `money ${fundsAmount}`, fundsAmount, campaign: campaign.documentId } });
    }
    const { meta } = await get(`/api/activities/stats?campaign=${campaign.slug}`);
    expect(meta.total.fundsAmount).toBe(1234568.19);
  });

  it('counts only published activities, and follows publish and unpublish', async () => {
    const auth = { Authorization: `Bearer ${token}` };
    const before = (await get('/api/activities/stats')).meta.total;
    const draft = (await app.http().post('/api/activities?status=draft').set(auth).send({ data: { title: '草稿活动', fundsAmount: 5000, beneficiaries: 7 } })).body.data;
    expect((await get('/api/activities/stats')).meta.total).toEqual(before);

    await app.strapi.documents('api::activity.activity').publish({ documentId: draft.documentId } as never);
    expect((await get('/api/activities/stats')).meta.total).toMatchObject({ count: before.count + 1, fundsAmount: before.fundsAmount + 5000 });

    await app.strapi.documents('api::activity.activity').unpublish({ documentId: draft.documentId } as never);
    expect((await get('/api/activities/stats')).meta.total).toEqual(before);
  });

  it('uses the same number of queries however many activities there are', async () => {
    const countQueries = async (url: string) => {
      let queries = 0;
      const onQuery = () => {
        queries += 1;
      };
      app.strapi.db.connection.on('query', onQuery);
      try {
        await get(url);
      } finally {
        app.strapi.db.connection.off('query', onQuery);
      }
      return queries;
    };
    const quiet = async () => {
      let last = Date.now();
      const onQuery = () => {
        last = Date.now();
      };
      app.strapi.db.connection.on('query', onQuery);
      const started = Date.now();
      try {
        while (Date.now() - last < 300 && Date.now() - started < 5000) await new Promise((resolve) => setTimeout(resolve, 50));
      } finally {
        app.strapi.db.connection.off('query', onQuery);
      }
    };
    const before = await countQueries('/api/activities/stats?groupBy=district');
    for (let i = 0; i < 10; i += 1) {
      await app.strapi.documents('api::activity.activity').create({
        data: { title: `批量活动 ${i}`, fundsAmount: 100, locations: [{ name: '社区', district: '相山区' }] },
        status: 'published',
      } as never);
    }
    // the creates' after-commit entry events (webhooks) load each new activity in the background: let them finish,
    // so that only the stats request is counted
    await quiet();
    const after = await countQueries('/api/activities/stats?groupBy=district');
    expect(after).toBe(before);
    expect(after).toBeLessThanOrEqual(4);
  });

  test.each([
    ['an unknown groupBy', '?groupBy=weather', 400],
    ['a date that is not a date', '?from=yesterday', 400],
    ['a date that does not exist', '?to=2020-02-30', 400],
    ['from after to', '?from=2021-01-01&to=2020-01-01', 400],
    ['an unknown kind', '?kind=party', 400],
    ['an unknown locale', '?locale=fr', 400],
    ['an unknown parameter', '?limit=100000', 400],
    ['a repeated parameter', '?groupBy=kind&groupBy=year', 400],
    ['an unknown campaign', '?campaign=no-such-campaign', 404],
  ])('answers %s with %i in the error shape', async (_case, query, status) => {
    const response = await app.http().get(`/api/activities/stats${query}`);
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ data: null, error: { status } });
    expect(typeof response.body.error.message).toBe('string');
  });

  test.each([
    ['a date without leading zeros', '?from=2020-1-1', ['from']],
    ['a bracketed groupBy', '?groupBy[kind]=1', ['groupBy']],
    ['from after to', '?from=2021-01-01&to=2020-01-01', ['from']],
    ['an unknown locale', '?locale=fr', ['locale']],
    ['several problems at once', '?groupBy=weather&to=2020-02-30&limit=5', ['groupBy', 'to', 'limit']],
  ])('answers %s with 400 naming each bad parameter in details.errors', async (_case, query, paths) => {
    const response = await app.http().get(`/api/activities/stats${query}`);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    expect(response.body.error.details.errors.map((problem: Json) => problem.path.join('.'))).toEqual(paths);
  });
});

describe('GET /api/campaigns/:slug/hub', () => {
  it('rolls up the campaign with its activities, articles and credited photos', async () => {
    const { data } = await get(`/api/campaigns/${EPIDEMIC}/hub`);
    const activities = await publishedActivities(`&filters[campaign][slug][$eq]=${EPIDEMIC}`);
    expect(data.name).toBe('疫情防控慰问');
    expect(data.activities).toHaveLength(activities.length);
    expect(data.articles.map((article: Json) => article.title)).toEqual(['忠诚党的事业 竭诚服务职工']);
    expect(data.figures).toMatchObject({
      activities: activities.length,
      fundsAmount: sum(activities, 'fundsAmount'),
      beneficiaries: sum(activities, 'beneficiaries'),
      participants: sum(activities, 'participants'),
      dateRange: { from: '2020-03-10', to: '2020-03-25' },
    });
    expect(data.figures.metricsByUnit).toEqual(expect.arrayContaining([{ unit: '万元', value: 112.3, count: 2 }]));
    const districts = new Set(activities.flatMap((activity) => activity.locations.map((location: Json) => location.district)).filter(Boolean));
    expect(data.figures.districts).toEqual([...districts].sort());
    expect(data.photos.length).toBeGreaterThan(0);
    for (const photo of data.photos) expect(typeof photo.creditLine).toBe('string');
    expect(data.photos.map((photo: Json) => photo.creditLine)).toContain('资料图片');
  });

  it('serves the hub of a campaign without activities with zero figures', async () => {
    const { data } = await get('/api/campaigns/wu-song-huo-dong/hub');
    expect(data.figures).toMatchObject({ activities: 1, fundsAmount: 0, districts: [] });
  });

  it('does not show draft activities in a hub', async () => {
    await app
      .http()
      .post('/api/activities?status=draft')
      .set({ Authorization: `Bearer ${token}` })
      .send({ data: { title: '未发布的慰问', fundsAmount: 1, campaign: (await get(`/api/campaigns?filters[slug][$eq]=${EPIDEMIC}`)).data[0].documentId } });
    const { data } = await get(`/api/campaigns/${EPIDEMIC}/hub`);
    expect(data.activities.map((activity: Json) => activity.title)).not.toContain('未发布的慰问');
    expect(data.figures.fundsAmount).toBe(1123000);
  });

  test.each([
    ['an unknown slug', '/api/campaigns/no-such-campaign/hub', 404],
    ['a slug that cannot exist', `/api/campaigns/${encodeURIComponent('疫情')}/hub`, 404],
    ['an unknown locale', `/api/campaigns/${EPIDEMIC}/hub?locale=fr`, 400],
    ['an unknown parameter', `/api/campaigns/${EPIDEMIC}/hub?populate=*`, 400],
  ])('answers %s with %i in the error shape', async (_case, url, status) => {
    const response = await app.http().get(url);
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ data: null, error: { status } });
  });
  it('names the bad parameter of a hub request in details.errors', async () => {
    const response = await app.http().get(`/api/campaigns/${EPIDEMIC}/hub?locale=en&locale=zh-Hans&populate=*`);
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors.map((problem: Json) => problem.path.join('.'))).toEqual(['locale', 'populate']);
  });
});
