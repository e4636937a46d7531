/**
 * The reader-page URL builder (src/utils/reader-urls.ts), shared by the feeds, the preview link, the reader-page
 * middleware and the reader page: paths it builds parse back to the same route, other paths are none of its,
 * and old hash links map to their paths.
 */

import fc from 'fast-check';
import { parseReaderPath, pathOfLegacyHash, readerHomePath, readerPath, readerUrl, READER_TYPES } from '../../src/utils/reader-urls';

describe('reader URLs', () => {
  it('builds the path routes, the default locale without a prefix', () => {
    expect(readerPath('article', 'zhong-cheng')).toBe('/articles/zhong-cheng');
    expect(readerPath('activity', 'ti-jian', 'en')).toBe('/en/activities/ti-jian');
    expect(readerPath('campaign', '抗疫 2020', 'zh-Hans')).toBe('/campaigns/%E6%8A%97%E7%96%AB%202020');
    expect(readerHomePath()).toBe('/');
    expect(readerHomePath('en')).toBe('/en/');
    expect(readerUrl('https://news.example.org/', 'article', 'a#b?c', 'en')).toBe('https://news.example.org/en/articles/a%23b%3Fc');
  });

  it('parses every path it builds back to its route', () => {
    fc.assert(
      fc.property(fc.constantFrom(...READER_TYPES), fc.string({ minLength: 1 }), fc.constantFrom('zh-Hans', 'en', 'zh-Hant'), (type, slug, locale) => {
        expect(parseReaderPath(readerPath(type, slug, locale))).toEqual({ kind: 'document', type, slug, locale });
        expect(parseReaderPath(readerHomePath(locale))).toEqual({ kind: 'home', locale });
      })
    );
  });

  it('is no route for the API, the admin panel, static files and malformed paths', () => {
    for (const path of ['/api/articles/x', '/api', '/admin', '/admin/content-manager', '/reader.js', '/uploads/a.jpg', '/articles', '/articles/a/b', '/zh-Hans/articles/a', '/en/preview/t', '/articles/%E0%A4%A'])
      expect({ path, route: parseReaderPath(path) }).toEqual({ path, route: null });
    expect(parseReaderPath('/preview/abc.def')).toEqual({ kind: 'preview', token: 'abc.def' });
  });

  it('maps old hash links to their paths', () => {
    expect(pathOfLegacyHash('#/article/zhong-cheng')).toBe('/articles/zhong-cheng');
    expect(pathOfLegacyHash('#/activity/ti-jian?locale=en')).toBe('/en/activities/ti-jian');
    expect(pathOfLegacyHash('#/campaign/yi-qing-fang-kong-wei-wen')).toBe('/campaigns/yi-qing-fang-kong-wei-wen');
    expect(pathOfLegacyHash('#/preview/abc.def')).toBe('/preview/abc.def');
    expect(pathOfLegacyHash('#/')).toBe('/');
    for (const hash of ['', '#', '#top', '#/unknown/x', '#/article/']) expect({ hash, path: pathOfLegacyHash(hash) }).toEqual({ hash, path: null });
  });
});
