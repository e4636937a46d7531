/**
 * What a fresh start sets up: locales, public permissions, demo accounts and content (idempotent),
 * generated types that match the schemas, and production's refusal to start with example secrets.
 */

import { spawnSync } from 'child_process';
import fs from 'fs/promises';
import os from 'os';
import path from 'path';
import { generators } from '@strapi/typescript-utils';
import { enforcePublicReadAccess } from '../../src/bootstrap/public-permissions';
import { seedDemoContent } from '../../src/seed';
import { ROOT } from '../helpers/databases';
import { countDocuments, startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;

const NEWSROOM_TYPES = [
  'api::article.article',
  'api::photo.photo',
  'api::photographer.photographer',
  'api::activity.activity',
  'api::campaign.campaign',
  'api::organization.organization',
  'api::category.category',
  'api::tag.tag',
];

beforeAll(async () => {
  app = await startStrapi('setup', { seed: true });
});

afterAll(async () => {
  await app?.stop();
});

const countAll = async () =>
  Object.fromEntries(
    await Promise.all([
      ...NEWSROOM_TYPES.map(async (uid) => [uid, await countDocuments(app.strapi, uid)] as const),
      ['files', await app.strapi.db.query('plugin::upload.file').count()] as const,
      ['photo rows', await app.strapi.db.query('api::photo.photo').count()] as const,
    ])
  );

describe('locales', () => {
  it('has zh-Hans as the default and en', async () => {
    const locales = app.strapi.plugin('i18n').service('locales');
    expect(await locales.getDefaultLocale()).toBe('zh-Hans');
    const codes = ((await locales.find()) as Array<{ code: string }>).map((locale) => locale.code).sort();
    expect(codes).toEqual(['en', 'zh-Hans']);
  });
});

describe('demo content', () => {
  it('seeds the article, its 7 photos, 3 photographers and the rest', async () => {
    expect(await countAll()).toEqual({
      'api::article.article': 1,
      'api::photo.photo': 7,
      'api::photographer.photographer': 3,
      'api::activity.activity': 14,
      'api::campaign.campaign': 6,
      'api::organization.organization': 14,
      'api::category.category': 1,
      'api::tag.tag': 4,
      files: 7,
      // 7 photos × 2 locales × (draft + published)
      'photo rows': 28,
    });
  });

  it('gives the same counts when run again', async () => {
    const before = await countAll();
    const report = await seedDemoContent(app.strapi);
    expect(report.created).toBe(0);
    expect(report.existing).toBeGreaterThan(50);
    expect(await countAll()).toEqual(before);
  });

  it('writes caption and credit into the demo images themselves', async () => {
    const file = (await app.strapi.db.query('plugin::upload.file').findOne({ where: { name: 'seed-photo-6.jpg' } })) as {
      url: string;
      width: number;
    };
    expect(file.width).toBe(1200);
    const bytes = await fs.readFile(path.join(app.publicDir, file.url));
    expect(bytes.includes(Buffer.from('“五送”之“送万福进万家”活动。', 'utf8'))).toBe(true);
    expect(bytes.includes(Buffer.from('徐度晓', 'utf8'))).toBe(true);
  });
});

describe('accounts and permissions', () => {
  it('creates the demo super admin and editor, in Chinese, who can log in to the admin', async () => {
    for (const [email, password, role] of [
      ['admin@newsroom.local', 'Newsroom-Admin-2026', 'strapi-super-admin'],
      ['editor@newsroom.local', 'Newsroom-Editor-2026', 'strapi-editor'],
    ]) {
      const user = (await app.strapi.db.query('admin::user').findOne({ where: { email }, populate: ['roles'] })) as {
        roles: Array<{ code: string }>;
        preferedLanguage: string | null;
      };
      expect(user.roles.map((r) => r.code)).toEqual([role]);
      expect(user.preferedLanguage).toBe('zh-Hans');
      const login = await app.http().post('/admin/login').send({ email, password });
      expect(login.status).toBe(200);
      expect(typeof login.body.data.token).toBe('string');
    }
  });

  it('refuses a wrong admin password (400) without saying which part was wrong', async () => {
    const login = await app.http().post('/admin/login').send({ email: 'editor@newsroom.local', password: 'wrong-Password-1' });
    expect(login.status).toBe(400);
    expect(login.body.error.message).toBe('Invalid credentials');
  });

  it("gives the admin's slug generator the same pinyin slug as the API", async () => {
    const login = await app.http().post('/admin/login').send({ email: 'editor@newsroom.local', password: 'Newsroom-Editor-2026' });
    const auth = { Authorization: `Bearer ${login.body.data.token}` };
    const generate = (title: string) =>
      app
        .http()
        .post('/content-manager/uid/generate?locale=zh-Hans')
        .set(auth)
        .send({ contentTypeUID: 'api::article.article', field: 'slug', data: { title } });

    const fresh = await generate('金秋助学 现场资助');
    expect(fresh.status).toBe(200);
    expect(fresh.body.data).toBe('jin-qiu-zhu-xue-xian-chang-zi-zhu');
    // the seed article holds the plain slug, so both the button and the API add -2
    const taken = await generate('忠诚党的事业 竭诚服务职工');
    expect(taken.body.data).toBe('zhong-cheng-dang-de-shi-ye-jie-cheng-fu-wu-zhi-gong-2');
    const created = await app.strapi.documents('api::article.article').create({ data: { title: '忠诚党的事业 竭诚服务职工' } } as never);
    expect(created.slug).toBe(taken.body.data);
    await app.strapi.documents('api::article.article').delete({ documentId: created.documentId });
    expect((await generate('！？')).body.data).toBe('article');
  });

  it('lets the Editor role publish every newsroom type', async () => {
    const editor = (await app.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } })) as { id: number };
    const publish = (await app.strapi.db.query('admin::permission').findMany({
      where: { role: editor.id, action: 'plugin::content-manager.explorer.publish' },
    })) as Array<{ subject: string }>;
    for (const uid of NEWSROOM_TYPES) {
      expect(publish.map((permission) => permission.subject)).toContain(uid);
    }
  });

  it('lets an editor create and read articles in both locales through the admin', async () => {
    const login = await app.http().post('/admin/login').send({ email: 'editor@newsroom.local', password: 'Newsroom-Editor-2026' });
    const auth = { Authorization: `Bearer ${login.body.data.token}` };
    for (const locale of ['zh-Hans', 'en']) {
      const list = await app.http().get(`/content-manager/collection-types/api::article.article?locale=${locale}`).set(auth);
      expect(list.status).toBe(200);
      expect(list.body.results).toHaveLength(1);
    }
    const created = await app
      .http()
      .post('/content-manager/collection-types/api::article.article?locale=zh-Hans')
      .set(auth)
      .send({ title: '编辑新建的稿件' });
    expect(created.status).toBe(201);
    expect(created.body.data.slug).toBe('bian-ji-xin-jian-de-gao-jian');
    const published = await app
      .http()
      .post(`/content-manager/collection-types/api::article.article/${created.body.data.documentId}/actions/publish?locale=zh-Hans`)
      .set(auth)
      .send({});
    expect(published.status).toBe(200);
    const publicRead = await app.http().get(`/api/articles/${created.body.data.documentId}`);
    expect(publicRead.body.data.title).toBe('编辑新建的稿件');
    // leave the demo content as seeded for the other tests of this file
    await app.strapi.documents('api::article.article').delete({ documentId: created.body.data.documentId });
  });

  it('has an admin Photographer role that uploads and edits photos, reads the rest, and cannot publish', async () => {
    const role = (await app.strapi.db.query('admin::role').findOne({ where: { code: 'newsroom-photographer' } })) as { id: number };
    const permissions = (await app.strapi.db.query('admin::permission').findMany({ where: { role: role.id } })) as Array<{
      action: string;
      subject: string | null;
    }>;
    const granted = permissions.map((permission) => `${permission.action} ${permission.subject ?? ''}`.trim());
    expect(granted).toEqual(
      expect.arrayContaining([
        'plugin::upload.assets.create',
        'plugin::content-manager.explorer.create api::photo.photo',
        'plugin::content-manager.explorer.update api::photo.photo',
        'plugin::content-manager.explorer.read api::article.article',
      ])
    );
    expect(granted.filter((permission) => permission.includes('explorer.publish') || permission.includes('explorer.delete'))).toEqual([]);
    expect(granted).not.toContain('plugin::content-manager.explorer.update api::article.article');

    await app.strapi.service('admin::user').create({
      email: 'camera@newsroom.local',
      firstname: '摄影',
      lastname: 'Staff',
      password: 'Camera-Pass-2026',
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    });
    const login = await app.http().post('/admin/login').send({ email: 'camera@newsroom.local', password: 'Camera-Pass-2026' });
    const auth = { Authorization: `Bearer ${login.body.data.token}` };
    const image = (await app.strapi.db.query('plugin::upload.file').findOne({ where: { name: 'seed-photo-1.jpg' } })) as { id: number };
    const created = await app
      .http()
      .post('/content-manager/collection-types/api::photo.photo?locale=zh-Hans')
      .set(auth)
      .send({ image: image.id, caption: '摄影记者新建', creditRole: 'filePhoto' });
    expect(created.status).toBe(201);
    const publish = await app
      .http()
      .post(`/content-manager/collection-types/api::photo.photo/${created.body.data.documentId}/actions/publish?locale=zh-Hans`)
      .set(auth)
      .send({});
    expect(publish.status).toBe(403);
    const article = await app
      .http()
      .post('/content-manager/collection-types/api::article.article?locale=zh-Hans')
      .set(auth)
      .send({ title: '不该能建' });
    expect(article.status).toBe(403);
    await app.strapi.documents('api::photo.photo').delete({ documentId: created.body.data.documentId });
  });

  it('gives the public role find and findOne on every type, and takes back anything more', async () => {
    const permissions = app.strapi.db.query('plugin::users-permissions.permission');
    const role = (await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } })) as {
      id: number;
    };
    await permissions.create({ data: { action: 'api::article.article.create', role: role.id } });
    await enforcePublicReadAccess(app.strapi);

    const actions = ((await permissions.findMany({ where: { role: role.id, action: { $startsWith: 'api::' } } })) as Array<{
      action: string;
    }>).map((permission) => permission.action).sort();
    expect(actions).toEqual(NEWSROOM_TYPES.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]).sort());
    expect(actions).not.toContain('api::article.article.create');
  });
});

describe('generated types', () => {
  it('are current: types/generated matches what the schemas generate', async () => {
    const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-types-'));
    try {
      await generators.generate({
        strapi: app.strapi,
        pwd: scratch,
        rootDir: undefined,
        logger: { silent: true },
        artifacts: { contentTypes: true, components: true },
      });
      for (const file of ['contentTypes.d.ts', 'components.d.ts']) {
        const fresh = await fs.readFile(path.join(scratch, 'types/generated', file), 'utf8');
        const committed = await fs.readFile(path.join(ROOT, 'types/generated', file), 'utf8');
        expect({ file, stale: fresh !== committed }).toEqual({ file, stale: false });
      }
    } finally {
      await fs.rm(scratch, { recursive: true, force: true });
    }
  });
});

describe('production', () => {
  // every secret is passed, empty when "missing": dotenv never overrides a variable that is set, so a local
  // .env cannot fill them in, and an empty value must count as unset
  const noSecrets = Object.fromEntries(
    ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'].map((name) => [name, ''])
  );
  const bootInProduction = (env: Record<string, string>) =>
    spawnSync(
      process.execPath,
      ['-e', "require('@strapi/strapi').createStrapi({ appDir: process.cwd(), distDir: 'dist' }).load().then(() => process.exit(0))"],
      { cwd: ROOT, encoding: 'utf8', timeout: 60000, env: { PATH: process.env.PATH, NODE_ENV: 'production', ...noSecrets, ...env } }
    );

  it('refuses to start without secrets, naming each one', () => {
    const result = bootInProduction({});
    expect(result.status).not.toBe(0);
    expect(result.stderr + result.stdout).toContain('APP_KEYS (missing)');
    expect(result.stderr + result.stdout).toContain('JWT_SECRET (missing)');
  });

  it('serves no GraphQL playground or landing page in production', () => {
    const script = [
      "const { createStrapi } = require('@strapi/strapi');",
      "const request = require('supertest');",
      "createStrapi({ appDir: process.cwd(), distDir: 'dist' }).load().then(async (strapi) => {",
      "  await strapi.server.mount();",
      "  const page = await request(strapi.server.httpServer).get('/graphql').set('Accept', 'text/html');",
      "  const query = await request(strapi.server.httpServer).post('/graphql').send({ query: '{ __typename }' });",
      "  console.log(JSON.stringify({ page: page.status, html: /<html/i.test(page.text), query: query.status }));",
      "  await strapi.destroy();",
      "  process.exit(0);",
      "});",
    ].join('\n');
    const secrets = { APP_KEYS: 'k1-real,k2-real', API_TOKEN_SALT: 'salt-real', ADMIN_JWT_SECRET: 'admin-real', TRANSFER_TOKEN_SALT: 'transfer-real', JWT_SECRET: 'jwt-real', ENCRYPTION_KEY: 'encryption-real' };
    const result = spawnSync(process.execPath, ['-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 90000,
      env: { ...process.env, ...secrets, NODE_ENV: 'production', SEED_DEMO_CONTENT: 'false', LOG_LEVEL: 'error', SERVE_ADMIN_PANEL: 'false' },
    });
    const line = result.stdout.trim().split('\n').pop() ?? '';
    expect(JSON.parse(line)).toEqual({ page: 400, html: false, query: 200 });
  });

  it('refuses to start with the example secrets', () => {
    const result = bootInProduction({
      APP_KEYS: 'change-me-key-1,change-me-key-2',
      API_TOKEN_SALT: 'change-me-api-token-salt',
      ADMIN_JWT_SECRET: 'real-secret-value',
      TRANSFER_TOKEN_SALT: 'real-secret-value-2',
      JWT_SECRET: 'real-secret-value-3',
      ENCRYPTION_KEY: 'real-secret-value-4',
    });
    expect(result.status).not.toBe(0);
    const output = result.stderr + result.stdout;
    expect(output).toContain('APP_KEYS (example value)');
    expect(output).toContain('API_TOKEN_SALT (example value)');
    expect(output).not.toContain('JWT_SECRET (');
  });
});
