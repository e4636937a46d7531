/**
 * The feeds as two independent feed parsers read them (rss-parser on xml2js, @extractus/feed-extractor on
 * fast-xml-parser), from a real server listening on a port: every entry link is absolute, has no fragment, and
 * opens the reader page (200) on that server, English entries on the English route; the photo credit is where
 * the parsers expose it (Media RSS `media:credit` in RSS and Atom, the attachment's title in JSON Feed); every
 * image URL is absolute; a reader path of an unknown slug, a draft or another locale's slug is a 404.
 * The parsers are handed the text this test fetched: neither downloads anything.
 */

import { extractFromJson, extractFromXml, type FeedEntry } from '@extractus/feed-extractor';
import Parser from 'rss-parser';
import { startStrapi, type TestApp } from '../helpers/strapi';

type Json = Record<string, any>;

let app: TestApp;
let base: string;

const ARTICLE_SLUG = 'zhong-cheng-dang-de-shi-ye-jie-cheng-fu-wu-zhi-gong';
const CREDIT = { 'zh-Hans': '■ 摄影 记者 陈文骁', en: 'Photo: Chen Wenxiao, staff reporter' } as const;

const text = async (path: string): Promise<string> => {
  const response = await fetch(`${base}${path}`);
  expect({ path, status: response.status }).toEqual({ path, status: 200 });
  return response.text();
};

/** rss-parser, with Media RSS kept (its attributes under `$`, its children as arrays). */
const rssParser = new Parser<Json, { media?: Json[] }>({ customFields: { item: [['media:content', 'media', { keepArray: true }]] } });

/** feed-extractor, with each entry's raw Media RSS, enclosure links and JSON Feed image/attachments kept. */
const extractorOptions = {
  descriptionMaxLen: 0,
  xmlParserOptions: { ignoreAttributes: false, attributeNamePrefix: '@_' },
  getExtraEntryFields: (entry: Record<string, unknown>) => ({
    media: entry['media:content'],
    links: entry.link,
    image: entry.image,
    attachments: entry.attachments,
  }),
};

/** The reader page as a browser gets it from an entry's link. */
const expectReaderPage = async (link: string, locale: 'zh-Hans' | 'en') => {
  const url = new URL(link);
  expect(url.origin).toBe(base);
  expect(link).not.toContain('#');
  expect(url.pathname).toMatch(locale === 'en' ? /^\/en\/(articles|activities|campaigns)\/[^/]+$/ : /^\/(articles|activities|campaigns)\/[^/]+$/);
  const response = await fetch(link);
  expect({ link, status: response.status }).toEqual({ link, status: 200 });
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  const page = await response.text();
  expect(page).toContain('<main id="app"');
  expect(page).toContain('src="/reader.js"');
};

const expectAbsolute = (url: unknown) => {
  expect(typeof url).toBe('string');
  expect(new URL(url as string).origin).toBe(base);
};

/** Every `url` anywhere in a value, e.g. an image's formats. */
const urlsIn = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.flatMap(urlsIn);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === 'url' && typeof inner === 'string' ? [inner] : urlsIn(inner)));
};

beforeAll(async () => {
  delete process.env.PUBLIC_URL;
  app = await startStrapi('feed-readers', { seed: true, listen: true });
  base = app.baseUrl as string;
});

afterAll(async () => {
  await app?.stop();
});

describe.each([['zh-Hans' as const, ''], ['en' as const, '&locale=en']])('the %s feeds in two feed parsers', (locale, query) => {
  it('RSS 2.0: rss-parser and feed-extractor read absolute links that open the reader page, and the credit', async () => {
    const xml = await text(`/api/feed.xml?limit=100${query}`);
    const parsed = await rssParser.parseString(xml);
    const extracted = extractFromXml(xml, extractorOptions);
    expect(parsed.items.length).toBeGreaterThan(0);
    expect(extracted.entries?.map((entry) => entry.link)).toEqual(parsed.items.map((item) => item.link));
    for (const item of parsed.items) await expectReaderPage(item.link as string, locale);

    const article = parsed.items.find((item) => item.categories?.includes('article'))!;
    expect(article.media?.[0]['media:credit'][0]._).toBe(CREDIT[locale]);
    expectAbsolute(article.media?.[0].$.url);
    const extractedArticle = extracted.entries!.find((entry) => entry.link === article.link) as FeedEntry & { media: Json };
    expect(extractedArticle.media['media:credit']['#text']).toBe(CREDIT[locale]);
  });

  it('Atom 1.0: both parsers read the alternate links and the Media RSS credit', async () => {
    const xml = await text(`/api/feed.atom?limit=100${query}`);
    expect(xml).toContain('xmlns:media="http://search.yahoo.com/mrss/"');
    const parsed = await rssParser.parseString(xml);
    const extracted = extractFromXml(xml, extractorOptions);
    expect(parsed.items.length).toBeGreaterThan(0);
    expect(extracted.entries).toHaveLength(parsed.items.length);
    for (const item of parsed.items) await expectReaderPage(item.link as string, locale);
    for (const entry of extracted.entries!) await expectReaderPage(entry.link as string, locale);
    expect(extracted.entries!.map((entry) => entry.link)).toEqual(parsed.items.map((item) => item.link));

    const credits = parsed.items.map((item) => item.media?.[0]?.['media:credit']?.[0]?._).filter(Boolean);
    expect(credits).toContain(CREDIT[locale]);
    const extractedCredits = extracted.entries!.map((entry) => (entry.media as Json | undefined)?.['media:credit']?.['#text']).filter(Boolean);
    expect(extractedCredits).toEqual(credits);
    for (const item of parsed.items) if (item.media) expectAbsolute(item.media[0].$.url);
  });

  it('JSON Feed 1.1: feed-extractor reads absolute links, the image and the credit as the attachment title', async () => {
    const body = await text(`/api/feed.json?limit=100${query}`);
    const extracted = extractFromJson(body, extractorOptions);
    expect(extracted.entries!.length).toBeGreaterThan(0);
    for (const entry of extracted.entries!) await expectReaderPage(entry.link as string, locale);
    const withImage = extracted.entries!.filter((entry) => entry.image);
    expect(withImage.length).toBeGreaterThan(0);
    for (const entry of withImage) {
      expectAbsolute(entry.image);
      const [attachment] = entry.attachments as Json[];
      expect(attachment.url).toBe(entry.image);
      expect(attachment.mime_type).toMatch(/^image\//);
    }
    expect(withImage.map((entry) => (entry.attachments as Json[])[0].title)).toContain(CREDIT[locale]);
    // the raw document: every URL in it (covers, their formats, next page) is absolute
    const raw = JSON.parse(body) as Json;
    for (const url of [raw.home_page_url, raw.feed_url, ...urlsIn(raw.items)]) expectAbsolute(url);
  });

  it('the JSON feed (/api/feed): absolute item links and absolute cover and format URLs', async () => {
    const { data } = (await (await fetch(`${base}/api/feed?limit=100${query}`)).json()) as Json;
    expect(data.length).toBeGreaterThan(0);
    for (const item of data as Json[]) {
      await expectReaderPage(item.url, locale);
      if (item.cover) {
        const urls = urlsIn(item.cover);
        expect(urls.length).toBeGreaterThan(1); // the cover and its formats
        for (const url of urls) expectAbsolute(url);
      }
    }
  });
});

describe('reader paths', () => {
  const status = async (path: string) => (await fetch(`${base}${path}`)).status;

  it('answers the reader page at the home routes', async () => {
    for (const path of ['/', '/en/', '/en']) expect({ path, status: await status(path) }).toEqual({ path, status: 200 });
  });

  it('answers 404 with the reader page for an unknown slug, a draft, and a slug of another locale', async () => {
    const token = await app.fullAccessToken();
    const draft = await fetch(`${base}/api/articles?status=draft`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ data: { title: '未发布的稿件', slug: 'wei-fa-bu-de-gao-jian' } }),
    });
    expect(draft.status).toBe(201);
    const unpublished = (await draft.json()) as Json;
    for (const path of [
      '/articles/no-such-article',
      '/activities/no-such-activity',
      '/campaigns/no-such-campaign',
      '/articles/wei-fa-bu-de-gao-jian',
      `/articles/${unpublished.data.documentId}`,
      `/en/articles/${ARTICLE_SLUG}`,
    ]) {
      const response = await fetch(`${base}${path}`);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(await response.text()).toContain('<main id="app"');
    }
    // a locale the site does not have is no reader route
    expect(await status(`/fr/articles/${ARTICLE_SLUG}`)).toBe(404);
    expect(await status(`/articles/${ARTICLE_SLUG}`)).toBe(200);
    expect(await status('/campaigns/yi-qing-fang-kong-wei-wen')).toBe(200);
  });

  it('answers HEAD like GET, without a body', async () => {
    const found = await fetch(`${base}/articles/${ARTICLE_SLUG}`, { method: 'HEAD' });
    expect(found.status).toBe(200);
    expect(await found.text()).toBe('');
    expect((await fetch(`${base}/articles/no-such-article`, { method: 'HEAD' })).status).toBe(404);
  });
});
