/**
 * Upload abuse and faults, on every upload path: polyglot and type-spoofed files, SVG/HTML, zero-byte files,
 * decompression bombs, path traversal and bidirectional file names, over-size, trickled and cut-off bodies, a
 * broken multipart body, and a full disk. Whatever happens: a clear 4xx (or 507), nothing half stored, no
 * temporary file left. Complements photo-submission.int.test.ts (bad files on submit and POST /api/upload).
 */

import { execFileSync } from 'child_process';
import fs from 'fs/promises';
import net from 'net';
import os from 'os';
import path from 'path';
import { deflateRawSync } from 'zlib';
import iconv from 'iconv-lite';
import sharp from 'sharp';
import { gbkIptcJpeg, htmlPage, hugePng, plainJpeg, pngImage, svgImage } from '../helpers/images';
import { startStrapi, type TestApp } from '../helpers/strapi';

type Json = Record<string, any>;

const SIZE_LIMIT = 2 * 1024 * 1024;
const BODY_TIMEOUT = 2;

let app: TestApp;
let temporaryDir: string;
let token: string;
let adminJwt: string;
let photographerJwt: string;

const bearer = (jwt: string) => ({ Authorization: `Bearer ${jwt}` });

const uploadsDir = () => path.join(app.publicDir, 'uploads');

/** the stored files in the uploads folder: not the file system's lost+found, not the hidden in-flight journal */
const storedNames = async () => (await fs.readdir(uploadsDir())).filter((name) => name !== 'lost+found' && !name.startsWith('.'));

/** Everything stored: upload rows, files in the uploads folder, photos, metadata rows, temporary files. */
const stored = async () => ({
  rows: await app.strapi.db.query('plugin::upload.file').count(),
  onDisk: (await storedNames()).length,
  photos: await app.strapi.db.query('api::photo.photo').count(),
  metadata: await app.strapi.db.query('plugin::newsroom-media.file-metadata').count(),
  temporary: (await fs.readdir(temporaryDir)).length,
});

/** Waits (bounded) until the temporary folder is empty again: strapi::body removes files without waiting. */
const settled = async () => {
  for (let i = 0; i < 40 && (await fs.readdir(temporaryDir)).length > 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
  return stored();
};

/** Every row's files exist and every file on disk belongs to a row. */
const consistent = async () => {
  const rows = (await app.strapi.db.query('plugin::upload.file').findMany({})) as Array<{ url: string; formats: Record<string, { url: string }> | null }>;
  const referenced = new Set(rows.flatMap((row) => [row.url, ...Object.values(row.formats ?? {}).map((format) => format.url)]).map((url) => path.basename(url)));
  const onDisk = new Set(await storedNames());
  return { missing: [...referenced].filter((name) => !onDisk.has(name)), orphans: [...onDisk].filter((name) => !referenced.has(name)) };
};

/** A small valid JPEG whose frame header declares width × height. */
const hugeJpeg = async (width = 65_000, height = 65_000): Promise<Buffer> => {
  const jpeg = Buffer.from(await plainJpeg(16, 16));
  for (let at = 2; at + 9 < jpeg.length; ) {
    const marker = jpeg[at + 1];
    if (marker === 0xc0 || marker === 0xc2) {
      jpeg.writeUInt16BE(height, at + 5);
      jpeg.writeUInt16BE(width, at + 7);
      return jpeg;
    }
    at += 2 + jpeg.readUInt16BE(at + 2);
  }
  throw new Error('no frame header');
};

/** A minimal zip (stored entries) holding `inner` under `name`. */
const zipOf = (name: string, inner: Buffer): Buffer => {
  const data = deflateRawSync(inner);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(inner.length, 22);
  local.writeUInt16LE(name.length, 26);
  return Buffer.concat([local, Buffer.from(name), data]);
};
const nestedZip = (): Buffer => {
  let payload: Buffer = Buffer.alloc(1024 * 1024); // 1 MB of zeros, zipped ten times over
  for (let depth = 0; depth < 10; depth += 1) payload = zipOf(`layer${depth}.zip`, payload);
  return payload;
};

const createUser = async (email: string, roleType: string, password: string) => {
  const role = (await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: roleType } })) as { id: number };
  await app.strapi.plugin('users-permissions').service('user').add({
    username: email.split('@')[0],
    email,
    password,
    provider: 'local',
    confirmed: true,
    blocked: false,
    role: role.id,
  });
  const login = await app.http().post('/api/auth/local').send({ identifier: email, password });
  expect(login.status).toBe(200);
  return login.body.jwt as string;
};

let existingFileId: number;
let photoId: number;

beforeAll(async () => {
  temporaryDir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-upload-tmp-'));
  app = await startStrapi('upload-abuse', {
    listen: true,
    env: { UPLOAD_SIZE_LIMIT: String(SIZE_LIMIT), UPLOAD_BODY_TIMEOUT: String(BODY_TIMEOUT), UPLOAD_TMP_DIR: temporaryDir },
  });
  token = await app.fullAccessToken();
  const role = (await app.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-super-admin' } })) as { id: number };
  await app.strapi.service('admin::user').create({
    email: 'uploads.admin@newsroom.local',
    firstname: 'Uploads',
    lastname: 'Test',
    password: 'Upload-Admin-2026',
    isActive: true,
    registrationToken: null,
    roles: [role.id],
  });
  const login = await app.http().post('/admin/login').send({ email: 'uploads.admin@newsroom.local', password: 'Upload-Admin-2026' });
  expect(login.status).toBe(200);
  adminJwt = login.body.data.token;
  photographerJwt = await createUser('uploads.photographer@newsroom.local', 'photographer', 'Upload-Photo-2026');

  const first = await app.http().post('/api/upload').set(bearer(token)).attach('files', await plainJpeg(), 'existing.jpg');
  expect(first.status).toBe(201);
  existingFileId = first.body[0].id;
  const photo = (await app.strapi.documents('api::photo.photo').create({ data: { image: existingFileId }, status: 'draft' } as never)) as { id: number };
  photoId = photo.id;
});

afterAll(async () => {
  await app?.stop();
  await fs.rm(temporaryDir, { recursive: true, force: true });
});

describe('bad files on every upload path', () => {
  const paths = [
    ['POST /api/upload', () => app.http().post('/api/upload').set(bearer(token))],
    ['the submit endpoint', () => app.http().post('/api/photos/submit').set(bearer(photographerJwt))],
    ['the media library (admin JWT, fileInfo)', () => app.http().post('/upload').set(bearer(adminJwt)).field('fileInfo', JSON.stringify({ name: 'x.jpg' }))],
    ['POST /api/upload with fileInfo', () => app.http().post('/api/upload').set(bearer(token)).field('fileInfo', JSON.stringify({ name: 'x.jpg', caption: 'c' }))],
    ['POST /api/upload?id= (replace)', () => app.http().post(`/api/upload?id=${existingFileId}`).set(bearer(token))],
    [
      'POST /api/upload with ref/refId/field',
      () => app.http().post('/api/upload').set(bearer(token)).field('ref', 'api::photo.photo').field('refId', String(photoId)).field('field', 'image'),
    ],
  ] as const;

  const files = [
    ['an SVG', async () => svgImage(), 'logo.svg', 'image/svg+xml'],
    ['an SVG named .jpg', async () => svgImage(), 'logo.jpg', 'image/jpeg'],
    ['an HTML page named .png', async () => htmlPage(), 'page.png', 'image/png'],
    ['an HTML page', async () => htmlPage(), 'page.html', 'text/html'],
    ['a zero-byte file', async () => Buffer.alloc(0), 'empty.jpg', 'image/jpeg'],
    ['a nested zip named .jpg', async () => nestedZip(), 'archive.jpg', 'image/jpeg'],
    ['a PNG declaring 100000×100000 pixels', async () => hugePng(), 'bomb.png', 'image/png'],
    ['a JPEG declaring 65000×65000 pixels', () => hugeJpeg(), 'bomb.jpg', 'image/jpeg'],
  ] as const;

  describe.each(paths)('through %s', (_path, post) => {
    test.each(files)('refuses %s with a 400 and stores nothing', async (_file, make, filename, contentType) => {
      const before = await settled();
      const original = await fs.readdir(uploadsDir());
      const response = await post().attach('files', await make(), { filename, contentType });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
      expect(typeof response.body.error.message).toBe('string');
      expect(await settled()).toEqual(before);
      expect(await fs.readdir(uploadsDir())).toEqual(original);
    });
  });

  it('keeps the replaced file as it was when its replacement is refused', async () => {
    const row = await app.strapi.db.query('plugin::upload.file').findOne({ where: { id: existingFileId } });
    const bytes = await fs.readFile(path.join(app.publicDir, (row as { url: string }).url));
    await app.http().post(`/api/upload?id=${existingFileId}`).set(bearer(token)).attach('files', svgImage(), { filename: 'x.svg', contentType: 'image/svg+xml' });
    expect(await app.strapi.db.query('plugin::upload.file').findOne({ where: { id: existingFileId } })).toEqual(row);
    expect(await fs.readFile(path.join(app.publicDir, (row as { url: string }).url))).toEqual(bytes);
  });
});

describe('files that are sanitized', () => {
  const upload = (bytes: Buffer, filename: string, contentType = 'image/jpeg') =>
    app.http().post('/api/upload').set(bearer(token)).attach('files', bytes, { filename, contentType });
  const storedBytes = async (body: Json[]) => fs.readFile(path.join(app.publicDir, body[0].url));

  test.each([
    ['HTML and script', () => htmlPage()],
    ['a ZIP archive', () => zipOf('payload.html', htmlPage())],
  ])('cuts %s off the end of a JPEG (polyglot)', async (_tail, tail) => {
    const picture = await plainJpeg();
    const response = await upload(Buffer.concat([picture, tail()]), 'polyglot.jpg');
    expect(response.status).toBe(201);
    const bytes = await storedBytes(response.body);
    expect(bytes).toEqual(picture);
    expect(response.body[0].size).toBeCloseTo(picture.length / 1000, 1);
  });

  it('cuts a script off the end of a PNG', async () => {
    const picture = await pngImage();
    const response = await upload(Buffer.concat([picture, htmlPage()]), 'polyglot.png', 'image/png');
    expect(response.status).toBe(201);
    expect(await storedBytes(response.body)).toEqual(picture);
  });

  it('stores a PNG that claims to be a JPEG as the PNG it is', async () => {
    const response = await upload(await pngImage(), 'claims.jpg', 'image/jpeg');
    expect(response.status).toBe(201);
    expect(response.body[0]).toMatchObject({ mime: 'image/png', ext: '.png', name: 'claims.png' });
  });

  test.each([
    ['../../x.jpg', 'x.jpg'],
    ['..\\..\\x.jpg', 'x.jpg'],
    ['\u202Egpj.exe', 'gpj.jpg'],
    ['photo\u202E\u2066.jpg', 'photo.jpg'],
    ['a\u0000b.jpg', 'ab.jpg'],
  ])('names %j %j, and writes only into the uploads folder', async (filename, expected) => {
    const outside = await fs.readdir(path.dirname(app.publicDir));
    const response = await upload(await plainJpeg(), filename);
    expect(response.status).toBe(201);
    expect(response.body[0].name).toBe(expected);
    expect(response.body[0].url).toMatch(/^\/uploads\/[^/\\]+$/);
    expect(await fs.readdir(path.dirname(app.publicDir))).toEqual(outside);
  });

  it('cleans a path or a bidirectional override in fileInfo.name, in the media library too', async () => {
    const api = await app
      .http()
      .post('/api/upload')
      .set(bearer(token))
      .field('fileInfo', JSON.stringify({ name: '../../etc/\u202Egpj.exe' }))
      .attach('files', await plainJpeg(), 'a.jpg');
    expect(api.status).toBe(201);
    expect(api.body[0].name).toBe('gpj.exe');
    const admin = await app
      .http()
      .post('/upload')
      .set(bearer(adminJwt))
      .field('fileInfo', JSON.stringify({ name: '..\\..\\evil\u0000.jpg' }))
      .attach('files', await plainJpeg(), 'b.jpg');
    expect(admin.status).toBe(201);
    expect(admin.body[0].name).toBe('evil.jpg');
  });
});

describe('the GBK byline title that is also valid UTF-8', () => {
  it('is credited as 通讯员, and no photographer ͨѶԱ is created', async () => {
    // 通讯员 in GBK (CD A8 D1 B6 D4 B1) is valid UTF-8 for ͨѶԱ; 李明 in GBK is not valid UTF-8
    expect(iconv.encode('通讯员', 'gbk')).toEqual(Buffer.from([0xcd, 0xa8, 0xd1, 0xb6, 0xd4, 0xb1]));
    const response = await app
      .http()
      .post('/api/photos/submit')
      .set(bearer(photographerJwt))
      .attach('files', await gbkIptcJpeg({ bylineTitle: '通讯员', byline: '李明' }), 'gbk.jpg');
    expect(response.status).toBe(201);
    expect(response.body.data[0]).toMatchObject({ creditRole: 'correspondent', creditLine: '■ 摄影 通讯员 李明', photographer: { name: '李明' } });
    const people = (await app.strapi.db.query('api::photographer.photographer').findMany({})) as Array<{ name: string }>;
    expect(people.map((person) => person.name)).not.toContain('ͨѶԱ 李明');
  });
});

describe('bodies that are too big, broken, trickled or cut off', () => {
  /** Sends a multipart request by hand; resolves with the status line (or 'closed') when the server answers or hangs up. */
  const rawUpload = (chunks: Buffer[], { contentLength, pauseMs = 0, end = true }: { contentLength: number; pauseMs?: number; end?: boolean }) =>
    new Promise<{ status: string; ms: number }>((resolve) => {
      const started = Date.now();
      const { port } = new URL(app.baseUrl!);
      const socket = net.connect(Number(port), '127.0.0.1');
      let answer = '';
      socket.on('data', (data) => (answer += data.toString('latin1')));
      socket.on('error', () => undefined);
      socket.on('close', () => resolve({ status: answer.split('\r\n')[0] || 'closed', ms: Date.now() - started }));
      socket.write(
        `POST /api/upload HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\n` +
          `Content-Type: multipart/form-data; boundary=XBOUNDARY\r\nContent-Length: ${contentLength}\r\nConnection: close\r\n\r\n`
      );
      (async () => {
        for (const chunk of chunks) {
          if (socket.destroyed) return;
          socket.write(chunk);
          if (pauseMs) await new Promise((resolve) => setTimeout(resolve, pauseMs));
        }
        if (!end && !socket.destroyed) socket.destroy();
      })();
    });

  const multipart = (bytes: Buffer) =>
    Buffer.concat([
      Buffer.from('--XBOUNDARY\r\nContent-Disposition: form-data; name="files"; filename="slow.jpg"\r\nContent-Type: image/jpeg\r\n\r\n'),
      bytes,
      Buffer.from('\r\n--XBOUNDARY--\r\n'),
    ]);

  it('refuses two files that are together over the size limit (413) and keeps no temporary file', async () => {
    const before = await settled();
    const half = Buffer.concat([await plainJpeg(), Buffer.alloc(SIZE_LIMIT / 2 + 1024)]);
    const response = await app.http().post('/api/upload').set(bearer(token)).attach('files', half, 'a.jpg').attach('files', half, 'b.jpg');
    expect(response.status).toBe(413);
    expect(response.body.error.status).toBe(413);
    expect(await settled()).toEqual(before);
  });

  it('answers a malformed multipart body with a 400, not a 500', async () => {
    const before = await settled();
    const response = await app
      .http()
      .post('/api/upload')
      .set(bearer(token))
      .set('Content-Type', 'multipart/form-data; boundary=XBOUNDARY')
      .send('--XBOUNDARY\r\nContent-Disposition: form-data; name="files"; filename="a.jpg"\r\n\r\nnot closed');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ data: null, error: { status: 400 } });
    expect(await settled()).toEqual(before);
  });

  it('removes the temporary files of a form field other than `files`', async () => {
    const before = await settled();
    const response = await app.http().post('/api/upload').set(bearer(token)).attach('image', await plainJpeg(), 'elsewhere.jpg');
    expect(response.status).toBe(400);
    expect(await settled()).toEqual(before);
  });

  it(`cuts off a client that trickles its upload for longer than UPLOAD_BODY_TIMEOUT (${BODY_TIMEOUT} s)`, async () => {
    const before = await settled();
    const body = multipart(await plainJpeg());
    const chunks = Array.from({ length: Math.ceil(body.length / 64) }, (_, i) => body.subarray(i * 64, i * 64 + 64)).slice(0, 60);
    const result = await rawUpload(chunks, { contentLength: body.length, pauseMs: 200 });
    expect(result.status).toMatch(/^(HTTP\/1\.1 408|closed)/);
    expect(result.ms).toBeLessThan(BODY_TIMEOUT * 1000 + 5000);
    expect(await settled()).toEqual(before);
  });

  it('forgets an upload whose client hangs up half way', async () => {
    const before = await settled();
    const body = multipart(await sharp({ create: { width: 800, height: 600, channels: 3, background: '#333', noise: { type: 'gaussian', mean: 128, sigma: 50 } } }).jpeg().toBuffer());
    const result = await rawUpload([body.subarray(0, Math.floor(body.length / 2))], { contentLength: body.length, pauseMs: 300, end: false });
    expect(result.status).toBe('closed');
    expect(await settled()).toEqual(before);
    // the server is still there
    expect((await app.http().get('/_health')).status).toBe(204);
  });
});

describe('a full disk', () => {
  let mounted = false;

  beforeAll(async () => {
    // a 3 MB file system as the uploads folder (tests run as root); the local provider writes into it
    const remaining = await fs.readdir(uploadsDir());
    await fs.mkdir(path.join(app.publicDir, 'kept'), { recursive: true });
    for (const name of remaining) await fs.rename(path.join(uploadsDir(), name), path.join(app.publicDir, 'kept', name));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', uploadsDir()]);
    mounted = true;
    // folders too (the uploads' in-flight journal)
    for (const name of remaining) await fs.cp(path.join(app.publicDir, 'kept', name), path.join(uploadsDir(), name), { recursive: true });
  });

  afterAll(async () => {
    if (mounted) execFileSync('umount', [uploadsDir()]);
  });

  const noisy = (seed: number) =>
    sharp({ create: { width: 1400, height: 1050, channels: 3, background: `#${(seed * 1234567).toString(16).slice(-6).padStart(6, '0')}`, noise: { type: 'gaussian', mean: 128, sigma: 70 } } })
      .jpeg({ quality: 85 })
      .toBuffer();

  it('answers 507 in Strapi error shape once the disk is full, and leaves no row without its file nor a partial file', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12 && !statuses.includes(507); i += 1) {
      const image = await noisy(i + 1);
      expect(image.length).toBeLessThan(SIZE_LIMIT);
      const response = await app.http().post('/api/upload').set(bearer(token)).attach('files', image, `full-${i}.jpg`);
      statuses.push(response.status);
      if (response.status === 507) {
        expect(response.body).toMatchObject({ data: null, error: { status: 507, name: 'InsufficientStorageError', details: { reason: 'storageFull' } } });
      }
    }
    expect(statuses).toContain(507);
    expect(statuses.every((status) => status === 201 || status === 507)).toBe(true);
    expect(await consistent()).toEqual({ missing: [], orphans: [] });
  });

  it('rolls a submission back on a full disk: 507, no photo, no row, no file', async () => {
    const before = await settled();
    const response = await app
      .http()
      .post('/api/photos/submit')
      .set(bearer(photographerJwt))
      .attach('files', await noisy(50), 'one.jpg')
      .attach('files', await noisy(51), 'two.jpg');
    expect(response.status).toBe(507);
    expect(response.body.error).toMatchObject({ status: 507, name: 'InsufficientStorageError' });
    expect(await settled()).toEqual(before);
    expect(await consistent()).toEqual({ missing: [], orphans: [] });
  });
});
