/**
 * The editors' side: admin roles as code (per role, over the admin API), slugs across types, draft preview
 * through signed tokens, and scheduled publishing carried out exactly once.
 */

import { ADMIN_ROLES, ensureAdminRoles } from '../../src/bootstrap/admin-roles';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;

beforeAll(async () => {
  app = await startStrapi('editorial', { seed: true });
});

afterAll(async () => {
  await app?.stop();
});

const ARTICLE = 'api::article.article';
const PHOTO = 'api::photo.photo';
const cm = (uid: string, rest = '') => `/content-manager/collection-types/${uid}${rest}`;

type Auth = { Authorization: string };

const adminUser = async (code: string, email: string): Promise<Auth> => {
  const role = (await app.strapi.db.query('admin::role').findOne({ where: { code } })) as { id: number };
  const password = 'Role-Test-Pass-2026';
  if (!(await app.strapi.db.query('admin::user').findOne({ where: { email } }))) {
    await app.strapi.service('admin::user').create({
      email,
      firstname: code,
      lastname: 'Test',
      password,
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    });
  }
  const login = await app.http().post('/admin/login').send({ email, password });
  expect(login.status).toBe(200);
  return { Authorization: `Bearer ${login.body.data.token}` };
};

const bearer = async (): Promise<Auth> => ({ Authorization: `Bearer ${await app.fullAccessToken()}` });

describe('admin roles as code', () => {
  it('has the four newsroom roles with their Chinese names', async () => {
    const roles = (await app.strapi.db.query('admin::role').findMany({})) as Array<{ code: string; name: string }>;
    const byCode = Object.fromEntries(roles.map((role) => [role.code, role.name]));
    expect(byCode).toMatchObject({
      'newsroom-chief-editor': '总编辑',
      'strapi-editor': '编辑',
      'strapi-author': '通讯员',
      'newsroom-photographer': '摄影',
    });
    expect(ADMIN_ROLES.map((role) => role.code)).toHaveLength(4);
  });

  it('changes nothing when applied again', async () => {
    const snapshot = async () =>
      (await app.strapi.db.query('admin::permission').findMany({ orderBy: { id: 'asc' }, populate: { role: { select: ['code'] } } })).map(
        (permission: Record<string, unknown>) => JSON.stringify(permission)
      );
    const before = await snapshot();
    await ensureAdminRoles(app.strapi);
    expect(await snapshot()).toEqual(before);
  });

  it('puts back a permission removed by hand, and removes one added by hand', async () => {
    const role = (await app.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-author' } })) as { id: number };
    const publishArticles = { action: 'plugin::content-manager.explorer.publish', subject: ARTICLE, properties: {}, conditions: [], role: role.id };
    await app.strapi.service('admin::permission').createMany([publishArticles]);
    await ensureAdminRoles(app.strapi);
    const granted = await app.strapi.db.query('admin::permission').count({ where: { role: role.id, action: publishArticles.action } });
    expect(granted).toBe(0);
  });

  describe.each([
    ['newsroom-chief-editor', 'chief@test.local', { publish: 200, users: 200, deleteArticle: 200 }],
    ['strapi-editor', 'editor2@test.local', { publish: 200, users: 403, deleteArticle: 200 }],
    ['strapi-author', 'reporter@test.local', { publish: 403, users: 403, deleteArticle: 403 }],
    ['newsroom-photographer', 'camera2@test.local', { publish: 403, users: 403, deleteArticle: 403 }],
  ])('%s', (code, email, expected) => {
    it('publishes, manages users and deletes articles only as its definition says', async () => {
      const auth = await adminUser(code, email);
      // the article is a fresh draft made by a full-access token, so nobody owns it
      const draft = await app.http().post('/api/articles?status=draft').set(await bearer()).send({ data: { title: `${code} 的待发稿件` } });
      expect(draft.status).toBe(201);
      const { documentId } = draft.body.data;

      const publish = await app.http().post(cm(ARTICLE, `/${documentId}/actions/publish?locale=zh-Hans`)).set(auth).send({});
      expect(publish.status).toBe(expected.publish);
      expect((await app.http().get('/admin/users').set(auth)).status).toBe(expected.users);
      const remove = await app.http().delete(cm(ARTICLE, `/${documentId}?locale=zh-Hans`)).set(auth);
      expect(remove.status).toBe(expected.deleteArticle);
    });
  });

  describe('通讯员 (correspondent)', () => {
    it('creates and edits an own draft article and photo, and cannot publish either (403)', async () => {
      const auth = await adminUser('strapi-author', 'reporter@test.local');
      const article = await app.http().post(cm(ARTICLE, '?locale=zh-Hans')).set(auth).send({ title: '通讯员来稿：社区送清凉' });
      expect(article.status).toBe(201);
      expect(article.body.data.slug).toBe('tong-xun-yuan-lai-gao-she-qu-song-qing-liang');
      const id = article.body.data.documentId;
      const edited = await app.http().put(cm(ARTICLE, `/${id}?locale=zh-Hans`)).set(auth).send({ subtitle: '改过的副标题' });
      expect(edited.status).toBe(200);
      expect((await app.http().post(cm(ARTICLE, `/${id}/actions/publish?locale=zh-Hans`)).set(auth).send({})).status).toBe(403);

      const photo = await app.http().post(cm(PHOTO, '?locale=zh-Hans')).set(auth).send({ caption: '通讯员拍摄' });
      expect(photo.status).toBe(201);
      const publishPhoto = await app.http().post(cm(PHOTO, `/${photo.body.data.documentId}/actions/publish?locale=zh-Hans`)).set(auth).send({});
      expect(publishPhoto.status).toBe(403);
      expect(await app.strapi.documents(ARTICLE).findOne({ documentId: id, status: 'published' })).toBeNull();
    });

    it("cannot read or edit another person's draft (403), and lists only its own articles", async () => {
      const editor = await adminUser('strapi-editor', 'editor3@test.local');
      const others = await app.http().post(cm(ARTICLE, '?locale=zh-Hans')).set(editor).send({ title: '编辑的草稿' });
      expect(others.status).toBe(201);
      const id = others.body.data.documentId;

      const auth = await adminUser('strapi-author', 'reporter@test.local');
      expect((await app.http().put(cm(ARTICLE, `/${id}?locale=zh-Hans`)).set(auth).send({ title: '改别人的稿' })).status).toBe(403);
      expect((await app.http().get(cm(ARTICLE, `/${id}?locale=zh-Hans`)).set(auth)).status).toBe(403);
      const list = await app.http().get(cm(ARTICLE, '?locale=zh-Hans&pageSize=100')).set(auth);
      expect(list.status).toBe(200);
      const titles = (list.body.results as Array<{ title: string }>).map((row) => row.title);
      expect(titles).toContain('通讯员来稿：社区送清凉');
      expect(titles).not.toContain('编辑的草稿');
      expect((await app.strapi.documents(ARTICLE).findOne({ documentId: id }))?.title).toBe('编辑的草稿');
    });

    it('can read every photo, to pick a cover, but edit only its own', async () => {
      const auth = await adminUser('strapi-author', 'reporter@test.local');
      const photos = await app.http().get(cm(PHOTO, '?locale=zh-Hans&pageSize=100')).set(auth);
      expect(photos.status).toBe(200);
      expect(photos.body.results.length).toBeGreaterThanOrEqual(7);
      const seeded = (photos.body.results as Array<{ documentId: string; caption: string | null }>).find((photo) => photo.caption !== '通讯员拍摄');
      const edit = await app.http().put(cm(PHOTO, `/${seeded?.documentId}?locale=zh-Hans`)).set(auth).send({ caption: '改别人的图' });
      expect(edit.status).toBe(403);
    });
  });
});

describe('slugs of every type with a title', () => {
  const LONG = '全面深化工会改革'.repeat(12);
  it.each([
    // the seed article already holds the plain slug
    ['articles', 'title', '忠诚党的事业 竭诚服务职工', 'zhong-cheng-dang-de-shi-ye-jie-cheng-fu-wu-zhi-gong-2'],
    ['articles', 'title', '送清凉', 'song-qing-liang'],
    ['articles', 'title', '2020年“金秋助学”发放助学金 39 万元', '2020-nian-jin-qiu-zhu-xue-fa-fang-zhu-xue-jin-39-wan-yuan'],
    ['articles', 'title', 'Cool Summer: Workers First!', 'cool-summer-workers-first'],
    ['articles', 'title', '！？……', 'article'],
    ['activities', 'title', '送清凉 进工地', 'song-qing-liang-jin-gong-di'],
    ['campaigns', 'name', '“五型工会”创建', 'wu-xing-gong-hui-chuang-jian'],
    ['organizations', 'name', '相山区总工会', 'xiang-shan-qu-zong-gong-hui'],
    ['photographers', 'name', '陈文骁', 'chen-wen-xiao-2'], // the seed has chen-wen-xiao
  ])('%s: %s "%s" → %s', async (collection, field, text, expected) => {
    const response = await app.http().post(`/api/${collection}`).set(await bearer()).send({ data: { [field]: text } });
    expect(response.status).toBe(201);
    expect(response.body.data.slug).toBe(expected);
  });

  it('shortens a very long title at a word boundary, and stays unique', async () => {
    const first = await app.http().post('/api/articles').set(await bearer()).send({ data: { title: LONG } });
    const second = await app.http().post('/api/articles').set(await bearer()).send({ data: { title: LONG } });
    expect(first.body.data.slug.length).toBeLessThanOrEqual(80);
    expect(first.body.data.slug).toMatch(/^quan-mian-shen-hua-gong-hui-gai-ge-(quan-mian-shen-hua-gong-hui-gai-ge-?)*[a-z-]*[a-z]$/);
    expect(second.body.data.slug).toBe(`${first.body.data.slug.slice(0, 78)}-2`.replace(/--2$/, '-2'));
  });
});

describe('draft preview', () => {
  let documentId: string;
  let token: string;

  const previewUrl = async (uid: string, id: string, auth: Auth) =>
    app.http().get(`/content-manager/preview/url/${uid}?documentId=${id}&locale=zh-Hans&status=draft`).set(auth);

  beforeAll(async () => {
    const cover = await app.strapi.documents(PHOTO).findFirst({ locale: 'zh-Hans', status: 'published', filters: { caption: { $notNull: true } } });
    const draft = await app
      .http()
      .post('/api/articles?status=draft')
      .set(await bearer())
      .send({ data: { title: '预览中的草稿', subtitle: '尚未发布', cover: cover?.documentId } });
    documentId = draft.body.data.documentId;
    const editor = await adminUser('strapi-editor', 'editor4@test.local');
    const response = await previewUrl(ARTICLE, documentId, editor);
    expect(response.status).toBe(200);
    const url = new URL(response.body.data.url, 'http://reader.test');
    expect(url.pathname).toMatch(/^\/preview\/[^/]+$/);
    expect(url.hash).toBe('');
    token = decodeURIComponent(url.pathname.replace('/preview/', ''));
  });

  it('gives the admin a reader-page URL with a token for articles, and none for photos (204)', async () => {
    expect(token).toMatch(/^[\w-]+\.[\w-]+$/);
    const photo = await app.strapi.documents(PHOTO).findFirst({});
    const none = await previewUrl(PHOTO, photo?.documentId ?? '', await adminUser('strapi-editor', 'editor4@test.local'));
    expect(none.status).toBe(204);
  });

  it("gives a correspondent a preview of their own draft only, not of another person's (403)", async () => {
    const correspondent = await adminUser('strapi-author', 'reporter-preview@test.local');
    expect((await previewUrl(ARTICLE, documentId, correspondent)).status).toBe(403);
    const own = await app.http().post(cm(ARTICLE, '?locale=zh-Hans')).set(correspondent).send({ title: '通讯员的草稿' });
    const response = await previewUrl(ARTICLE, own.body.data.documentId, correspondent);
    expect(response.status).toBe(200);
    expect(response.body.data.url).toContain('/preview/');
  });

  it('serves the draft, with its cover credit, to a holder of a valid token', async () => {
    const response = await app.http().get(`/api/preview?token=${token}`);
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body.data).toMatchObject({ documentId, title: '预览中的草稿', subtitle: '尚未发布', publishedAt: null });
    expect(response.body.data.cover.creditLine).toMatch(/^■ /);
    expect(response.body.meta).toMatchObject({ type: 'article', locale: 'zh-Hans', status: 'draft' });
    const expiresIn = new Date(response.body.meta.expiresAt).getTime() - Date.now();
    expect(expiresIn).toBeGreaterThan(0);
    expect(expiresIn).toBeLessThanOrEqual(600_000);
  });

  it('never shows the draft through the public API', async () => {
    expect((await app.http().get(`/api/articles/${documentId}`)).status).toBe(404);
    expect((await app.http().get(`/api/articles/${documentId}?status=draft`)).status).toBe(403);
    expect((await app.http().get(`/api/articles/${documentId}?status=draft&token=${token}`)).status).toBe(400);
  });

  it.each([
    ['no token', () => '', 400],
    ['a malformed token', () => 'not-a-token', 401],
    ['a tampered signature', () => `${token.split('.')[0]}.${'A'.repeat(43)}`, 401],
    [
      'a tampered payload (another document)',
      () => {
        const [payload, signature] = token.split('.');
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
        return `${Buffer.from(JSON.stringify({ ...claims, documentId: 'x'.repeat(24) })).toString('base64url')}.${signature}`;
      },
      401,
    ],
    [
      'an expired token',
      () =>
        app.strapi.service('api::preview.preview').sign({ uid: ARTICLE, documentId, locale: 'zh-Hans', status: 'draft', expiresAt: Math.floor(Date.now() / 1000) - 1 }),
      401,
    ],
  ])('refuses %s', async (_label, makeToken, status) => {
    const response = await app.http().get(`/api/preview?token=${encodeURIComponent(makeToken())}`);
    expect(response.status).toBe(status);
    expect(response.body.error.status).toBe(status);
    expect(response.body.data).toBeNull();
  });

  it.each([
    ['no token', '', ['token']],
    ['a repeated token', `token=a&token=b`, ['token']],
    ['a bracketed token', `token[x]=a`, ['token']],
    ['an unknown parameter beside a token', `token=a&status=draft`, ['status']],
  ])('refuses %s with 400 naming the parameter in details.errors', async (_label, query, paths) => {
    const response = await app.http().get(`/api/preview?${query}`);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    expect(response.body.error.details.errors.map((problem: Record<string, string[]>) => problem.path.join('.'))).toEqual(paths);
  });

  it('refuses unknown parameters (400) and answers 404 once the document is deleted', async () => {
    expect((await app.http().get(`/api/preview?token=${token}&populate=*`)).status).toBe(400);
    const doomed = await app.http().post('/api/articles?status=draft').set(await bearer()).send({ data: { title: '将被删除' } });
    const doomedToken = app.strapi
      .service('api::preview.preview')
      .sign({ uid: ARTICLE, documentId: doomed.body.data.documentId, locale: 'zh-Hans', status: 'draft', expiresAt: Math.floor(Date.now() / 1000) + 60 });
    await app.strapi.documents(ARTICLE).delete({ documentId: doomed.body.data.documentId });
    const response = await app.http().get(`/api/preview?token=${doomedToken}`);
    expect(response.status).toBe(404);
  });
});

describe('scheduled publishing', () => {
  const schedule = () => app.strapi.service('api::schedule.schedule');
  const minutes = (count: number) => new Date(Date.now() + count * 60_000).toISOString();

  const draft = async (data: Record<string, unknown>) =>
    (await app.strapi.documents(ARTICLE).create({ data: { title: '定时稿件', ...data }, locale: 'zh-Hans' } as never)) as {
      documentId: string;
    };
  const isPublished = async (documentId: string) =>
    (await app.strapi.documents(ARTICLE).findOne({ documentId, locale: 'zh-Hans', status: 'published' })) !== null;

  it('is registered as a Strapi cron task', () => {
    const tasks = app.strapi.config.get('server.cron.tasks') as Record<string, { options: { rule: string } }>;
    expect(tasks.scheduledPublishing.options.rule).toBe('* * * * *');
  });

  it('publishes a due draft exactly once, however many runs overlap', async () => {
    const due = await draft({ title: '到点发布', scheduledPublishAt: minutes(-1) });
    const later = await draft({ title: '明天发布', scheduledPublishAt: minutes(24 * 60) });

    const runs = await Promise.all([schedule().runDue(), schedule().runDue(), schedule().runDue()]);
    expect(runs.reduce((sum: number, run: { published: number }) => sum + run.published, 0)).toBe(1);
    expect((await schedule().runDue()).published).toBe(0);

    expect(await isPublished(due.documentId)).toBe(true);
    expect(await isPublished(later.documentId)).toBe(false);
    const publicRead = await app.http().get(`/api/articles/${due.documentId}`);
    expect(publicRead.body.data.title).toBe('到点发布');
    const versions = (await app.strapi.db.query(ARTICLE).findMany({ where: { documentId: due.documentId } })) as Array<{ scheduledPublishAt: unknown }>;
    expect(versions).toHaveLength(2);
    expect(versions.map((version) => version.scheduledPublishAt)).toEqual([null, null]);
  });

  it('does nothing for a document deleted before its time came', async () => {
    const doomed = await draft({ title: '撤稿', scheduledPublishAt: minutes(-1) });
    await app.strapi.documents(ARTICLE).delete({ documentId: doomed.documentId });
    expect(await schedule().runDue()).toEqual({ published: 0, unpublished: 0, failed: 0 });
  });

  it('unpublishes when scheduledUnpublishAt comes, once', async () => {
    const item = await draft({ title: '限时公告' });
    await app.strapi.documents(ARTICLE).publish({ documentId: item.documentId, locale: 'zh-Hans' });
    await app.strapi.documents(ARTICLE).update({ documentId: item.documentId, locale: 'zh-Hans', data: { scheduledUnpublishAt: minutes(-1) } } as never);
    expect((await app.http().get(`/api/articles/${item.documentId}`)).status).toBe(200);

    const runs = await Promise.all([schedule().runDue(), schedule().runDue()]);
    expect(runs.reduce((sum: number, run: { unpublished: number }) => sum + run.unpublished, 0)).toBe(1);
    expect((await app.http().get(`/api/articles/${item.documentId}`)).status).toBe(404);
    expect(await app.strapi.documents(ARTICLE).findOne({ documentId: item.documentId, locale: 'zh-Hans' })).not.toBeNull();
  });

  it('refuses an unpublish time before the publish time (400)', async () => {
    const response = await app
      .http()
      .post('/api/articles?status=draft')
      .set(await bearer())
      .send({ data: { title: '时间颠倒', scheduledPublishAt: minutes(60), scheduledUnpublishAt: minutes(30) } });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['scheduledUnpublishAt']);
    expect(await app.strapi.db.query(ARTICLE).count({ where: { title: '时间颠倒' } })).toBe(0);
  });

  it('refuses a date that is not a date (400)', async () => {
    const response = await app.http().post('/api/articles?status=draft').set(await bearer()).send({ data: { title: '坏日期', scheduledPublishAt: 'tomorrow' } });
    expect(response.status).toBe(400);
  });
});
