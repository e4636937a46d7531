/**
 * An editor opens the admin panel in a real browser and finds the seed article, credited photos included.
 * Screenshots are kept in tests/artifacts/.
 */

import type { Browser, Page } from 'playwright-core';
import { artifact, launchBrowser } from '../helpers/browser';
import { gbkIptcJpeg } from '../helpers/images';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let browser: Browser;
let page: Page;

const SEED_TITLE = '忠诚党的事业 竭诚服务职工';

beforeAll(async () => {
  app = await startStrapi('admin-e2e', { seed: true, adminPanel: true, listen: true });
  browser = await launchBrowser();
  // an English browser with nothing stored: the admin must still start in Chinese
  page = await browser.newPage({ locale: 'en-US', viewport: { width: 1440, height: 1000 } });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('the admin panel', () => {
  it('shows the login page in Chinese', async () => {
    await page.goto(`${app.baseUrl}/admin/auth/login`);
    await page.getByRole('button', { name: '登录', exact: true }).first().waitFor({ timeout: 60000 });
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans');
  });

  it('lets the demo editor sign in', async () => {
    await page.goto(`${app.baseUrl}/admin/auth/login`);
    await page.locator('input[name="email"]').fill('editor@newsroom.local');
    await page.locator('input[name="password"]').fill('Newsroom-Editor-2026');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 60000 });
    expect(new URL(page.url()).pathname).toMatch(/^\/admin/);
  });

  it('lists the seed article among articles', async () => {
    await page.goto(`${app.baseUrl}/admin/content-manager/collection-types/api::article.article`);
    await page.getByText(SEED_TITLE).first().waitFor({ timeout: 60000 });
    await page.screenshot({ path: artifact('admin-article-list.png'), fullPage: true });
  });

  it('opens the seed article with its subtitle and body', async () => {
    await page.getByText(SEED_TITLE).first().click();
    const title = page.locator('input[name="title"]');
    await title.waitFor({ timeout: 60000 });
    expect(await title.inputValue()).toBe(SEED_TITLE);
    expect(await page.locator('input[name="subtitle"]').inputValue()).toBe('——市总工会不忘初心勇担当奋力前行著华章');
    await page.screenshot({ path: artifact('admin-article-edit.png'), fullPage: true });
  });

  it('shows a photo with its caption and its credit line as readers will see it', async () => {
    await page.goto(`${app.baseUrl}/admin/content-manager/collection-types/api::photo.photo`);
    const caption = '“五送”之“送万福进万家”活动。';
    await page.getByText(caption).first().waitFor({ timeout: 60000 });
    await page.screenshot({ path: artifact('admin-photo-list.png'), fullPage: true });
    await page.getByText(caption).first().click();
    const creditLine = page.locator('input[name="creditLine"]');
    await creditLine.waitFor({ timeout: 60000 });
    expect(await creditLine.inputValue()).toBe('■ 摄影 通讯员 徐度晓');
    await page.screenshot({ path: artifact('admin-photo-edit.png'), fullPage: true });
  });

  it("finds a photographer's submission waiting as a draft, credited from the file, and publishes it", async () => {
    const caption = '金秋助学现场资助活动';
    const login = await app.http().post('/api/auth/local').send({ identifier: 'photographer@newsroom.local', password: 'Newsroom-Photo-2026' });
    const submitted = await app
      .http()
      .post('/api/photos/submit')
      .set({ Authorization: `Bearer ${login.body.jwt}` })
      .attach('files', await gbkIptcJpeg({ caption, byline: '通讯员 李明' }), 'jinqiu.jpg');
    expect(submitted.status).toBe(201);
    const { documentId } = submitted.body.data[0];

    await page.goto(`${app.baseUrl}/admin/content-manager/collection-types/api::photo.photo`);
    await page.getByText(caption).first().waitFor({ timeout: 60000 });
    await page.screenshot({ path: artifact('admin-photo-drafts.png'), fullPage: true });

    await page.goto(`${app.baseUrl}/admin/content-manager/collection-types/api::photo.photo/${documentId}?plugins[i18n][locale]=zh-Hans`);
    const creditLine = page.locator('input[name="creditLine"]');
    await creditLine.waitFor({ timeout: 60000 });
    expect(await creditLine.inputValue()).toBe('■ 摄影 通讯员 李明');
    expect(await page.locator('textarea[name="caption"]').inputValue()).toBe(caption);
    await page.screenshot({ path: artifact('admin-photo-submitted.png'), fullPage: true });

    expect((await app.http().get(`/api/photos/${documentId}`)).status).toBe(404);
    // 发布: Publish; 条目已发布: the notification that it was published
    await page.getByRole('button', { name: '发布', exact: true }).first().click();
    await page.getByText('条目已发布').first().waitFor({ timeout: 60000 });
    const published = await app.http().get(`/api/photos/${documentId}`);
    expect(published.status).toBe(200);
    expect(published.body.data).toMatchObject({ caption, creditLine: '■ 摄影 通讯员 李明' });
  });
});
