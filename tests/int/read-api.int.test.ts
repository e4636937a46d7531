/**
 * Public reads over REST and GraphQL, against the demo content seeded from the seed article.
 */

import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;

beforeAll(async () => {
  app = await startStrapi('read-api', { seed: true });
});

afterAll(async () => {
  await app?.stop();
});

type Json = Record<string, any>;

const get = async (url: string): Promise<Json> => {
  const response = await app.http().get(url);
  expect(response.status).toBe(200);
  return response.body as Json;
};

const graphql = async (query: string, variables: Json = {}): Promise<Json> => {
  const response = await app.http().post('/graphql').send({ query, variables });
  expect(response.status).toBe(200);
  return response.body as Json;
};

const SEED_TITLE = '忠诚党的事业 竭诚服务职工';
const SEED_SLUG = 'zhong-cheng-dang-de-shi-ye-jie-cheng-fu-wu-zhi-gong';

describe('REST: every type lists and reads published content', () => {
  test.each([
    ['articles', 1],
    ['photos', 7],
    ['photographers', 3],
    ['activities', 14],
    ['campaigns', 6],
    ['organizations', 14],
    ['categories', 1],
    ['tags', 4],
  ])('/api/%s lists %i documents and each reads by documentId', async (collection, total) => {
    const list = await get(`/api/${collection}?pagination[pageSize]=100`);
    expect(list.meta.pagination.total).toBe(total);
    expect(list.data).toHaveLength(total);
    const first = list.data[0];
    expect(typeof first.documentId).toBe('string');
    const detail = await get(`/api/${collection}/${first.documentId}`);
    expect(detail.data.documentId).toBe(first.documentId);
  });

  it('answers 404 in the error shape for an unknown documentId', async () => {
    const response = await app.http().get('/api/articles/doesnotexist000000000000');
    expect(response.status).toBe(404);
    expect(response.body.error).toMatchObject({ status: 404, name: 'NotFoundError' });
  });
});

describe('REST: articles', () => {
  it('lists the seed article with its cover credited, its category, and nothing heavy', async () => {
    const { data } = await get('/api/articles');
    const [article] = data;
    expect(article).toMatchObject({ title: SEED_TITLE, slug: SEED_SLUG, locale: 'zh-Hans' });
    expect(article.cover).toMatchObject({ caption: '淮北市庆祝五一国际劳动节大会。', creditLine: '■ 摄影 记者 陈文骁' });
    expect(article.cover.photographer).toMatchObject({ name: '陈文骁', nameEn: 'Chen Wenxiao' });
    expect(article.cover.image.url).toMatch(/^\/uploads\/.+\.jpg$/);
    expect(article.category).toMatchObject({ name: '工会动态' });
    expect(article.body).toBeUndefined();
    expect(article.gallery).toBeUndefined();
  });

  it('finds an article by slug through filters', async () => {
    const { data } = await get(`/api/articles?filters[slug][$eq]=${SEED_SLUG}`);
    expect(data).toHaveLength(1);
    expect(data[0].title).toBe(SEED_TITLE);
    const none = await get('/api/articles?filters[slug][$eq]=no-such-slug');
    expect(none.data).toHaveLength(0);
  });

  it('gives the detail everything a page needs, photos credited inside the dynamic zone', async () => {
    const { data: [{ documentId }] } = await get('/api/articles');
    const { data } = await get(`/api/articles/${documentId}`);

    const photoBlocks = data.body.filter((block: Json) => block.__component === 'article.photo');
    expect(photoBlocks.map((block: Json) => [block.photo.caption, block.photo.creditLine])).toEqual([
      ['淮北市庆祝五一国际劳动节大会。', '■ 摄影 记者 陈文骁'],
      ['开展为一线职工送清凉活动。', '资料图片'],
      ['慰问社区抗疫一线人员。', '资料图片'],
      [null, '■ 摄影 记者 万善朝'],
      ['煤矿转岗分流职工学技能促就业。', '■ 摄影 记者 万善朝'],
      ['“五送”之“送万福进万家”活动。', '■ 摄影 通讯员 徐度晓'],
      ['“金秋助学”现场资助活动。', '资料图片'],
    ]);
    const headings = data.body
      .filter((block: Json) => block.__component === 'article.section')
      .map((block: Json) => block.heading);
    expect(headings).toHaveLength(5);
    expect(headings[1]).toBe('坚定不移听党话跟党走,打造“忠诚工会”');
    const figures = data.body.find((block: Json) => block.__component === 'article.figures');
    // read from the text by the importer: 万 multiplied out, as printed kept, with its sentence
    expect(figures.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ printed: '13.3万元', value: 133000, unit: '元', atLeast: false, label: expect.stringContaining('专项慰问资金') }),
        expect.objectContaining({ printed: '944余万元', value: 9440000, unit: '元', atLeast: true }),
      ])
    );

    expect(data.gallery).toHaveLength(7);
    expect(data.gallery.every((photo: Json) => typeof photo.creditLine === 'string')).toBe(true);
    expect(data.bylines.map((byline: Json) => byline.person.name)).toEqual(['陈文骁', '万善朝', '徐度晓']);
    expect(data.campaigns).toHaveLength(6);
    expect(data.activities).toHaveLength(14);
    expect(data.organizations.map((organization: Json) => organization.name)).toContain('淮北市总工会');
    expect(data.seo.metaTitle).toBe(SEED_TITLE);
  });

  it("narrows the default populate to the client's own", async () => {
    const { data: [article] } = await get('/api/articles?populate[0]=category');
    expect(article.category.name).toBe('工会动态');
    expect(article.cover).toBeUndefined();

    const { data: detail } = await get(`/api/articles/${article.documentId}?populate[cover][fields][0]=creditLine`);
    expect(detail.cover).toEqual(expect.objectContaining({ creditLine: '■ 摄影 记者 陈文骁' }));
    expect(detail.body).toBeUndefined();
  });

  it('serves the English version with English credits', async () => {
    const { data } = await get('/api/articles?locale=en');
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({ locale: 'en', title: 'Loyal to the Party’s cause, serving workers wholeheartedly' });
    expect(data[0].slug).toBe('loyal-to-the-partys-cause-serving-workers-wholeheartedly');
    expect(data[0].cover.creditLine).toBe('Photo: Chen Wenxiao, staff reporter');
    const { data: detail } = await get(`/api/articles/${data[0].documentId}?locale=en`);
    const credits = detail.body.map((block: Json) => block.photo?.creditLine);
    expect(credits).toEqual([
      'Photo: Chen Wenxiao, staff reporter',
      'File photo',
      'File photo',
      'Photo: Wan Shanchao, staff reporter',
      'Photo: Wan Shanchao, staff reporter',
      'Photo: Xu Duxiao, correspondent',
      'File photo',
    ]);
  });

  it('uses zh-Hans when no locale is asked for', async () => {
    const explicit = await get('/api/articles?locale=zh-Hans');
    const implicit = await get('/api/articles');
    expect(implicit.data[0].title).toBe(explicit.data[0].title);
    expect(implicit.data[0].locale).toBe('zh-Hans');
  });
});

describe('REST: activities, campaigns and photos', () => {
  it('lists activities with places and figures, and details with organizers and photos', async () => {
    const { data } = await get('/api/activities?filters[kind][$eq]=healthChecks');
    expect(data).toHaveLength(1);
    const [checks] = data;
    expect(checks).toMatchObject({ title: '社区工作者免费体检', beneficiaries: 1300, startDate: '2020-03-25' });
    expect(checks.campaign.name).toBe('疫情防控慰问');
    expect(checks.metrics[0]).toMatchObject({ value: 1300, unit: '人' });
    expect(checks.partners).toBeUndefined();

    const { data: detail } = await get(`/api/activities/${checks.documentId}`);
    expect(detail.partners.map((organization: Json) => organization.name)).toEqual(['铭一体检中心']);
    expect(detail.organizers.map((organization: Json) => organization.name)).toEqual(['淮北市总工会']);

    const { data: narrowed } = await get(`/api/activities/${checks.documentId}?populate[0]=partners`);
    expect(narrowed.partners).toHaveLength(1);
    expect(narrowed.locations).toBeUndefined();
  });

  it('lists the six coat-receiving communities as places', async () => {
    const { data } = await get(`/api/activities?filters[title][$eq]=${encodeURIComponent('为城乡社区赠送御寒大衣')}`);
    expect(data[0].locations.map((location: Json) => `${location.district}${location.name}`)).toEqual([
      '东街道新华社区',
      '西街道安康社区',
      '三堤口街道庆桥社区',
      '曲阳街道滨河社区',
      '刘桥镇任圩村',
      '四铺镇湖涯村',
    ]);
  });

  it('keeps money exact', async () => {
    const { data } = await get('/api/activities?filters[fundsAmount][$notNull]=true&sort=fundsAmount:asc');
    expect(data.map((activity: Json) => Number(activity.fundsAmount))).toEqual([133000, 990000, 9440000]);
  });

  it('details a campaign with its activities, and narrows on request', async () => {
    const { data } = await get(`/api/campaigns?filters[name][$eq]=${encodeURIComponent('疫情防控慰问')}`);
    const [campaign] = data;
    expect(campaign.cover.creditLine).toBe('资料图片');
    expect(campaign.leadOrganization.name).toBe('淮北市总工会');
    const { data: detail } = await get(`/api/campaigns/${campaign.documentId}`);
    expect(detail.activities).toHaveLength(6);
    expect(detail.articles[0].title).toBe(SEED_TITLE);
    const { data: narrowed } = await get(`/api/campaigns/${campaign.documentId}?populate[0]=goals`);
    expect(narrowed.activities).toBeUndefined();
  });

  it('gives each photo its image and photographer', async () => {
    const { data } = await get('/api/photos?filters[creditRole][$eq]=correspondent');
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({ creditLine: '■ 摄影 通讯员 徐度晓', photographer: expect.objectContaining({ name: '徐度晓' }) });
    expect(data[0].image.formats.thumbnail.url).toMatch(/^\/uploads\//);
  });

  it('reads photographers with their photos through populate, one locale at a time', async () => {
    // photographers are not localized: the request's locale picks the versions of their photos (default zh-Hans)
    const query = '/api/photographers?filters[slug][$eq]=wan-shan-chao&populate[photos][fields][0]=creditLine';
    expect((await get(query)).data[0].photos.map((photo: Json) => photo.creditLine)).toEqual(['■ 摄影 记者 万善朝', '■ 摄影 记者 万善朝']);
    const { data } = await get(`${query}&locale=en`);
    expect(data[0].photos.map((photo: Json) => photo.creditLine)).toEqual(['Photo: Wan Shanchao, staff reporter', 'Photo: Wan Shanchao, staff reporter']);
    expect((await get(`${query}&locale=*`)).data[0].photos).toHaveLength(4);
  });

  it('reads the organization tree', async () => {
    const { data } = await get('/api/organizations?filters[kind][$eq]=community&pagination[pageSize]=100');
    expect(data.length).toBeGreaterThanOrEqual(11);
  });
});

describe('GraphQL', () => {
  it('returns articles with the cover credit line', async () => {
    const body = await graphql('{ articles { title slug cover { caption creditLine photographer { name } } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.articles).toEqual([
      {
        title: SEED_TITLE,
        slug: SEED_SLUG,
        cover: { caption: '淮北市庆祝五一国际劳动节大会。', creditLine: '■ 摄影 记者 陈文骁', photographer: { name: '陈文骁' } },
      },
    ]);
  });

  it('returns credit lines nested in the dynamic zone and the gallery, in English too', async () => {
    const query = `query ($locale: I18NLocaleCode) {
      articles(locale: $locale) {
        body { __typename ... on ComponentArticlePhoto { photo { creditLine } } }
        gallery { creditLine }
      }
    }`;
    const zh = await graphql(query, { locale: 'zh-Hans' });
    expect(zh.errors).toBeUndefined();
    const zhCredits = zh.data.articles[0].body.filter((block: Json) => block.photo).map((block: Json) => block.photo.creditLine);
    expect(zhCredits).toContain('■ 摄影 通讯员 徐度晓');
    expect(zh.data.articles[0].gallery).toHaveLength(7);

    const en = await graphql(query, { locale: 'en' });
    expect(en.errors).toBeUndefined();
    expect(en.data.articles[0].body[0].photo.creditLine).toBe('Photo: Chen Wenxiao, staff reporter');
  });

  it('filters by slug and pages through a connection', async () => {
    const body = await graphql(`{
      activities_connection(filters: { kind: { eq: "visitsAndRelief" } }, pagination: { pageSize: 2 }) {
        nodes { title fundsAmount }
        pageInfo { total pageSize }
      }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.activities_connection.pageInfo).toEqual({ total: 4, pageSize: 2 });
    expect(body.data.activities_connection.nodes).toHaveLength(2);
  });

  it('reads photos with their credit lines at the top level', async () => {
    const body = await graphql('{ photos(filters: { creditRole: { eq: "filePhoto" } }) { creditLine } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.photos).toEqual([{ creditLine: '资料图片' }, { creditLine: '资料图片' }, { creditLine: '资料图片' }]);
  });
});
