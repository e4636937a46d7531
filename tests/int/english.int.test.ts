/**
 * The English edition of the demo content: every English endpoint and hub has content, with its relations in
 * English, and a photographer's photos come in one locale at a time (REST and GraphQL).
 */

import { activities, campaigns } from '../../src/seed/data';
import { seedDemoContent } from '../../src/seed';
import { startStrapi, type TestApp } from '../helpers/strapi';

type Json = Record<string, any>;

let app: TestApp;

beforeAll(async () => {
  app = await startStrapi('english', { seed: true });
});

afterAll(async () => {
  await app?.stop();
});

const get = async (url: string, status = 200): Promise<Json> => {
  const response = await app.http().get(url);
  expect({ url, status: response.status }).toEqual({ url, status });
  return response.body as Json;
};

const graphql = async (query: string, variables: Json = {}): Promise<Json> => {
  const response = await app.http().post('/graphql').send({ query, variables });
  expect(response.status).toBe(200);
  return response.body as Json;
};

const HAN = /\p{Script=Han}/u;
const EPIDEMIC_ZH = 'yi-qing-fang-kong-wei-wen';
const EPIDEMIC_EN = 'support-during-epidemic-prevention-and-control';

const all = async (collection: string, query = ''): Promise<Json[]> => (await get(`/api/${collection}?pagination[pageSize]=100${query}`)).data;

describe('English activities and campaigns', () => {
  it('lists every activity in English, published, with the shared fields of its Chinese version', async () => {
    const english = await all('activities', '&locale=en&populate[0]=campaign&populate[1]=metrics&populate[2]=photos');
    const chinese = await all('activities', '&populate[0]=campaign&populate[1]=metrics');
    expect(english.map((activity) => activity.title).sort()).toEqual(activities.map((activity) => activity.en.title).sort());
    expect(english.every((activity) => activity.locale === 'en' && typeof activity.publishedAt === 'string')).toBe(true);
    expect(english.filter((activity) => HAN.test(`${activity.title}${activity.summary}`))).toEqual([]);
    for (const activity of english) {
      const twin = chinese.find((candidate) => candidate.documentId === activity.documentId) as Json;
      expect(twin).toBeDefined();
      for (const field of ['kind', 'startDate', 'endDate', 'fundsAmount', 'beneficiaries', 'participants']) {
        expect({ title: activity.title, field, value: activity[field] }).toEqual({ title: activity.title, field, value: twin[field] });
      }
      expect(activity.metrics.map((metric: Json) => [metric.value, metric.unit])).toEqual(twin.metrics.map((metric: Json) => [metric.value, metric.unit]));
      // its campaign is the same document, in English
      expect(activity.campaign?.documentId).toBe(twin.campaign?.documentId);
      if (activity.campaign) expect(activity.campaign.locale).toBe('en');
      for (const photo of activity.photos) expect(photo.locale).toBe('en');
    }
    const checks = english.find((activity) => activity.kind === 'healthChecks') as Json;
    expect(checks).toMatchObject({ title: 'Free health checks for community workers', beneficiaries: 1300, startDate: '2020-03-25' });
    expect(checks.campaign.name).toBe('Support during epidemic prevention and control');
  });

  it('gives English activities their organizers and English photos', async () => {
    const [lecture] = await all('activities', `&locale=en&filters[kind][$eq]=skillsTraining`);
    const { data } = await get(`/api/activities/${lecture.documentId}?locale=en`);
    expect(data.organizers.map((organization: Json) => organization.nameEn)).toEqual(['Huaibei Federation of Trade Unions']);
    expect(data.photos.map((photo: Json) => photo.creditLine)).toEqual(['Photo: Wan Shanchao, staff reporter', 'Photo: Wan Shanchao, staff reporter']);
    expect(data.photos.map((photo: Json) => photo.caption)).toContain('Miners moved out of coal jobs learn new skills for employment.');
  });

  it('lists every campaign in English with its slogan, cover and activities', async () => {
    const english = await all('campaigns', '&locale=en');
    expect(english.map((campaign) => campaign.name).sort()).toEqual(campaigns.map((campaign) => campaign.en.name).sort());
    expect(english.filter((campaign) => HAN.test(`${campaign.name}${campaign.slogan ?? ''}${campaign.description}`))).toEqual([]);
    const fiveType = english.find((campaign) => campaign.name === 'Building “five-type unions”') as Json;
    expect(fiveType.slogan).toBe('Build loyal unions, committed unions, vibrant unions, diligent unions');
    expect(fiveType.cover).toMatchObject({ locale: 'en', creditLine: 'Photo: Chen Wenxiao, staff reporter' });

    const [epidemic] = await all('campaigns', `&locale=en&filters[slug][$eq]=${EPIDEMIC_EN}`);
    const { data } = await get(`/api/campaigns/${epidemic.documentId}?locale=en`);
    const { data: chinese } = await get(`/api/campaigns/${epidemic.documentId}`);
    expect(data.activities).toHaveLength(chinese.activities.length);
    const englishTitles = activities.filter((activity) => activity.campaign === 'epidemic-relief').map((activity) => activity.en.title);
    expect(data.activities.map((activity: Json) => activity.title).sort()).toEqual(englishTitles.sort());
    expect(data.articles.map((article: Json) => article.title)).toEqual(['Loyal to the Party’s cause, serving workers wholeheartedly']);
  });

  it('links the English article to the English campaigns and activities', async () => {
    const [article] = await all('articles', '&locale=en');
    const { data } = await get(`/api/articles/${article.documentId}?locale=en`);
    expect(data.campaigns.map((campaign: Json) => campaign.name).sort()).toEqual(campaigns.map((campaign) => campaign.en.name).sort());
    expect(data.activities.map((activity: Json) => activity.title).sort()).toEqual(activities.map((activity) => activity.en.title).sort());
  });

  it('serves the English hub with the same figures as the Chinese one, in English', async () => {
    const { data } = await get(`/api/campaigns/${EPIDEMIC_EN}/hub?locale=en`);
    const { data: chinese } = await get(`/api/campaigns/${EPIDEMIC_ZH}/hub`);
    expect(data.name).toBe('Support during epidemic prevention and control');
    expect(data.activities.length).toBeGreaterThan(0);
    expect(data.activities.map((activity: Json) => activity.documentId).sort()).toEqual(chinese.activities.map((activity: Json) => activity.documentId).sort());
    expect(data.activities.filter((activity: Json) => HAN.test(activity.title))).toEqual([]);
    expect(data.figures).toEqual(chinese.figures);
    expect(data.photos.length).toBe(chinese.photos.length);
    expect(data.photos.map((photo: Json) => photo.creditLine)).toContain('File photo');
    // the Chinese slug names no English campaign
    await get(`/api/campaigns/${EPIDEMIC_ZH}/hub?locale=en`, 404);

    const body = await graphql('query ($slug: String!) { campaignHub(slug: $slug, locale: "en") { campaign figures { activities fundsAmount } } }', { slug: EPIDEMIC_EN });
    expect(body.errors).toBeUndefined();
    expect(body.data.campaignHub.campaign.name).toBe('Support during epidemic prevention and control');
    expect(body.data.campaignHub.figures).toEqual({ activities: chinese.figures.activities, fundsAmount: chinese.figures.fundsAmount });
  });

  it('gives English activity stats the totals of the Chinese ones', async () => {
    const english = await get('/api/activities/stats?groupBy=kind&locale=en');
    const chinese = await get('/api/activities/stats?groupBy=kind');
    expect(english.meta.total.count).toBe(activities.length);
    expect(english.meta.total).toEqual(chinese.meta.total);
    expect(english.data).toEqual(chinese.data);
    const byCampaign = await get('/api/activities/stats?groupBy=campaign&locale=en');
    expect(byCampaign.data.map((group: Json) => group.label)).toContain('Support during epidemic prevention and control');
  });

  it('feeds English articles, activities and campaigns', async () => {
    const items: Json[] = (await get('/api/feed?locale=en&limit=50')).data;
    const types = new Set(items.map((item) => item.type));
    expect(types).toEqual(new Set(['article', 'activity', 'campaign']));
    expect(items.filter((item) => item.type === 'activity')).toHaveLength(activities.length);
    expect(items.filter((item) => item.type === 'campaign')).toHaveLength(campaigns.length);
    expect(items.filter((item) => HAN.test(item.title))).toEqual([]);
    const relief = (await get(`/api/feed?locale=en&campaign=${EPIDEMIC_EN}&limit=50`)).data as Json[];
    expect(relief.filter((item) => item.type === 'activity').length).toBe(activities.filter((activity) => activity.campaign === 'epidemic-relief').length);
  });

  it('lists English activities in GraphQL', async () => {
    const body = await graphql('{ activities(locale: "en", pagination: { pageSize: 100 }) { title campaign { name } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.activities).toHaveLength(activities.length);
    expect(body.data.activities.find((activity: Json) => activity.title === 'Free health checks for community workers').campaign.name).toBe(
      'Support during epidemic prevention and control'
    );
  });

  it('creates nothing when the seed runs again', async () => {
    const rows = async () =>
      Object.fromEntries(
        await Promise.all(
          ['api::activity.activity', 'api::campaign.campaign', 'api::article.article', 'api::photo.photo'].map(
            async (uid) => [uid, await app.strapi.db.query(uid as never).count({ where: { locale: 'en' } })] as const
          )
        )
      );
    const before = await rows();
    // draft and published of each English version
    expect(before).toMatchObject({ 'api::activity.activity': activities.length * 2, 'api::campaign.campaign': campaigns.length * 2 });
    const report = await seedDemoContent(app.strapi);
    expect(report.created).toBe(0);
    expect(await rows()).toEqual(before);
  });
});

describe("a photographer's photos, one locale at a time", () => {
  const WAN = 'wan-shan-chao';
  const isEnglishCredit = (credit: string) => credit === 'File photo' || credit.startsWith('Photo: ');
  const isChineseCredit = (credit: string) => HAN.test(credit);

  /** How many photos of each locale credit each photographer, as the photos themselves say. */
  const creditedPhotos = async (locale: string): Promise<Map<string, number>> => {
    const photos = await all('photos', `&locale=${locale}&populate[0]=photographer`);
    const counts = new Map<string, number>();
    for (const photo of photos) if (photo.photographer) counts.set(photo.photographer.slug, (counts.get(photo.photographer.slug) ?? 0) + 1);
    return counts;
  };

  test.each([
    ['populate=photos', 'en', 'en'],
    ['populate=photos', '', 'zh-Hans'],
    ['populate=photos', 'zh-Hans', 'zh-Hans'],
    ['populate=*', 'en', 'en'],
    ['populate[0]=photos&populate[1]=organization', 'en', 'en'],
    ['populate[photos]=true', 'en', 'en'],
    ['populate[photos][populate][0]=image', 'en', 'en'],
    ['populate[0]=photos.image', 'en', 'en'],
    ['populate[photos][fields][0]=creditLine&populate[photos][fields][1]=locale', 'en', 'en'],
    ['populate[photos][filters][creditRole][$eq]=staffReporter', 'en', 'en'],
  ])('REST %s with locale=%s gives only %s photos', async (populate, locale, expected) => {
    const query = `filters[slug][$eq]=${WAN}&${populate}${locale ? `&locale=${locale}` : ''}`;
    const [photographer] = (await get(`/api/photographers?${query}`)).data;
    expect(photographer.photos.map((photo: Json) => photo.locale)).toEqual([expected, expected]);
    const { data } = await get(`/api/photographers/${photographer.documentId}?${populate}${locale ? `&locale=${locale}` : ''}`);
    expect(data.photos.map((photo: Json) => photo.locale)).toEqual([expected, expected]);
    const credits = data.photos.map((photo: Json) => photo.creditLine).filter(Boolean) as string[];
    expect(credits.every(expected === 'en' ? isEnglishCredit : isChineseCredit)).toBe(true);
  });

  it('gives each photographer in a list the photos of the locale that credit them', async () => {
    for (const locale of ['en', 'zh-Hans']) {
      const counts = await creditedPhotos(locale);
      const list = await all('photographers', `&locale=${locale}&populate[photos][fields][0]=locale`);
      expect(list).toHaveLength(3);
      for (const photographer of list) {
        expect({ slug: photographer.slug, locale, photos: photographer.photos.length }).toEqual({ slug: photographer.slug, locale, photos: counts.get(photographer.slug) ?? 0 });
        expect(photographer.photos.every((photo: Json) => photo.locale === locale)).toBe(true);
      }
    }
  });

  it('keeps every locale for locale=*, and a client filter on top of the locale', async () => {
    const [everyLocale] = (await get(`/api/photographers?filters[slug][$eq]=${WAN}&populate=photos&locale=*`)).data;
    expect(everyLocale.photos.map((photo: Json) => photo.locale).sort()).toEqual(['en', 'en', 'zh-Hans', 'zh-Hans']);
    const [crossed] = (await get(`/api/photographers?filters[slug][$eq]=${WAN}&populate[photos][filters][locale][$eq]=zh-Hans&locale=en`)).data;
    expect(crossed.photos).toEqual([]);
  });

  test.each([
    ['an unknown locale', 'locale=fr'],
    ['a repeated locale', 'locale=en&locale=zh-Hans'],
  ])('answers %s with 400 on locale when photos are populated', async (_case, query) => {
    const response = await app.http().get(`/api/photographers?populate=photos&${query}`);
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors.map((problem: Json) => problem.path.join('.'))).toEqual(['locale']);
  });

  it('narrows photos and photos_connection by their locale argument in GraphQL, the default locale without one', async () => {
    const query = `{
      photographers(sort: "name") {
        slug
        en: photos(locale: "en") { locale creditLine }
        default: photos { locale }
        every: photos(locale: "*") { locale }
        connection: photos_connection(locale: "en") { nodes { locale } }
        staff: photos(locale: "en", filters: { creditRole: { eq: "staffReporter" } }) { locale creditRole }
      }
    }`;
    const body = await graphql(query);
    expect(body.errors).toBeUndefined();
    const english = await creditedPhotos('en');
    const chinese = await creditedPhotos('zh-Hans');
    expect(body.data.photographers).toHaveLength(3);
    for (const photographer of body.data.photographers) {
      const count = english.get(photographer.slug) ?? 0;
      expect(photographer.en.map((photo: Json) => photo.locale)).toEqual(Array(count).fill('en'));
      expect(photographer.en.every((photo: Json) => isEnglishCredit(photo.creditLine))).toBe(true);
      expect(photographer.default.map((photo: Json) => photo.locale)).toEqual(Array(chinese.get(photographer.slug) ?? 0).fill('zh-Hans'));
      expect(photographer.every).toHaveLength(count + (chinese.get(photographer.slug) ?? 0));
      expect(photographer.connection.nodes.map((photo: Json) => photo.locale)).toEqual(Array(count).fill('en'));
      expect(photographer.staff.every((photo: Json) => photo.locale === 'en' && photo.creditRole === 'staffReporter')).toBe(true);
    }
  });

  it('refuses an unknown locale on photos in GraphQL', async () => {
    const body = await graphql('{ photographers { photos(locale: "fr") { locale } } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
