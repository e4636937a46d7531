/**
 * The reader page served at `/`, in a real browser: the feed with credited covers, the seed article with its
 * sections and every photo credited as in print (at `/articles/<slug>`), the English edition (at `/en/...`, also
 * when opened directly), a campaign hub with its figures, old hash links redirected to their paths, and "not
 * found" for an unknown slug. Screenshots are kept in tests/artifacts/.
 */

import type { Browser, Page } from 'playwright-core';
import { artifact, launchBrowser } from '../helpers/browser';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let browser: Browser;
let page: Page;

const imagesLoaded = () =>
  page.waitForFunction('Array.from(document.images).every((image) => image.complete && image.naturalWidth > 0)', undefined, {
    timeout: 30000,
  });

beforeAll(async () => {
  app = await startStrapi('reader-e2e', { seed: true, listen: true });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('the reader page', () => {
  it('shows the feed at the root URL with credited covers', async () => {
    await page.goto(`${app.baseUrl}/`);
    const article = page.locator('li[data-type="article"]', { hasText: '忠诚党的事业 竭诚服务职工' });
    await article.waitFor({ timeout: 30000 });
    expect(await article.locator('.credit').textContent()).toBe('■ 摄影 记者 陈文骁');
    expect(await page.locator('.feed li').count()).toBeGreaterThanOrEqual(20);
    await imagesLoaded();
    await page.screenshot({ path: artifact('reader-feed.png'), fullPage: true });
  });

  it('opens the seed article with its sections and every photo credited as in print', async () => {
    await page.locator('li[data-type="article"] a').first().click();
    await page.getByRole('heading', { name: '坚定不移听党话跟党走,打造“忠诚工会”' }).waitFor({ timeout: 30000 });
    expect(new URL(page.url()).pathname).toBe('/articles/zhong-cheng-dang-de-shi-ye-jie-cheng-fu-wu-zhi-gong');
    expect(await page.locator('article h2').count()).toBeGreaterThanOrEqual(5);
    const credits = await page.locator('article figure .credit').allTextContents();
    expect(credits).toEqual(['■ 摄影 记者 陈文骁', '资料图片', '资料图片', '■ 摄影 记者 万善朝', '■ 摄影 记者 万善朝', '■ 摄影 通讯员 徐度晓', '资料图片']);
    expect(await page.locator('article figure img').count()).toBe(7);
    await imagesLoaded();
    await page.screenshot({ path: artifact('reader-article.png'), fullPage: true });
  });

  it('switches to English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Loyal to the Party’s cause, serving workers wholeheartedly' }).waitFor({ timeout: 30000 });
    const credits = await page.locator('article figure .credit').allTextContents();
    expect(credits[0]).toBe('Photo: Chen Wenxiao, staff reporter');
    expect(credits).toContain('Photo: Xu Duxiao, correspondent');
    expect(await page.locator('.brand').textContent()).toBe('Union News');
    const english = new URL(page.url()).pathname;
    expect(english).toMatch(/^\/en\/articles\/[^/]+$/);
    await imagesLoaded();
    await page.screenshot({ path: artifact('reader-article-en.png'), fullPage: true });
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { name: '忠诚党的事业 竭诚服务职工' }).waitFor({ timeout: 30000 });
    expect(new URL(page.url()).pathname).toBe('/articles/zhong-cheng-dang-de-shi-ye-jie-cheng-fu-wu-zhi-gong');
    // the English route opened directly (a feed reader's link) is the English page
    await page.goto(`${app.baseUrl}${english}`);
    await page.getByRole('heading', { name: 'Loyal to the Party’s cause, serving workers wholeheartedly' }).waitFor({ timeout: 30000 });
    expect(await page.locator('.brand').getAttribute('href')).toBe('/en/');
  });

  it('shows a campaign hub with its figures', async () => {
    await page.goto(`${app.baseUrl}/campaigns/yi-qing-fang-kong-wei-wen`);
    await page.locator('[data-figure="funds"] strong').waitFor({ timeout: 30000 });
    expect(await page.locator('[data-figure="funds"] strong').textContent()).toBe('1,123,000');
    expect(await page.locator('[data-figure="activities"] strong').textContent()).toBe('6');
    expect(await page.locator('[data-figure="beneficiaries"] strong').textContent()).toBe('1300');
    await imagesLoaded();
    await page.screenshot({ path: artifact('reader-campaign.png'), fullPage: true });
  });

  it('redirects an old hash link to its path', async () => {
    await page.goto(`${app.baseUrl}/#/campaign/yi-qing-fang-kong-wei-wen`);
    await page.locator('[data-figure="funds"] strong').waitFor({ timeout: 30000 });
    const url = new URL(page.url());
    expect({ path: url.pathname, hash: url.hash }).toEqual({ path: '/campaigns/yi-qing-fang-kong-wei-wen', hash: '' });
  });

  it('says "not found" for an unknown slug, which the server answers with a 404', async () => {
    const response = await page.goto(`${app.baseUrl}/articles/no-such-article`);
    expect(response?.status()).toBe(404);
    await page.locator('.error', { hasText: '没有找到这篇内容。' }).waitFor({ timeout: 30000 });
  });

  it("opens the admin's preview link of a draft at /preview/<token>, with its banner", async () => {
    const draft = await app.strapi.documents('api::article.article').create({ data: { title: '只在预览里看得到' }, locale: 'zh-Hans' } as never);
    const url = app.strapi.service('api::preview.preview').url('api::article.article', { documentId: draft.documentId, locale: 'zh-Hans', status: 'draft' }) as string;
    expect(url).toMatch(/^\/preview\/[^/#]+$/);
    const response = await page.goto(`${app.baseUrl}${url}`);
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { name: '只在预览里看得到' }).waitFor({ timeout: 30000 });
    expect(await page.locator('.preview-banner').innerText()).toContain('预览');
  });
});
