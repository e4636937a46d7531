/**
 * An editor's day in a real browser, in an English-language browser to show the interface is Chinese anyway:
 * sign in, write an article with a Chinese title (the slug fills in pinyin), add a section, pick a cover photo,
 * preview the draft, publish it; the public API then serves it with the cover's credit; unpublish it again. Every
 * screen on the way, with its pickers, menus and dialogs open, is checked for English words. A correspondent finds
 * no publish action. Screenshots of the list view, the edit views, the preview, the unpublish dialog and the media
 * library are kept in tests/artifacts/.
 */

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { artifact, launchBrowser } from '../helpers/browser';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let browser: Browser;

const TITLE = '职工书屋 新书上架';
const SLUG = 'zhi-gong-shu-wu-xin-shu-shang-jia';
const COVER_CAPTION = '“五送”之“送万福进万家”活动。';
const SEED_TITLE = '忠诚党的事业 竭诚服务职工';

/**
 * Words of three or more Latin letters in what the page shows, less the ones that are not interface text:
 * product and technical names, the signed-in user's e-mail, and the English demo article's title (content).
 */
const ALLOWED = new Set(
  [
    'Strapi', 'SEO', 'API', 'URL', 'Webhook', 'GraphQL', 'JSON', 'Markdown', 'Editor', 'Correspondent',
    // the demo accounts' e-mail addresses
    'editor', 'correspondent', 'newsroom', 'local',
    // the English version of the seed article, listed on the home page
    'Loyal', 'the', 'Party', 'cause', 'serving', 'workers', 'wholeheartedly',
    // hidden labels that are literals, not messages: the mobile menu button (Strapi's LeftMenu) and the word the
    // design system's date picker appends to its translated clear label (清除 date)
    'Menu', 'date',
    // keyboard names in the rich-text toolbar's shortcut hints (Control+B), written as on the keys
    'Command', 'Control', 'Shift',
    // "(default)" after the default locale's name in the list: a literal in Strapi's i18n LocaleListCell
    'default',
  ].map((word) => word.toLowerCase())
);

const englishOn = async (page: Page): Promise<string[]> => {
  const text = await page.locator('body').innerText();
  const words = text.match(/[A-Za-z]{3,}/g) ?? [];
  return [...new Set(words.filter((word) => !ALLOWED.has(word.toLowerCase())))];
};

const signIn = async (context: BrowserContext, email: string, password: string): Promise<Page> => {
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 60000 });
  return page;
};

/** waits until the slug input shows `slug` (filled in by the admin while the title is typed), for up to 15 s */
const slugFilledIn = async (page: Page, slug: string): Promise<void> => {
  const input = page.locator('input[name="slug"]');
  for (let waited = 0; waited < 15000 && (await input.inputValue()) !== slug; waited += 250) await page.waitForTimeout(250);
  expect(await input.inputValue()).toBe(slug);
};

const articleUrl = (rest: string) => `${app.baseUrl}/admin/content-manager/collection-types/api::article.article${rest}`;

beforeAll(async () => {
  app = await startStrapi('editor-day', { seed: true, adminPanel: true, listen: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe("an editor's day", () => {
  let context: BrowserContext;
  let page: Page;
  let documentId: string;

  beforeAll(async () => {
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 1000 } });
  });
  afterAll(async () => {
    await context?.close();
  });

  it('shows the sign-in page in Chinese to an English browser', async () => {
    const login = await context.newPage();
    await login.goto(`${app.baseUrl}/admin/auth/login`);
    await login.getByRole('button', { name: '登录' }).waitFor({ timeout: 60000 });
    expect(await englishOn(login)).toEqual([]);
    await login.close();
  });

  it('signs the editor in to a Chinese home page', async () => {
    page = await signIn(context, 'editor@newsroom.local', 'Newsroom-Editor-2026');
    await page.getByText('最近编辑的条目').waitFor({ timeout: 60000 });
    expect(await englishOn(page)).toEqual([]);
  });

  it('lists articles with Chinese columns and a thumbnail of each cover', async () => {
    await page.goto(articleUrl('?plugins[i18n][locale]=zh-Hans'));
    await page.getByText(SEED_TITLE).first().waitFor({ timeout: 60000 });
    const header = await page.locator('thead').innerText();
    for (const column of ['标题', '封面', '栏目', '发布日期', '定时发布', '状态']) expect(header).toContain(column);
    const thumbnail = page.locator('tbody tr', { hasText: SEED_TITLE }).first().locator('img[data-newsroom-thumbnail]');
    await thumbnail.waitFor({ timeout: 15000 });
    // loaded, not a broken image
    await page.waitForFunction('[...document.querySelectorAll("tbody img[data-newsroom-thumbnail]")].some((image) => image.complete && image.naturalWidth > 0)', undefined, { timeout: 15000 });
    expect(await thumbnail.getAttribute('src')).toMatch(/\/uploads\/thumbnail_/);
    expect(await englishOn(page)).toEqual([]);
    await page.screenshot({ path: artifact('editor-article-list.png'), fullPage: true });
  });

  it('shows the seed article grouped with Chinese labels', async () => {
    await page.getByText(SEED_TITLE).first().click();
    await page.locator('input[name="title"]').waitFor({ timeout: 60000 });
    const text = await page.locator('main').innerText();
    const groups = ['【正文】', '【图片】', '【归类】', '【发布与 SEO】'].map((group) => text.indexOf(group));
    expect(groups.every((position) => position >= 0)).toBe(true);
    expect([...groups].sort((a, b) => a - b)).toEqual(groups);
    for (const label of ['引题', '标题', '副标题', '摘要', '正文', '封面图片', '栏目', 'URL 别名', '定时发布']) {
      expect(text).toContain(label);
    }
    expect(await englishOn(page)).toEqual([]);
    await page.screenshot({ path: artifact('editor-seed-article-edit.png'), fullPage: true });
  });


  it('switches locales in Chinese: each version with its status', async () => {
    await page.getByRole('combobox', { name: '语言' }).click();
    const options = page.getByRole('option');
    await options.first().waitFor({ timeout: 15000 });
    const texts = await options.allInnerTexts();
    expect(texts.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual(['中文（简体） 已发布', '英文 已发布']);
    expect(await englishOn(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });
  it('writes a new article: the slug fills in pinyin, a section and a cover are added, and it saves', async () => {
    await page.goto(articleUrl('/create?plugins[i18n][locale]=zh-Hans'));
    await page.locator('input[name="title"]').fill(TITLE);
    await slugFilledIn(page, SLUG);

    await page.getByRole('button', { name: '向 正文 添加组件' }).click();
    await page.getByRole('button', { name: '段落', exact: true }).waitFor();
    expect(await englishOn(page)).toEqual([]); // the dynamic-zone picker, open
    await page.getByRole('button', { name: '段落', exact: true }).click();
    await page.locator('input[name="body.0.heading"]').fill('新书目录');
    await page.locator('[role="textbox"]').first().click();
    await page.keyboard.type('本月新到图书三百册，欢迎职工借阅。');

    await page.locator('input[name="cover"]').click();
    await page.getByRole('option').filter({ hasText: COVER_CAPTION }).first().waitFor();
    expect(await englishOn(page)).toEqual([]); // the relation picker, open
    await page.getByRole('option').filter({ hasText: COVER_CAPTION }).first().click();
    expect(await englishOn(page)).toEqual([]);

    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/create'), { timeout: 60000 });
    documentId = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect(documentId).toMatch(/^[a-z0-9]{24}$/);
    await page.getByRole('link', { name: '打开预览' }).waitFor({ timeout: 60000 });
    await page.screenshot({ path: artifact('editor-new-article-edit.png'), fullPage: true });

    // saved as a draft: readers cannot see it
    expect((await app.http().get(`/api/articles/${documentId}`)).status).toBe(404);
  });

  it('previews the draft as readers will see it, with the credit under the cover', async () => {
    await page.getByRole('link', { name: '打开预览' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/preview'), { timeout: 60000 });
    const preview = page.frameLocator('iframe').first();
    await preview.getByRole('heading', { name: TITLE }).waitFor({ timeout: 60000 });
    await expect(preview.locator('.preview-banner').innerText()).resolves.toContain('预览');
    await expect(preview.getByText('■ 摄影 通讯员 徐度晓').count()).resolves.toBe(1);
    await expect(preview.getByText('本月新到图书三百册，欢迎职工借阅。').count()).resolves.toBe(1);
    expect(await englishOn(page)).toEqual([]);
    await page.screenshot({ path: artifact('editor-preview.png') });
  });

  it('publishes it, and the public API serves it with the cover credit', async () => {
    await page.goto(articleUrl(`/${documentId}?plugins[i18n][locale]=zh-Hans`));
    await page.getByRole('button', { name: '发布', exact: true }).first().click();
    await page.getByText('条目已发布').first().waitFor({ timeout: 60000 });

    const response = await app.http().get(`/api/articles?filters[slug][$eq]=${SLUG}`);
    expect(response.status).toBe(200);
    expect(response.body.data).toHaveLength(1);
    expect(response.body.data[0]).toMatchObject({ documentId, title: TITLE, slug: SLUG });
    expect(response.body.data[0].cover).toMatchObject({ caption: COVER_CAPTION, creditLine: '■ 摄影 通讯员 徐度晓' });
    const detail = await app.http().get(`/api/articles/${documentId}`);
    expect(detail.body.data.body[0]).toMatchObject({ __component: 'article.section', heading: '新书目录' });
  });

  it('unpublishes it through a Chinese dialog, keeping the newer draft', async () => {
    // a saved change after publication: unpublishing then asks what to do with the draft
    await page.locator('input[name="subtitle"]').fill('本月新书三百册');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('条目已保存').first().waitFor({ timeout: 60000 });

    await page.getByRole('button', { name: '更多条目操作' }).click();
    await page.getByRole('menuitem', { name: '取消发布', exact: true }).waitFor({ timeout: 15000 });
    expect(await englishOn(page)).toEqual([]); // the more-actions menu, open
    await page.getByRole('menuitem', { name: '取消发布', exact: true }).click();
    const dialog = page.getByRole('alertdialog').or(page.getByRole('dialog'));
    await dialog.first().waitFor({ timeout: 15000 });
    expect(await dialog.first().innerText()).toContain('取消发布并保留最新草稿');
    expect(await englishOn(page)).toEqual([]);
    await page.waitForTimeout(500); // the dialog's fade-in, for the screenshot only
    await page.screenshot({ path: artifact('editor-unpublish-dialog.png') });
    await dialog.first().getByRole('button', { name: '确认' }).click();
    await page.getByText('条目已取消发布').first().waitFor({ timeout: 60000 });

    expect((await app.http().get(`/api/articles/${documentId}`)).status).toBe(404);
    const draft = await app.strapi.documents('api::article.article').findOne({ documentId, status: 'draft' });
    expect(draft).toMatchObject({ subtitle: '本月新书三百册', publishedAt: null });
  });

  it('shows the media library in Chinese', async () => {
    await page.goto(`${app.baseUrl}/admin/plugins/upload`);
    const files = (await app.strapi.db.query('plugin::upload.file').findMany({ select: ['name'] })) as Array<{ name: string }>;
    await page.getByText(files[0].name).first().waitFor({ timeout: 60000 });
    // file names are content, not interface
    const names = new Set(files.flatMap(({ name }) => name.match(/[A-Za-z]{3,}/g) ?? []));
    expect((await englishOn(page)).filter((word) => !names.has(word))).toEqual([]);
    await page.screenshot({ path: artifact('editor-media-library.png') });
  });
});

describe("a correspondent's day", () => {
  let context: BrowserContext;

  beforeAll(async () => {
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 1000 } });
  });
  afterAll(async () => {
    await context?.close();
  });

  it('can write and save a draft, and finds no publish action', async () => {
    const page = await signIn(context, 'correspondent@newsroom.local', 'Newsroom-Reporter-2026');
    await page.goto(articleUrl('/create?plugins[i18n][locale]=zh-Hans'));
    await page.locator('input[name="title"]').fill('通讯员来稿 社区送清凉');
    await slugFilledIn(page, 'tong-xun-yuan-lai-gao-she-qu-song-qing-liang');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/create'), { timeout: 60000 });
    await page.getByText('条目已保存').first().waitFor({ timeout: 60000 });

    await expect(page.getByRole('button', { name: '发布', exact: true }).count()).resolves.toBe(0);
    // the other document actions (unpublish, discard) are not offered either: the menu is disabled or has no 发布
    const more = page.getByRole('button', { name: '更多条目操作' });
    if (await more.isEnabled()) {
      await more.click();
      await expect(page.getByRole('menuitem', { name: /发布/ }).count()).resolves.toBe(0);
      await page.keyboard.press('Escape');
    }
    await page.screenshot({ path: artifact('correspondent-article-edit.png'), fullPage: true });
    const saved = await app.strapi.documents('api::article.article').findFirst({ filters: { title: '通讯员来稿 社区送清凉' } });
    expect(saved?.publishedAt ?? null).toBeNull();
  });
});
