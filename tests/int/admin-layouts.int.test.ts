/**
 * The content-manager layouts kept as code, as the admin panel receives them: Chinese labels and help texts,
 * list columns, grouped edit rows, read-only computed fields, and a second application that writes nothing.
 */

import { componentLayouts, contentTypeLayouts } from '../../src/admin-layouts';
import { applyContentManagerLayouts, type ViewConfiguration } from '../../src/bootstrap/content-manager-layouts';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let auth: { Authorization: string };

const CJK = /[\u3400-\u9fff]/;
const ACRONYMS = new Set(['SEO', 'URL']);
const isChineseLabel = (label: unknown): boolean => typeof label === 'string' && (CJK.test(label) || ACRONYMS.has(label));
const groupOf = (description: unknown): string | undefined =>
  typeof description === 'string' ? /^【(.+?)】/.exec(description)?.[1] : undefined;

beforeAll(async () => {
  app = await startStrapi('admin-layouts');
  const login = await app.http().post('/admin/login').send({ email: 'admin@newsroom.local', password: 'Newsroom-Admin-2026' });
  expect(login.status).toBe(200);
  auth = { Authorization: `Bearer ${login.body.data.token}` };
});

afterAll(async () => {
  await app?.stop();
});

const contentTypeConfiguration = async (uid: string): Promise<ViewConfiguration> => {
  const response = await app.http().get(`/content-manager/content-types/${uid}/configuration`).set(auth);
  expect(response.status).toBe(200);
  return response.body.data.contentType as ViewConfiguration;
};

const componentConfiguration = async (uid: string): Promise<ViewConfiguration> => {
  const response = await app.http().get(`/content-manager/components/${uid}/configuration`).set(auth);
  expect(response.status).toBe(200);
  return response.body.data.component as ViewConfiguration;
};

const storedConfigurations = async (): Promise<Array<{ key: string; value: string }>> => {
  const rows = (await app.strapi.db.query('strapi::core-store').findMany({
    where: { key: { $startsWith: 'plugin_content_manager_configuration_' } },
    orderBy: { key: 'asc' },
  })) as Array<{ key: string; value: string }>;
  return rows.map(({ key, value }) => ({ key, value }));
};

describe('content types', () => {
  it.each(contentTypeLayouts.map((layout) => [layout.uid, layout] as const))(
    '%s: every field has a Chinese label and a help text that starts with its group',
    async (uid, layout) => {
      const { metadatas, settings } = await contentTypeConfiguration(uid);
      const groups = layout.edit.map((group) => group.name);
      for (const name of Object.keys(app.strapi.contentType(uid).attributes)) {
        if (['createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations'].includes(name)) continue;
        const { edit, list } = metadatas[name];
        expect({ name, edit: isChineseLabel(edit.label), list: isChineseLabel(list.label) }).toEqual({ name, edit: true, list: true });
        expect({ name, group: groups.includes(groupOf(edit.description) ?? '') }).toEqual({ name, group: true });
        expect((edit.description ?? '').length).toBeGreaterThan(`【${groupOf(edit.description)}】`.length);
      }
      expect(settings.mainField).toBe(layout.settings.mainField);
    }
  );

  it('lists articles with title, cover, category, publish date and schedule, sorted by the last edit', async () => {
    const { layouts, metadatas, settings } = await contentTypeConfiguration('api::article.article');
    expect(layouts.list).toEqual(expect.arrayContaining(['title', 'cover', 'category', 'publishDate', 'scheduledPublishAt']));
    expect(layouts.list[0]).toBe('title');
    // relation columns and pickers show the related entry's name, not its id
    expect(metadatas.cover.edit.mainField).toBe('caption');
    expect(metadatas.category.edit.mainField).toBe('name');
    expect(metadatas.campaigns.edit.mainField).toBe('name');
    expect(metadatas.activities.edit.mainField).toBe('title');
    expect(settings).toMatchObject({ mainField: 'title', defaultSortBy: 'updatedAt', defaultSortOrder: 'DESC' });
    expect(metadatas.scheduledPublishAt.list.label).toBe('定时发布');
    // the timestamps Strapi adds, offered in the list's filters and sorting
    expect(metadatas.updatedAt.list.label).toBe('更新时间');
  });

  it('orders the article edit view 正文 → 图片 → 归类 → 发布与 SEO, full-width fields alone on their row', async () => {
    const { layouts, metadatas } = await contentTypeConfiguration('api::article.article');
    const rows = layouts.edit;
    const groups = rows.flat().map(({ name }) => groupOf(metadatas[name].edit.description));
    expect(groups.filter((group, index) => group !== groups[index - 1])).toEqual(['正文', '图片', '归类', '发布与 SEO']);
    expect(rows.flat().map(({ name }) => name)).toEqual([
      'kicker', 'title', 'subtitle', 'summary', 'body', 'bylines',
      'cover', 'gallery',
      'category', 'tags', 'organizations', 'campaigns', 'activities', 'source', 'printEdition',
      'slug', 'publishDate', 'scheduledPublishAt', 'scheduledUnpublishAt', 'importKey', 'seo',
    ]);
    for (const name of ['body', 'bylines', 'printEdition', 'seo']) {
      expect(rows.find((row) => row.some((field) => field.name === name))).toEqual([{ name, size: 12 }]);
    }
    for (const row of rows) expect(row.reduce((sum, { size }) => sum + size, 0)).toBeLessThanOrEqual(12);
  });

  it('shows photos with their thumbnail and credit; computed and private fields are read-only', async () => {
    const { layouts, metadatas, settings } = await contentTypeConfiguration('api::photo.photo');
    expect(layouts.list).toEqual(['image', 'caption', 'photographer', 'creditLine']);
    expect(settings.mainField).toBe('caption');
    for (const name of ['creditLine', 'structuredData', 'metadata', 'submittedBy']) {
      expect({ name, editable: metadatas[name].edit.editable }).toEqual({ name, editable: false });
    }
    expect(metadatas.caption.edit.editable).toBe(true);
    expect(metadatas.submittedBy.edit.mainField).toBe('username');
    const photographer = await contentTypeConfiguration('api::photographer.photographer');
    // an admin links a photographer to their submission account here
    expect(photographer.metadatas.account.edit).toMatchObject({ editable: true, mainField: 'username' });
  });

  it('groups activities, campaigns and photos in their edit views', async () => {
    for (const uid of ['api::activity.activity', 'api::campaign.campaign', 'api::photo.photo']) {
      const layout = contentTypeLayouts.find((candidate) => candidate.uid === uid);
      const { layouts, metadatas } = await contentTypeConfiguration(uid);
      const groups = layouts.edit.flat().map(({ name }) => groupOf(metadatas[name].edit.description));
      expect(groups.filter((group, index) => group !== groups[index - 1])).toEqual(layout?.edit.map((group) => group.name));
    }
  });
});

describe('components', () => {
  it.each(componentLayouts.map((layout) => [layout.uid, layout] as const))(
    '%s: every field has a Chinese label and a help text',
    async (uid, layout) => {
      const { metadatas, settings, layouts } = await componentConfiguration(uid);
      for (const name of Object.keys(app.strapi.components[uid as keyof typeof app.strapi.components].attributes)) {
        expect({ name, edit: isChineseLabel(metadatas[name].edit.label), list: isChineseLabel(metadatas[name].list.label) }).toEqual({
          name,
          edit: true,
          list: true,
        });
        expect(metadatas[name].edit.description).toBeTruthy();
      }
      expect(settings.mainField).toBe(layout.settings.mainField);
      expect(layouts.edit).toEqual(layout.edit);
    }
  );

  it('labels the article section block in Chinese', async () => {
    const { metadatas } = await componentConfiguration('article.section');
    expect(metadatas.heading.edit.label).toBe('小标题');
    expect(metadatas.content.edit.label).toBe('段落');
  });
});

describe('applying', () => {
  it("passes the content-manager's own validation: saving the view unchanged from the admin is accepted", async () => {
    const saveUnchanged = async (kind: 'content-types' | 'components', uid: string) => {
      const stored = (await app.strapi.plugin('content-manager').service(kind).findConfiguration({ uid })) as ViewConfiguration;
      const { settings, metadatas, layouts } = stored;
      const saved = await app.http().put(`/content-manager/${kind}/${uid}/configuration`).set(auth).send({ settings, metadatas, layouts });
      expect({ uid, status: saved.status }).toEqual({ uid, status: 200 });
    };
    const before = await storedConfigurations();
    await saveUnchanged('content-types', 'api::article.article');
    await saveUnchanged('content-types', 'api::photo.photo');
    await saveUnchanged('components', 'shared.seo');
    expect(await storedConfigurations()).toEqual(before);
  });

  it('changes nothing when applied a second time', async () => {
    const before = await storedConfigurations();
    expect(before.length).toBeGreaterThanOrEqual(contentTypeLayouts.length + componentLayouts.length);
    const report = await applyContentManagerLayouts(app.strapi);
    expect(report.written).toEqual([]);
    expect(report.unchanged).toHaveLength(contentTypeLayouts.length + componentLayouts.length);
    expect(await storedConfigurations()).toEqual(before);
  });

  it('puts back a view that was changed in the admin, and only that one', async () => {
    const contentTypes = app.strapi.plugin('content-manager').service('content-types');
    const model = contentTypes.findContentType('api::article.article');
    const stored = (await contentTypes.findConfiguration(model)) as ViewConfiguration;
    await contentTypes.updateConfiguration(model, {
      ...stored,
      layouts: { ...stored.layouts, list: ['id', 'title'] },
      metadatas: { ...stored.metadatas, title: { ...stored.metadatas.title, edit: { ...stored.metadatas.title.edit, label: 'title' } } },
    });

    const report = await applyContentManagerLayouts(app.strapi);
    expect(report.written).toEqual(['api::article.article']);
    const { layouts, metadatas } = await contentTypeConfiguration('api::article.article');
    expect(layouts.list[0]).toBe('title');
    expect(layouts.list).toContain('scheduledPublishAt');
    expect(metadatas.title.edit.label).toBe('标题');
  });
});
