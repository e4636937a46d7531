/**
 * Photographers submit captioned photos; credits come from the files; every bad file is refused with a
 * clear 4xx and leaves nothing behind, on the submit endpoint, POST /api/upload and the media library.
 */

import fs from 'fs/promises';
import path from 'path';
import { readEmbeddedMetadata } from '#newsroom-media';
import {
  creditedJpeg,
  exifOnlyJpeg,
  gbkIptcJpeg,
  htmlPage,
  hugePng,
  plainJpeg,
  pngImage,
  svgImage,
  truncatedJpeg,
} from '../helpers/images';
import { startStrapi, type TestApp } from '../helpers/strapi';

type Json = Record<string, any>;

const SIZE_LIMIT = 2 * 1024 * 1024;
const CAPTION = '金秋助学现场资助活动';

let app: TestApp;
let token: string;
let photographerJwt: string;
let otherPhotographerJwt: string;
let readerJwt: string;

const bearer = (jwt: string) => ({ Authorization: `Bearer ${jwt}` });

const login = async (identifier: string, password: string): Promise<string> => {
  const response = await app.http().post('/api/auth/local').send({ identifier, password });
  expect(response.status).toBe(200);
  return response.body.jwt as string;
};

const createUser = async (email: string, roleType: string): Promise<void> => {
  const role = (await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: roleType } })) as { id: number };
  await app.strapi.plugin('users-permissions').service('user').add({
    username: email.split('@')[0],
    email,
    password: 'Secret-Pass-2026',
    provider: 'local',
    confirmed: true,
    blocked: false,
    role: role.id,
  });
};

/** Files stored anywhere: rows in the database and files on disk. */
const photoAttributes = () => app.strapi.contentType('api::photo.photo').attributes as unknown as Record<string, { maxLength: number }>;
const captionLimit = () => photoAttributes().caption.maxLength;
const altTextLimit = () => photoAttributes().altText.maxLength;

const storedFiles = async () => ({
  rows: await app.strapi.db.query('plugin::upload.file').count(),
  onDisk: (await fs.readdir(path.join(app.publicDir, 'uploads'))).length,
  photos: await app.strapi.db.query('api::photo.photo').count(),
  metadata: await app.strapi.db.query('plugin::newsroom-media.file-metadata').count(),
});

beforeAll(async () => {
  process.env.UPLOAD_SIZE_LIMIT = String(SIZE_LIMIT);
  app = await startStrapi('photo-submission', { seed: true });
  token = await app.fullAccessToken();
  photographerJwt = await login('photographer@newsroom.local', 'Newsroom-Photo-2026');
  await createUser('second.photographer@newsroom.local', 'photographer');
  otherPhotographerJwt = await login('second.photographer@newsroom.local', 'Secret-Pass-2026');
  await createUser('reader@newsroom.local', 'authenticated');
  readerJwt = await login('reader@newsroom.local', 'Secret-Pass-2026');
});

afterAll(async () => {
  delete process.env.UPLOAD_SIZE_LIMIT;
  await app?.stop();
});

describe('POST /api/photos/submit', () => {
  it('turns a GBK-captioned JPEG into a credited draft photo', async () => {
    const response = await app
      .http()
      .post('/api/photos/submit')
      .set(bearer(photographerJwt))
      .attach('files', await gbkIptcJpeg({ caption: CAPTION, byline: '通讯员 李明' }), 'jinqiu.jpg');
    expect(response.status).toBe(201);
    const [photo] = response.body.data;
    expect(photo).toMatchObject({
      status: 'draft',
      locale: 'zh-Hans',
      caption: CAPTION,
      altText: CAPTION,
      creditRole: 'correspondent',
      creditLine: '■ 摄影 通讯员 李明',
      photographer: expect.objectContaining({ name: '李明' }),
    });
    expect(photo.image.formats.thumbnail.url).toMatch(/^\/uploads\//);
    expect(photo.structuredData).toMatchObject({ '@type': 'ImageObject', creditText: '■ 摄影 通讯员 李明' });

    // an editor finds it among the drafts, and the public does not see it
    const drafts = await app.http().get('/api/photos?status=draft&filters[caption][$eq]=' + encodeURIComponent(CAPTION)).set(bearer(token));
    expect(drafts.body.data).toHaveLength(1);
    const publicView = await app.http().get(`/api/photos/${photo.documentId}`);
    expect(publicView.status).toBe(404);
  });

  it('lets the form win over the file, and credits the uploader when the file names nobody', async () => {
    const fromForm = await app
      .http()
      .post('/api/photos/submit')
      .set(bearer(photographerJwt))
      .field('caption', '人工输入的图说')
      .field('creditRole', 'staffReporter')
      .attach('files', await creditedJpeg({ caption: '文件里的图说', byline: '王强', bylineTitle: '特约摄影' }), 'a.jpg');
    expect(fromForm.status).toBe(201);
    expect(fromForm.body.data[0]).toMatchObject({ caption: '人工输入的图说', creditRole: 'staffReporter', creditLine: '■ 摄影 记者 王强' });

    const anonymous = await app.http().post('/api/photos/submit').set(bearer(photographerJwt)).attach('files', await plainJpeg(), 'b.jpg');
    expect(anonymous.status).toBe(201);
    expect(anonymous.body.data[0]).toMatchObject({ creditLine: '■ 摄影 记者 陈文骁', photographer: expect.objectContaining({ name: '陈文骁' }) });
  });

  it('creates one draft per file and links activity and article', async () => {
    const activity = (await app.http().get('/api/activities?pagination[pageSize]=1')).body.data[0];
    const article = (await app.http().get('/api/articles')).body.data[0];
    const response = await app
      .http()
      .post('/api/photos/submit')
      .set(bearer(photographerJwt))
      .field('activity', activity.documentId)
      .field('article', article.documentId)
      .field('takenAt', '2020-09-10T08:30:00+08:00')
      .field('location', '淮北 相山区')
      .attach('files', await exifOnlyJpeg(), 'one.jpg')
      .attach('files', await pngImage(), 'two.png');
    expect(response.status).toBe(201);
    expect(response.body.meta.count).toBe(2);
    // multipart files come in the order they finish writing, so find them by name
    const byName = (name: string) => response.body.data.find((photo: Json) => photo.image.name === name);
    expect(byName('one.jpg')).toMatchObject({ takenAt: '2020-09-10T00:30:00.000Z', location: '淮北 相山区', caption: 'Golden autumn grants' });
    expect(byName('two.png')).toMatchObject({ takenAt: '2020-09-10T00:30:00.000Z', location: '淮北 相山区', caption: null });

    const linked = await app.strapi.documents('api::photo.photo').findOne({
      documentId: byName('two.png').documentId,
      status: 'draft',
      populate: { activities: true, articles: true },
    } as never);
    expect((linked as Json).activities.map((a: Json) => a.documentId)).toEqual([activity.documentId]);
    expect((linked as Json).articles.map((a: Json) => a.documentId)).toEqual([article.documentId]);
  });

  test.each([
    ['no file at all', {}, [], 400],
    ['an unknown credit role', { creditRole: 'boss' }, ['ok.jpg'], 400],
    ['a date that is not a date', { takenAt: 'yesterday' }, ['ok.jpg'], 400],
    ['an unknown activity', { activity: 'doesnotexist0000000000000' }, ['ok.jpg'], 400],
    ['an unknown photographer', { photographer: 'x' }, ['ok.jpg'], 400],
    ['an unknown locale', { locale: 'fr' }, ['ok.jpg'], 400],
    ['an unknown field', { publishedAt: '2020-01-01' }, ['ok.jpg'], 400],
  ])('refuses %s (400) and stores nothing', async (_case, fields, files, status) => {
    const before = await storedFiles();
    let request = app.http().post('/api/photos/submit').set(bearer(photographerJwt));
    for (const [name, value] of Object.entries(fields)) request = request.field(name, value as string);
    for (const name of files) request = request.attach('files', await plainJpeg(), name);
    const response = await request;
    expect(response.status).toBe(status);
    expect(response.body.error).toMatchObject({ status, name: 'ValidationError' });
    expect(await storedFiles()).toEqual(before);
  });

  test.each([
    ['a caption longer than the photo schema allows', () => ({ caption: 'x'.repeat(captionLimit() + 1) }), ['caption']],
    ['an alt text longer than the photo schema allows', () => ({ altText: 'x'.repeat(altTextLimit() + 1) }), ['altText']],
    ['a malformed photographer and an unknown role at once', () => ({ photographer: '../x', creditRole: 'boss' }), ['creditRole', 'photographer']],
    ['a field given twice', () => ({ caption: ['一', '二'] }), ['caption']],
  ])('refuses %s (400, naming each field in details.errors) and stores nothing', async (_case, fields, paths) => {
    const before = await storedFiles();
    let request = app.http().post('/api/photos/submit').set(bearer(photographerJwt));
    for (const [name, value] of Object.entries(fields())) for (const one of [value].flat()) request = request.field(name, one);
    const response = await request.attach('files', await plainJpeg(), 'ok.jpg');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    expect(response.body.error.details.errors.map((problem: Json) => problem.path.join('.'))).toEqual(paths);
    expect(await storedFiles()).toEqual(before);
  });

  it('rolls everything back when a photo cannot be created after its file was stored', async () => {
    const before = await storedFiles();
    const user = (await app.strapi.db.query('plugin::users-permissions.user').findOne({ where: { email: 'photographer@newsroom.local' } })) as {
      id: number;
    };
    const image = path.join(app.publicDir, 'incoming.jpg');
    await fs.writeFile(image, await plainJpeg());
    const submissions = app.strapi.plugin('newsroom-media').service('submissions');
    await expect(
      submissions.submit(
        [{ filepath: image, originalFilename: 'incoming.jpg', mimetype: 'image/jpeg', size: (await fs.stat(image)).size }],
        { links: { articles: 'doesnotexist0000000000000' } },
        user.id
      )
    ).rejects.toThrow();
    await fs.rm(image);
    expect(await storedFiles()).toEqual(before);
  });
});

describe('who may submit', () => {
  it('refuses the public (403) and a signed-in user without the photographer role (403)', async () => {
    const file = await plainJpeg();
    expect((await app.http().post('/api/photos/submit').attach('files', file, 'x.jpg')).status).toBe(403);
    expect((await app.http().post('/api/photos/submit').set(bearer(readerJwt)).attach('files', file, 'x.jpg')).status).toBe(403);
    expect((await app.http().get('/api/photos/mine').set(bearer(readerJwt))).status).toBe(403);
  });

  it('lets a photographer list and update only their own drafts', async () => {
    const mine = await app.http().get('/api/photos/mine').set(bearer(photographerJwt));
    expect(mine.status).toBe(200);
    expect(mine.body.data.length).toBeGreaterThanOrEqual(4);
    const theirs = await app.http().get('/api/photos/mine').set(bearer(otherPhotographerJwt));
    expect(theirs.body.data).toEqual([]);
    // the plugin's own path answers the same
    const prefixed = await app.http().get('/api/newsroom-media/photos/mine').set(bearer(photographerJwt));
    expect(prefixed.body.data.map((photo: Json) => photo.documentId)).toEqual(mine.body.data.map((photo: Json) => photo.documentId));

    const [first] = mine.body.data;
    const updated = await app
      .http()
      .put(`/api/photos/mine/${first.documentId}`)
      .set(bearer(photographerJwt))
      .send({ data: { caption: '改过的图说' } });
    expect(updated.status).toBe(200);
    expect(updated.body.data.caption).toBe('改过的图说');

    const foreign = await app
      .http()
      .put(`/api/photos/mine/${first.documentId}`)
      .set(bearer(otherPhotographerJwt))
      .send({ data: { caption: '别人的' } });
    expect(foreign.status).toBe(404);
    const forbiddenField = await app
      .http()
      .put(`/api/photos/mine/${first.documentId}`)
      .set(bearer(photographerJwt))
      .send({ data: { creditLine: 'forged' } });
    expect(forbiddenField.status).toBe(400);
    expect(forbiddenField.body.error.details.errors.map((problem: Json) => problem.path.join('.'))).toEqual(['data.creditLine']);
    const tooLong = await app
      .http()
      .put(`/api/photos/mine/${first.documentId}`)
      .set(bearer(photographerJwt))
      .send({ data: { caption: 'x'.repeat(captionLimit() + 1) } });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.details.errors.map((problem: Json) => problem.path.join('.'))).toEqual(['data.caption']);
    const notADocumentId = await app.http().put('/api/photos/mine/..%2F..%2Fetc').set(bearer(photographerJwt)).send({ data: { caption: 'x' } });
    expect(notADocumentId.status).toBe(400);
    expect(notADocumentId.body.error.details.errors.map((problem: Json) => problem.path.join('.'))).toEqual(['documentId']);
    const unknownParameter = await app.http().get('/api/photos/mine?sort=caption').set(bearer(photographerJwt));
    expect(unknownParameter.status).toBe(400);
    expect(unknownParameter.body.error.details.errors.map((problem: Json) => problem.path.join('.'))).toEqual(['sort']);
    const unknownLocale = await app.http().get('/api/photos/mine?locale=fr').set(bearer(photographerJwt));
    expect(unknownLocale.status).toBe(400);
    expect(unknownLocale.body.error.details.errors.map((problem: Json) => problem.path.join('.'))).toEqual(['locale']);
  });

  it('does not let a photographer publish, delete, or touch articles, activities or campaigns', async () => {
    const [photo] = (await app.http().get('/api/photos/mine').set(bearer(photographerJwt))).body.data;
    const auth = bearer(photographerJwt);
    expect((await app.http().put(`/api/photos/${photo.documentId}`).set(auth).send({ data: { caption: 'x' } })).status).toBe(403);
    expect((await app.http().delete(`/api/photos/${photo.documentId}`).set(auth)).status).toBe(403);
    expect((await app.http().post('/api/photos').set(auth).send({ data: { caption: 'x' } })).status).toBe(403);
    for (const collection of ['articles', 'activities', 'campaigns']) {
      expect((await app.http().post(`/api/${collection}`).set(auth).send({ data: { title: 'x', name: 'x' } })).status).toBe(403);
    }
  });

  it('refuses to change a photo of theirs once an editor published it', async () => {
    const [photo] = (await app.http().get('/api/photos/mine').set(bearer(photographerJwt))).body.data;
    await app.strapi.documents('api::photo.photo').publish({ documentId: photo.documentId } as never);
    const response = await app
      .http()
      .put(`/api/photos/mine/${photo.documentId}`)
      .set(bearer(photographerJwt))
      .send({ data: { caption: '发布后再改' } });
    expect(response.status).toBe(403);
  });
});

describe('safe uploads, on every upload path', () => {
  const uploadPaths = [
    ['the submit endpoint', '/api/photos/submit', () => bearer(photographerJwt)],
    ['POST /api/upload', '/api/upload', () => bearer(token)],
  ] as const;

  const badFiles = [
    ['an HTML page named .jpg', async () => htmlPage(), 'photo.jpg', 'image/jpeg', 400],
    ['an SVG', async () => svgImage(), 'logo.svg', 'image/svg+xml', 400],
    ['a truncated JPEG', truncatedJpeg, 'cut.jpg', 'image/jpeg', 400],
    ['a PNG declaring 100000×100000 pixels', async () => hugePng(), 'bomb.png', 'image/png', 400],
    ['a file over the size limit', async () => Buffer.concat([await plainJpeg(), Buffer.alloc(SIZE_LIMIT)]), 'big.jpg', 'image/jpeg', 413],
  ] as const;

  describe.each(uploadPaths)('through %s', (_name, url, auth) => {
    test.each(badFiles)('refuses %s and leaves nothing behind', async (_file, make, name, contentType, status) => {
      const before = await storedFiles();
      const response = await app.http().post(url).set(auth()).attach('files', await make(), { filename: name, contentType });
      expect(response.status).toBe(status);
      expect(response.body.error.status).toBe(status);
      expect(typeof response.body.error.message).toBe('string');
      expect(await storedFiles()).toEqual(before);
    });
  });

  it('refuses a bad file in the media library too', async () => {
    const editor = await app.http().post('/admin/login').send({ email: 'editor@newsroom.local', password: 'Newsroom-Editor-2026' });
    const before = await storedFiles();
    const response = await app
      .http()
      .post('/upload')
      .set(bearer(editor.body.data.token))
      .field('fileInfo', JSON.stringify({ name: 'photo.jpg' }))
      .attach('files', htmlPage(), { filename: 'photo.jpg', contentType: 'image/jpeg' });
    expect(response.status).toBe(400);
    expect(await storedFiles()).toEqual(before);
  });

  it('accepts a good file in the media library, reads its credit and sanitizes its name', async () => {
    const editor = await app.http().post('/admin/login').send({ email: 'editor@newsroom.local', password: 'Newsroom-Editor-2026' });
    const response = await app
      .http()
      .post('/upload')
      .set(bearer(editor.body.data.token))
      .attach('files', await gbkIptcJpeg({ caption: CAPTION, byline: '通讯员 李明' }), { filename: '../../金秋\u0007助学.jpg', contentType: 'image/jpeg' });
    expect(response.status).toBe(201);
    expect(response.body[0]).toMatchObject({ name: '金秋助学.jpg', caption: CAPTION });
  });
});

describe('credits read on upload', () => {
  it('keeps the credit in the stored original and in every resized format', async () => {
    const response = await app
      .http()
      .post('/api/upload')
      .set(bearer(token))
      .attach('files', await creditedJpeg({ caption: CAPTION, byline: '李明', bylineTitle: '通讯员' }, [1600, 1200]), 'big.jpg');
    expect(response.status).toBe(201);
    const [file] = response.body;
    expect(file.caption).toBe(CAPTION);
    const urls = [file.url, ...Object.values(file.formats as Record<string, { url: string }>).map((format) => format.url)];
    expect(urls).toHaveLength(5);
    for (const url of urls) {
      const metadata = await readEmbeddedMetadata(path.join(app.publicDir, url));
      expect({ url, caption: metadata.caption, creator: metadata.creator }).toEqual({ url, caption: CAPTION, creator: '李明' });
    }
  });

  it('fills a new photo from its file, but never over what a person typed', async () => {
    const upload = await app
      .http()
      .post('/api/upload')
      .set(bearer(token))
      .attach('files', await gbkIptcJpeg({ caption: CAPTION, byline: '通讯员 徐度晓' }), 'xu.jpg');
    const imageId = upload.body[0].id as number;

    const filled = await app.http().post('/api/photos').set(bearer(token)).send({ data: { image: imageId } });
    expect(filled.status).toBe(201);
    expect(filled.body.data).toMatchObject({ caption: CAPTION, creditRole: 'correspondent', creditLine: '■ 摄影 通讯员 徐度晓' });
    expect(filled.body.data.metadata.embedded).toMatchObject({ iptcEncoding: 'gb18030' });

    const typed = await app
      .http()
      .post('/api/photos')
      .set(bearer(token))
      .send({ data: { image: imageId, caption: '编辑写的图说', creditRole: 'filePhoto' } });
    expect(typed.body.data).toMatchObject({ caption: '编辑写的图说', creditRole: 'filePhoto', creditLine: '资料图片' });

    // 徐度晓 is matched to the existing photographer, not created again
    const named = await app.strapi.db.query('api::photographer.photographer').count({ where: { name: '徐度晓' } });
    expect(named).toBe(1);
  });

  it('exposes structured data in REST and GraphQL', async () => {
    const rest = await app.http().get('/api/photos?filters[creditRole][$eq]=correspondent&filters[caption][$notNull]=true');
    expect(rest.body.data[0].structuredData).toMatchObject({ '@type': 'ImageObject', creditText: '■ 摄影 通讯员 徐度晓' });
    const graphql = await app.http().post('/graphql').send({ query: '{ photos(filters: { creditRole: { eq: "correspondent" } }) { structuredData } }' });
    expect(graphql.body.data.photos[0].structuredData['@type']).toBe('ImageObject');
  });

  it('never shows who submitted a photo, or a photographer account, to the public', async () => {
    const photos = await app.http().get('/api/photos?populate=*');
    expect(JSON.stringify(photos.body)).not.toContain('submittedBy');
    const people = await app.http().get('/api/photographers?populate=*');
    expect(JSON.stringify(people.body)).not.toContain('photographer@newsroom.local');
    expect(people.body.data[0].account).toBeUndefined();
    const filter = await app.http().get('/api/photos?filters[submittedBy][email][$eq]=photographer@newsroom.local');
    expect(filter.status).toBe(400);
  });
});
