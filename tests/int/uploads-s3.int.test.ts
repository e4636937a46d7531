/**
 * Uploads on S3-compatible storage (UPLOAD_PROVIDER=s3) against a real S3-protocol server (s3rver in its own
 * process), checked only through @aws-sdk/client-s3: every format stored with the credit embedded, refused
 * uploads and rolled-back submissions leave no object, deletes remove every object, and every image URL in the
 * API starts with S3_PUBLIC_URL. Then the local folder with PUBLIC_URL: the same URLs, absolute.
 */

import fs from 'fs/promises';
import path from 'path';
import { readEmbeddedMetadata } from '#newsroom-media';
import { storageReachable } from '../../src/utils/storage';
import { creditedJpeg, htmlPage, plainJpeg, svgImage, truncatedJpeg } from '../helpers/images';
import { startS3Server, type S3Server } from '../helpers/s3-server';
import { startStrapi, type TestApp } from '../helpers/strapi';

type Json = Record<string, any>;

const CDN = 'https://cdn.example.org/newsroom';
const PUBLIC = 'https://news.example.org';
const CAPTION = '金秋助学现场资助活动';
const SIZE_LIMIT = 2 * 1024 * 1024;
// a seeded boot on PostgreSQL, on a busy machine
const BOOT_TIMEOUT = 300_000;

const bearer = (jwt: string) => ({ Authorization: `Bearer ${jwt}` });

/** Every string in a response that names a stored image file (a path ending in an image extension). */
const imageUrls = (body: unknown): string[] => {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string' && /\/[^/\s"]+\.(?:jpe?g|png|webp|gif|avif)$/i.test(value)) found.push(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(typeof body === 'string' ? JSON.parse(body) : body);
  return found;
};

const fileUrls = (file: Json): string[] => [file.url, ...Object.values((file.formats ?? {}) as Record<string, { url: string }>).map((format) => format.url)];

/** The API responses that carry image URLs: REST (photos, articles, activities, upload files), GraphQL, the feed. */
const imageResponses = async (app: TestApp, token: string): Promise<Array<[string, unknown]>> => {
  const get = async (url: string) => {
    const response = await app.http().get(url).set(bearer(token));
    expect({ url, status: response.status }).toEqual({ url, status: 200 });
    return response.body as unknown;
  };
  const graphql = await app
    .http()
    .post('/graphql')
    .send({ query: '{ photos { structuredData image { url formats } } articles { cover { image { url formats } } } }' });
  expect(graphql.body.errors).toBeUndefined();
  return [
    ['/api/photos', await get('/api/photos?populate=image')],
    ['/api/articles', await get('/api/articles')],
    ['/api/activities', await get('/api/activities?populate[photos][populate][0]=image')],
    ['/api/upload/files', await get('/api/upload/files')],
    ['/api/feed', await get('/api/feed')],
    ['/api/feed.json', (await app.http().get('/api/feed.json')).text],
    ['/graphql', graphql.body],
  ];
};

describe('uploads on S3-compatible storage', () => {
  let s3: S3Server;
  let app: TestApp;
  let token: string;
  let photographerJwt: string;

  const keyOf = (url: string): string => {
    expect(url.startsWith(`${CDN}/`)).toBe(true);
    return url.slice(CDN.length + 1);
  };

  beforeAll(async () => {
    s3 = await startS3Server();
    app = await startStrapi('uploads-s3', {
      seed: true,
      env: { ...s3.env, S3_PUBLIC_URL: CDN, UPLOAD_SIZE_LIMIT: String(SIZE_LIMIT), PUBLIC_URL: undefined },
    });
    token = await app.fullAccessToken();
    const login = await app.http().post('/api/auth/local').send({ identifier: 'photographer@newsroom.local', password: 'Newsroom-Photo-2026' });
    expect(login.status).toBe(200);
    photographerJwt = login.body.jwt as string;
  }, BOOT_TIMEOUT);

  afterAll(async () => {
    delete process.env.UPLOAD_SIZE_LIMIT;
    for (const name of Object.keys(s3?.env ?? {})) delete process.env[name];
    delete process.env.S3_PUBLIC_URL;
    await app?.stop();
    await s3?.stop();
  });

  it('stores the seed photos in the bucket and nothing in the local uploads folder', async () => {
    const stored = (await app.strapi.db.query('plugin::upload.file').findMany({})) as Json[];
    expect(stored.length).toBeGreaterThan(0);
    const keys = await s3.keys();
    for (const file of stored) {
      expect(file.provider).toBe('aws-s3');
      for (const url of fileUrls(file)) expect(keys).toContain(keyOf(url));
    }
    // the only thing there is the hidden in-flight journal, and it holds no note: every write was settled
    const local = path.join(app.publicDir, 'uploads');
    expect((await fs.readdir(local)).filter((name) => name !== '.in-flight')).toEqual([]);
    const notes = (await fs.readdir(path.join(local, '.in-flight'), { recursive: true, withFileTypes: true }).catch(() => [])).filter((entry) => entry.isFile());
    expect(notes.map((entry) => entry.name)).toEqual([]);

    // the seed uploads through the service (no request, no upload guard): metadata read from the original
    // before it went to the bucket, and the credit in each of its stored formats
    const files = app.strapi.plugin('newsroom-media').service('files');
    let credited = 0;
    for (const file of stored) {
      const metadata = (await files.metadataOf(file.id)) as { creator?: string } | null;
      if (!metadata?.creator) continue;
      credited += 1;
      for (const url of fileUrls(file)) expect({ url, creator: (await readEmbeddedMetadata(await s3.read(keyOf(url)))).creator }).toEqual({ url, creator: metadata.creator });
    }
    expect(credited).toBeGreaterThan(0);
  });

  it('stores an upload with every format, each carrying the credit embedded in the original', async () => {
    const before = await s3.keys();
    const response = await app
      .http()
      .post('/api/upload')
      .set(bearer(token))
      .attach('files', await creditedJpeg({ caption: CAPTION, byline: '李明', bylineTitle: '通讯员' }, [1600, 1200]), 'big.jpg');
    expect(response.status).toBe(201);
    const [file] = response.body as Json[];
    expect(file.caption).toBe(CAPTION);
    expect(Object.keys(file.formats).sort()).toEqual(['large', 'medium', 'small', 'thumbnail']);

    const keys = fileUrls(file).map(keyOf);
    expect((await s3.keys()).filter((key) => !before.includes(key)).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      const bytes = await s3.read(key);
      const metadata = await readEmbeddedMetadata(bytes);
      expect({ key, caption: metadata.caption, creator: metadata.creator, title: metadata.creatorTitle }).toEqual({
        key,
        caption: CAPTION,
        creator: '李明',
        title: '通讯员',
      });
    }
    // the stored size is that of the credited object
    const thumbnail = await s3.read(keyOf(file.formats.thumbnail.url));
    expect(file.formats.thumbnail.sizeInBytes).toBe(thumbnail.length);
  });

  it('stores a media-library upload (admin API) in the bucket, credited in every format', async () => {
    const editor = await app.http().post('/admin/login').send({ email: 'editor@newsroom.local', password: 'Newsroom-Editor-2026' });
    const response = await app
      .http()
      .post('/upload')
      .set(bearer(editor.body.data.token))
      .attach('files', await creditedJpeg({ caption: CAPTION, byline: '王芳' }, [1200, 900]), 'library.jpg');
    expect(response.status).toBe(201);
    const [file] = response.body as Json[];
    const keys = fileUrls(file).map(keyOf);
    expect(keys).toHaveLength(5);
    for (const key of keys) expect((await readEmbeddedMetadata(await s3.read(key))).creator).toBe('王芳');
  });

  const badFiles = [
    ['an HTML page named .jpg', async () => htmlPage(), 'page.jpg', 'image/jpeg', 400],
    ['an SVG', async () => svgImage(), 'logo.svg', 'image/svg+xml', 400],
    ['a truncated JPEG', truncatedJpeg, 'cut.jpg', 'image/jpeg', 400],
    ['a file over the size limit', async () => Buffer.concat([await plainJpeg(), Buffer.alloc(SIZE_LIMIT)]), 'big.jpg', 'image/jpeg', 413],
  ] as const;

  test.each(badFiles)('refuses %s on POST /api/upload and the submit endpoint, leaving no object', async (_name, make, filename, contentType, status) => {
    const before = await s3.keys();
    const rows = await app.strapi.db.query('plugin::upload.file').count();
    const bytes = await make();
    const upload = await app.http().post('/api/upload').set(bearer(token)).attach('files', bytes, { filename, contentType });
    const submit = await app.http().post('/api/photos/submit').set(bearer(photographerJwt)).attach('files', bytes, { filename, contentType });
    expect([upload.status, submit.status]).toEqual([status, status]);
    expect(await s3.keys()).toEqual(before);
    expect(await app.strapi.db.query('plugin::upload.file').count()).toBe(rows);
  });

  it('removes every stored object of a request whose second file is refused', async () => {
    const before = await s3.keys();
    const response = await app
      .http()
      .post('/api/upload')
      .set(bearer(token))
      .attach('files', await plainJpeg(1200, 900), 'good.jpg')
      .attach('files', htmlPage(), { filename: 'bad.jpg', contentType: 'image/jpeg' });
    expect(response.status).toBe(400);
    expect(await s3.keys()).toEqual(before);
  });

  it('removes the stored objects when a submission is rolled back after its file was stored', async () => {
    const before = await s3.keys();
    const rows = await app.strapi.db.query('plugin::upload.file').count();
    const user = (await app.strapi.db.query('plugin::users-permissions.user').findOne({ where: { email: 'photographer@newsroom.local' } })) as { id: number };
    const image = path.join(app.publicDir, 'incoming.jpg');
    await fs.writeFile(image, await plainJpeg(1200, 900));
    const stored: string[] = [];
    const provider = app.strapi.plugin('upload').provider as { uploadStream: (file: Json) => Promise<void> };
    const uploadStream = provider.uploadStream;
    // what the provider wrote during the submission, to show that the rollback had objects to remove
    provider.uploadStream = async (file: Json) => {
      await uploadStream(file);
      stored.push(keyOf(file.url as string));
    };
    try {
      await expect(
        app.strapi
          .plugin('newsroom-media')
          .service('submissions')
          .submit(
            [{ filepath: image, originalFilename: 'incoming.jpg', mimetype: 'image/jpeg', size: (await fs.stat(image)).size }],
            { links: { articles: 'doesnotexist0000000000000' } },
            user.id
          )
      ).rejects.toThrow();
    } finally {
      provider.uploadStream = uploadStream;
      await fs.rm(image, { force: true });
    }
    expect(stored).toHaveLength(5);
    expect(await s3.keys()).toEqual(before);
    expect(await app.strapi.db.query('plugin::upload.file').count()).toBe(rows);
  });

  it('submits a photo into the bucket, credited, and deleting its file removes every object', async () => {
    const submitted = await app
      .http()
      .post('/api/photos/submit')
      .set(bearer(photographerJwt))
      .attach('files', await creditedJpeg({ caption: CAPTION, byline: '赵强', bylineTitle: '通讯员' }, [1000, 800]), 'zhao.jpg');
    expect(submitted.status).toBe(201);
    const [photo] = submitted.body.data as Json[];
    expect(photo.creditLine).toBe('■ 摄影 通讯员 赵强');
    const keys = fileUrls(photo.image).map(keyOf);
    expect(keys).toHaveLength(4);
    for (const key of keys) expect((await readEmbeddedMetadata(await s3.read(key))).creator).toBe('赵强');

    const removed = await app.http().delete(`/api/upload/files/${photo.image.id}`).set(bearer(token));
    expect(removed.status).toBe(200);
    const left = await s3.keys();
    expect(keys.filter((key) => left.includes(key))).toEqual([]);
  });

  it('replaces a file in place (?id=): the same objects, now with the new credit in every format', async () => {
    const first = await app
      .http()
      .post('/api/upload')
      .set(bearer(token))
      .attach('files', await creditedJpeg({ caption: CAPTION, byline: '孙丽' }, [1600, 1200]), 'first.jpg');
    expect(first.status).toBe(201);
    const keys = fileUrls(first.body[0]).map(keyOf).sort();
    const others = (await s3.keys()).filter((key) => !keys.includes(key));

    const replaced = await app
      .http()
      .post(`/api/upload?id=${first.body[0].id}`)
      .set(bearer(token))
      .attach('files', await creditedJpeg({ caption: CAPTION, byline: '周杰' }, [1600, 1200]), 'second.jpg');
    expect(replaced.status).toBe(200);
    expect(fileUrls(replaced.body).map(keyOf).sort()).toEqual(keys);
    expect(await s3.keys()).toEqual([...others, ...keys].sort());
    for (const key of keys) expect({ key, creator: (await readEmbeddedMetadata(await s3.read(key))).creator }).toEqual({ key, creator: '周杰' });
  });

  it('gives every image URL in REST, GraphQL, the feed and structured data from S3_PUBLIC_URL', async () => {
    for (const [url, body] of await imageResponses(app, token)) {
      const urls = imageUrls(body);
      expect({ url, some: urls.length > 0 }).toEqual({ url, some: true });
      expect({ url, outside: urls.filter((image) => !image.startsWith(`${CDN}/`)) }).toEqual({ url, outside: [] });
    }
    const photos = await app.http().get('/api/photos?populate=image');
    const withImage = (photos.body.data as Json[]).find((photo) => photo.image);
    expect(withImage!.structuredData.contentUrl).toBe(withImage!.image.url);
  });

  it('allows the CDN origin for images in the Content-Security-Policy', async () => {
    const page = await app.http().get('/');
    const directives = String(page.headers['content-security-policy']).split(';').map((part) => part.trim());
    expect(directives.find((part) => part.startsWith('img-src'))).toContain('https://cdn.example.org');
    expect(directives.find((part) => part.startsWith('media-src'))).toContain('https://cdn.example.org');
  });

  it('reports the bucket reachable while the server runs, and not for a bucket that does not exist', async () => {
    const storage = {
      provider: 's3' as const,
      endpoint: s3.endpoint,
      bucket: s3.bucket,
      region: s3.region,
      accessKeyId: s3.accessKeyId,
      secretAccessKey: s3.secretAccessKey,
      forcePathStyle: true,
    };
    expect(await storageReachable()).toBe(true);
    expect(await storageReachable({ storage: { ...storage, bucket: 'no-such-bucket' } })).toBe(false);
    expect(await storageReachable({ storage: { ...storage, endpoint: 'http://127.0.0.1:9' } })).toBe(false);
  });
});

describe('uploads on the local disk with PUBLIC_URL', () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startStrapi('uploads-local-public-url', { seed: true, env: { PUBLIC_URL: PUBLIC, UPLOAD_PROVIDER: undefined } });
    token = await app.fullAccessToken();
  }, BOOT_TIMEOUT);

  afterAll(async () => {
    delete process.env.PUBLIC_URL;
    await app?.stop();
  });

  it('gives every image URL in REST, GraphQL, the feed and structured data from PUBLIC_URL', async () => {
    const upload = await app.http().post('/api/upload').set(bearer(token)).attach('files', await plainJpeg(1200, 900), 'local.jpg');
    expect(upload.status).toBe(201);
    expect(fileUrls(upload.body[0]).every((url) => url.startsWith(`${PUBLIC}/uploads/`))).toBe(true);
    for (const [url, body] of await imageResponses(app, token)) {
      const urls = imageUrls(body);
      expect({ url, some: urls.length > 0 }).toEqual({ url, some: true });
      expect({ url, outside: urls.filter((image) => !image.startsWith(`${PUBLIC}/uploads/`)) }).toEqual({ url, outside: [] });
    }
  });

  it('keeps relative URLs in the database, so the files can move with PUBLIC_URL', async () => {
    const files = (await app.strapi.db.query('plugin::upload.file').findMany({})) as Json[];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) for (const url of fileUrls(file)) expect(url).toMatch(/^\/uploads\//);
  });

  it('reports the uploads folder writable', async () => {
    expect(await storageReachable({ storage: { provider: 'local' }, publicDir: app.publicDir })).toBe(true);
    expect(await storageReachable({ storage: { provider: 'local' }, publicDir: path.join(app.publicDir, 'missing') })).toBe(false);
  });
});
