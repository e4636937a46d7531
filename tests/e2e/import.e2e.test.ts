/**
 * Importing a printed page from the admin page 导入稿件 in a real browser: an editor picks a Word page with two
 * embedded photos, reads the dry run in Chinese (headline, credit lines as they will print, a photographer found
 * and one to be created, the figures; a page it cannot read is an error naming its line), confirms, opens the new draft in the Content Manager; the draft's two photos
 * carry the page's credit lines and their images. A correspondent has no such page. Screenshots in tests/artifacts/.
 */

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { artifact, launchBrowser } from '../helpers/browser';
import { buildDocx } from '../helpers/docx';
import { creditedJpeg } from '../helpers/images';
import { startStrapi, type TestApp } from '../helpers/strapi';

type Json = Record<string, any>;

let app: TestApp;
let browser: Browser;

const KICKER = '夏季送清凉';
const TITLE = '高温慰问送到工地一线';
const SUBTITLE = '——市总工会走访慰问户外职工';
const SECTION = '清凉送到一线';
const LEAD = '市总工会开展夏送清凉活动,走访慰问一线职工1300余名,发放慰问金13.3万元。';
// 陈文骁 is a photographer of the seed; 夏新人 is not, and is created on confirm
const CREDITS = ['■ 摄影 记者 陈文骁', '■ 摄影 通讯员 夏新人'];
const CAPTIONS = ['工地现场送清凉。', '慰问品发放现场。'];

const signIn = async (context: BrowserContext, email: string, password: string): Promise<Page> => {
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 60000 });
  return page;
};

const wordPage = async (): Promise<Buffer> =>
  buildDocx({
    paragraphs: [
      { text: KICKER },
      { style: 'Title', text: TITLE },
      { style: 'Subtitle', text: SUBTITLE },
      { text: '' },
      // the files' own bylines and captions differ: the page's are the ones that print
      { image: await creditedJpeg({ byline: '别人甲', caption: 'file caption one' }), mime: 'image/jpeg' },
      { text: CAPTIONS[0] },
      { text: CREDITS[0] },
      { text: '' },
      { image: await creditedJpeg({ byline: '别人乙', caption: 'file caption two' }, [400, 300]), mime: 'image/jpeg', width: 400, height: 300 },
      { text: CAPTIONS[1] },
      { text: CREDITS[1] },
      { text: '' },
      { style: 'Heading3', text: SECTION },
      { text: LEAD },
    ],
  });

beforeAll(async () => {
  app = await startStrapi('import', { seed: true, adminPanel: true, listen: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('importing a Word page from the admin', () => {
  let context: BrowserContext;
  let page: Page;
  let documentId: string;

  beforeAll(async () => {
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 1000 } });
  });
  afterAll(async () => {
    await context?.close();
  });

  it('shows the editor the menu link 导入稿件 and opens the page', async () => {
    page = await signIn(context, 'editor@newsroom.local', 'Newsroom-Editor-2026');
    const link = page.getByRole('link', { name: '导入稿件' });
    await link.waitFor({ timeout: 60000 });
    await link.click();
    await page.getByRole('heading', { name: '导入稿件' }).waitFor({ timeout: 60000 });
    expect(await page.getByRole('button', { name: '确认导入' }).isDisabled()).toBe(true);
  });

  it('shows a page it cannot read as a Chinese error with the line', async () => {
    await page.locator('input[name="file"]').setInputFiles({
      name: 'page.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(['# 标题', '', '现场。', '■ 摄像 张三'].join('\n'), 'utf8'),
    });
    await page.getByRole('button', { name: '预览' }).click();
    const error = page.getByTestId('import-error');
    await error.waitFor({ timeout: 60000 });
    const lines = await error.locator('span').allInnerTexts();
    expect(lines[0]).toBe('第 4 行：此署名不是本报使用的署名格式。');
    expect(lines).toContain('原文：■ 摄像 张三');
    expect(lines.some((line) => line.startsWith('应为：') && line.includes('■ 摄影 记者'))).toBe(true);
    expect(await page.getByRole('button', { name: '确认导入' }).isDisabled()).toBe(true);
  });

  it('previews the page in Chinese: headline, credit lines as they will print, photographers, figures', async () => {
    await page.locator('input[name="file"]').setInputFiles({
      name: '夏送清凉.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await wordPage(),
    });
    await page.getByRole('button', { name: '预览' }).click();
    const result = page.getByTestId('import-result');
    await result.waitFor({ timeout: 60000 });

    await page.getByText('预览：尚未保存任何内容').waitFor();
    expect(await page.getByTestId('import-title').innerText()).toBe(TITLE);
    const text = await result.innerText();
    expect(text).toContain(`引题：${KICKER}`);
    expect(text).toContain(`副题：${SUBTITLE}`);
    expect(text).toContain(`摘要：${LEAD}`);
    for (const caption of CAPTIONS) expect(text).toContain(caption);
    expect(await page.getByTestId('import-credit-line').allInnerTexts()).toEqual(CREDITS.map((credit) => `署名：${credit}`));
    const photographers = await page.getByTestId('import-photographer').allInnerTexts();
    expect(photographers.map((entry) => entry.replace(/\s+/g, ' ').trim())).toEqual(['陈文骁 已有', '夏新人 新建']);
    // the figures table: the printed text of each figure
    const figures = await result.locator('table tbody tr').allInnerTexts();
    expect(figures.some((row) => row.includes('1300余名'))).toBe(true);
    expect(figures.some((row) => row.includes('13.3万元'))).toBe(true);
    // both photos found their images in the document
    expect(text).not.toContain('缺少图片');
    // each block with its line in the page
    expect(text).toMatch(/第 \d+ 行/);
    // nothing written yet
    expect(await app.strapi.db.query('api::article.article').count({ where: { title: TITLE } })).toBe(0);
    await page.screenshot({ path: artifact('import-preview.png'), fullPage: true });
  });

  it('imports on 确认导入 and links to the new draft', async () => {
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByText('导入完成：已新建文章草稿。').waitFor({ timeout: 60000 });
    const open = page.getByRole('link', { name: '打开草稿' });
    const href = (await open.getAttribute('href')) ?? '';
    const match = /\/admin\/content-manager\/collection-types\/api::article\.article\/([a-z0-9]+)\?plugins\[i18n\]\[locale\]=zh-Hans$/.exec(href);
    expect(match).not.toBeNull();
    documentId = match?.[1] ?? '';

    await open.click();
    await page.waitForURL((url) => url.pathname.endsWith(`/api::article.article/${documentId}`), { timeout: 60000 });
    const title = page.locator('input[name="title"]');
    await title.waitFor({ timeout: 60000 });
    expect(await title.inputValue()).toBe(TITLE);
    await page.screenshot({ path: artifact('import-draft.png'), fullPage: true });
  });

  it('gives the draft two photos with the page credit lines and the embedded images', async () => {
    const article = (await app.strapi.documents('api::article.article').findOne({
      documentId,
      locale: 'zh-Hans',
      status: 'draft',
      populate: { body: { on: { 'article.photo': { populate: { photo: { populate: { photographer: true, image: true } } } } } } },
    } as never)) as Json;
    expect(article.publishedAt).toBeNull();
    const photos = (article.body as Json[]).filter((block) => block.__component === 'article.photo').map((block) => block.photo as Json);
    expect(photos.map((photo) => [photo.caption, photo.creditLine, photo.photographer?.name, photo.publishedAt])).toEqual([
      [CAPTIONS[0], CREDITS[0], '陈文骁', null],
      [CAPTIONS[1], CREDITS[1], '夏新人', null],
    ]);
    expect(photos.map((photo) => [photo.image?.mime, photo.image?.width, photo.image?.height])).toEqual([
      ['image/jpeg', 320, 240],
      ['image/jpeg', 400, 300],
    ]);
  });
});

describe('a correspondent', () => {
  it('finds no import page and may not import', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 1000 } });
    try {
      const page = await signIn(context, 'correspondent@newsroom.local', 'Newsroom-Reporter-2026');
      await page.getByRole('link', { name: '内容管理' }).first().waitFor({ timeout: 60000 });
      expect(await page.getByRole('link', { name: '导入稿件' }).count()).toBe(0);
      // the route itself refuses too
      const login = await app.http().post('/admin/login').send({ email: 'correspondent@newsroom.local', password: 'Newsroom-Reporter-2026' });
      expect(login.status).toBe(200);
      const response = await app
        .http()
        .post('/newsroom-media/imports')
        .set('Authorization', `Bearer ${login.body.data.token as string}`)
        .field('dryRun', 'true')
        .attach('file', Buffer.from('# 标题', 'utf8'), 'page.txt');
      expect(response.status).toBe(403);
    } finally {
      await context.close();
    }
  });
});

describe('who may import', () => {
  it('is the roles 编辑 and 总编辑 (and the super admin), from the roles as code', async () => {
    const permissions = (await app.strapi.db.query('admin::permission').findMany({
      where: { action: 'plugin::newsroom-media.import' },
      populate: { role: true },
    })) as Array<{ role: { code: string } | null }>;
    expect(permissions.map(({ role }) => role?.code).sort()).toEqual(['newsroom-chief-editor', 'strapi-editor', 'strapi-super-admin']);
  });
});
