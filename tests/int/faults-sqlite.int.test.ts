/**
 * Catalogue item 19, SQLite only (WAL, the busy timeout and a killed writer concern the SQLite file; PostgreSQL's
 * counterparts are in faults-postgres.int.test.ts). Two instances write to one file: this process's (listening) and
 * the built app in a process of its own, which is also the one killed with SIGKILL in the middle of a bulk publish
 * and of uploads.
 */

import Database from 'better-sqlite3';
import { spawnSync } from 'child_process';
import fs from 'fs/promises';
import http from 'http';
import os from 'os';
import path from 'path';
import request from 'supertest';
import { largeCreditedJpeg } from '../helpers/images';
import { killHard, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { startStrapi, type TestApp } from '../helpers/strapi';

type Json = Record<string, any>;

const ARTICLE = 'api::article.article';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends a multipart body in 256 KB pieces, 10 ms apart (a slow client: the body is still being read for a while),
 * and resolves with the status, or 0 when the connection died.
 */
const slowUpload = (url: string, headers: Record<string, string>, fields: Record<string, string>, file: { name: string; bytes: Buffer }) =>
  new Promise<number>((resolve) => {
    const boundary = `----newsroom${Date.now().toString(16)}`;
    const parts = [
      ...Object.entries(fields).map(([name, value]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${file.name}"\r\nContent-Type: image/jpeg\r\n\r\n`),
      file.bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ];
    const body = Buffer.concat(parts);
    const sent = http.request(url, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'Content-Length': String(body.length) },
    });
    sent.on('response', (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', () => resolve(0));
    });
    sent.on('error', () => resolve(0));
    void (async () => {
      for (let offset = 0; offset < body.length && !sent.destroyed; offset += 256 * 1024) {
        sent.write(body.subarray(offset, offset + 256 * 1024));
        await sleep(10);
      }
      sent.end();
    })();
  });

/** where the kill lands: the body being read, the original stored, or formats stored (the row not yet written) */
const TRIGGERS = ['formats', 'body', 'stored'] as const;

describe('SQLite under concurrent writers and a killed process (SQLite only)', () => {
  let app: TestApp;
  let token: string;
  let file: string;

  const auth = () => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    app = await startStrapi('faults-sqlite', { listen: true, env: { RESPONSE_CACHE: 'off', REDIS_URL: undefined } });
    token = await app.fullAccessToken();
    file = app.db.env.DATABASE_FILENAME;
  });

  afterAll(async () => {
    await app?.stop();
  });

  describe('SIGKILL during uploads', () => {
    let temporaryDir: string;
    let workingDir: string;
    let childEnv: Record<string, string | undefined>;
    const uploadsDir = () => path.join(app.publicDir, 'uploads');
    const visible = async (folder: string) => (await fs.readdir(folder).catch(() => [])).filter((name) => !name.startsWith('.'));

    beforeAll(async () => {
      // the child's own temporary folders: the body parser's (UPLOAD_TMP_DIR) and the upload plugin's (TMPDIR)
      temporaryDir = await fs.mkdtemp(path.join(os.tmpdir(), 'faults-upload-tmp-'));
      workingDir = await fs.mkdtemp(path.join(os.tmpdir(), 'faults-upload-work-'));
      childEnv = { RESPONSE_CACHE: 'off', REDIS_URL: undefined, UPLOAD_TMP_DIR: temporaryDir, TMPDIR: workingDir };
    });

    afterAll(async () => {
      await fs.rm(temporaryDir, { recursive: true, force: true });
      await fs.rm(workingDir, { recursive: true, force: true });
    });

    /** every name an upload row gives a stored file (originals and formats) */
    const namesInRows = async (): Promise<string[]> => {
      const rows = (await app.strapi.db.query('plugin::upload.file').findMany({ select: ['hash', 'ext', 'formats'] })) as Json[];
      return rows.flatMap((row) => [
        `${row.hash}${row.ext}`,
        ...Object.values((row.formats ?? {}) as Record<string, Json>).map((format) => `${format.hash}${format.ext}`),
      ]);
    };

    /** after a restart: an intact file, as many stored files as rows name (each of them), no temporary file */
    const expectClean = async (planted: string[], killed?: ServerProcess) => {
      const db = new Database(file, { readonly: true });
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      } finally {
        db.close();
      }
      const stored = (await visible(uploadsDir())).filter((name) => !planted.includes(name)).sort();
      expect(stored).toEqual((await namesInRows()).sort());
      expect(await fs.readdir(temporaryDir)).toEqual([]);
      expect((await fs.readdir(workingDir)).filter((name) => name.startsWith('strapi-upload-'))).toEqual([]);
      // the killed process's journal went with what it noted
      if (killed) expect(await fs.readdir(path.join(uploadsDir(), '.in-flight')).catch(() => [])).not.toContain(`${os.hostname()}.${killed.child.pid}`);
    };

    /**
     * Starts a server, sends a large upload slowly and kills the server with SIGKILL when `trigger` is seen (bounded
     * watch); then starts it again, which cleans up. Returns the restarted server, whether the kill came before
     * the answer, and what the restart said it removed.
     */
    const killDuringUpload = async (
      server: ServerProcess,
      trigger: (typeof TRIGGERS)[number],
      send: (baseUrl: string) => Promise<number>
    ): Promise<{ restarted: ServerProcess; midUpload: boolean; removed: string }> => {
      const before = new Set(await visible(uploadsDir()));
      let answered: number | undefined;
      const sent = send(server.baseUrl).then((status) => (answered = status));
      let seen = false;
      for (let i = 0; i < 3000 && answered === undefined && !seen; i += 1) {
        const fresh = (await visible(uploadsDir())).filter((name) => !before.has(name)).length;
        seen =
          trigger === 'body' ? (await fs.readdir(temporaryDir)).length > 0 : trigger === 'stored' ? fresh >= 1 : fresh >= 3;
        if (!seen) await sleep(5);
      }
      const midUpload = seen && answered === undefined;
      await killHard(server);
      await sent;
      const restarted = await startServerProcess({ env: childEnv, timeoutMs: 120000 });
      const removed = /removed what interrupted uploads left: [^\n]*/.exec(restarted.output())?.[0] ?? 'nothing removed';
      return { restarted, midUpload, removed };
    };

    const runKills = async (label: string, send: (baseUrl: string) => Promise<number>, planted: string[] = []) => {
      let server = await startServerProcess({ env: childEnv, timeoutMs: 120000 });
      const landed: string[] = [];
      try {
        // bounded: at most 3 attempts, until 2 kills landed in the middle of an upload
        for (let attempt = 0; attempt < 3 && landed.length < 2; attempt += 1) {
          const trigger = TRIGGERS[attempt % TRIGGERS.length];
          const killed = server;
          const result = await killDuringUpload(server, trigger, send);
          server = result.restarted;
          await expectClean(planted, killed);
          if (result.midUpload) landed.push(`${trigger}: ${result.removed}`);
          console.log(`[faults] SIGKILL during ${label}, attempt ${attempt + 1} (${trigger}): ${result.midUpload ? 'mid-upload' : 'too late'}; ${result.removed}`);
        }
        console.log(`[faults] ${label}: ${landed.length} kills landed mid-upload`);
        expect(landed.length).toBeGreaterThanOrEqual(2);
        for (const name of planted) await expect(fs.stat(path.join(uploadsDir(), name))).resolves.toBeDefined();
        // and the restarted server takes uploads again
        expect(await send(server.baseUrl)).toBe(201);
        await expectClean(planted);
      } finally {
        await server.stop();
      }
    };

    it('leaves no stored file without a row, no row without its files and no temporary file after a SIGKILL during POST /api/upload', async () => {
      const bytes = await largeCreditedJpeg({ caption: '断电上传', byline: '陈文骁', credit: '新闻社' });
      const token = await app.fullAccessToken();
      // what the start-up cleanup must leave alone: a fresh file no row names yet (another instance may be
      // writing it), and a file noted by a live process; and what it must remove: an old file no row names
      const fresh = 'fresh_0123456789.jpg';
      const live = 'live_0123456789.jpg';
      const stale = 'stale_0123456789.jpg';
      for (const name of [fresh, live, stale]) await fs.writeFile(path.join(uploadsDir(), name), 'x');
      const twoHoursAgo = new Date(Date.now() - 2 * 3600 * 1000);
      await fs.utimes(path.join(uploadsDir(), stale), twoHoursAgo, twoHoursAgo);
      const liveJournal = path.join(uploadsDir(), '.in-flight', `${os.hostname()}.${process.pid}`);
      await fs.mkdir(liveJournal, { recursive: true });
      await fs.writeFile(path.join(liveJournal, `${live}.json`), JSON.stringify({ hash: 'live_0123456789', ext: '.jpg' }));
      // and the journal of a stopped process whose last note was cut short (killed while writing it)
      const stoppedPid = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
      const stoppedJournal = path.join(uploadsDir(), '.in-flight', `${os.hostname()}.${stoppedPid}`);
      await fs.mkdir(stoppedJournal, { recursive: true });
      await fs.writeFile(path.join(stoppedJournal, 'cut_0123456789.jpg.json'), '{"hash":"cut_01');
      try {
        await runKills(
          'POST /api/upload',
          (baseUrl) =>
            slowUpload(`${baseUrl}/api/upload`, { Authorization: `Bearer ${token}` }, { fileInfo: JSON.stringify({ name: '断电上传.jpg' }) }, { name: 'kill.jpg', bytes }),
          [fresh, live]
        );
        await expect(fs.stat(path.join(uploadsDir(), stale))).rejects.toThrow();
        await expect(fs.stat(path.join(liveJournal, `${live}.json`))).resolves.toBeDefined();
        await expect(fs.stat(stoppedJournal)).rejects.toThrow();
      } finally {
        await fs.rm(liveJournal, { recursive: true, force: true });
        for (const name of [fresh, live, stale]) await fs.rm(path.join(uploadsDir(), name), { force: true });
      }
    }, 300000);

    it('leaves no orphan file, photo or temporary file after a SIGKILL during a photographer\'s submission', async () => {
      const bytes = await largeCreditedJpeg({ caption: '断电投稿', byline: '陈文骁', credit: '新闻社' });
      const role = (await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'photographer' } })) as Json;
      await app.strapi.plugin('users-permissions').service('user').add({
        username: 'killed.photographer',
        email: 'killed.photographer@newsroom.local',
        password: 'Secret-Pass-2026',
        provider: 'local',
        confirmed: true,
        blocked: false,
        role: role.id,
      });
      const login = await request(app.baseUrl!).post('/api/auth/local').send({ identifier: 'killed.photographer@newsroom.local', password: 'Secret-Pass-2026' });
      expect(login.status).toBe(200);
      const fileIds = async () => ((await app.strapi.db.query('plugin::upload.file').findMany({ select: ['id'] })) as Json[]).map((row) => row.id as number);
      const earlier = new Set(await fileIds());
      await runKills('POST /api/photos/submit', (baseUrl) =>
        slowUpload(`${baseUrl}/api/photos/submit`, { Authorization: `Bearer ${login.body.jwt}` }, { caption: '断电投稿' }, { name: 'submit.jpg', bytes })
      );
      // every stored upload belongs to a photo draft: the submission's rows came together or not at all
      const photos = (await app.strapi.documents('api::photo.photo').findMany({ status: 'draft', populate: { image: true }, limit: 1000 } as never)) as Json[];
      const images = photos.map((photo) => photo.image?.id).filter(Boolean).sort();
      const rows = (await fileIds()).filter((id) => !earlier.has(id)).sort();
      expect(rows.length).toBeGreaterThan(0);
      expect(images.filter((id) => !earlier.has(id))).toEqual(rows);
    }, 300000);
  });

  it('runs in WAL mode with a busy timeout', async () => {
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      db.close();
    }
    expect(await app.strapi.db.connection.raw('PRAGMA busy_timeout')).toEqual([{ timeout: 5000 }]);
  });

  it('answers 503 with Retry-After when another writer holds the file past the busy timeout, then writes again', async () => {
    const other = await startServerProcess({ env: { RESPONSE_CACHE: 'off', REDIS_URL: undefined, DATABASE_BUSY_TIMEOUT: '300' } });
    const holder = new Database(file);
    try {
      holder.exec('BEGIN IMMEDIATE');
      const refused = await request(other.baseUrl).post('/api/tags').set(auth()).send({ data: { name: '被锁住的写入' } });
      holder.exec('ROLLBACK');
      expect(refused.status).toBe(503);
      expect(refused.headers['retry-after']).toMatch(/^\d+$/);
      expect(refused.body).toEqual({
        data: null,
        error: { status: 503, name: 'ServiceUnavailableError', message: expect.any(String), details: { retryAfter: expect.any(Number) } },
      });
      const written = await request(other.baseUrl).post('/api/tags').set(auth()).send({ data: { name: '被锁住的写入' } });
      expect(written.status).toBe(201);
      expect(await app.strapi.db.query('api::tag.tag').count({ where: { name: '被锁住的写入' } })).toBe(1);
    } finally {
      if (holder.inTransaction) holder.exec('ROLLBACK');
      holder.close();
      await other.stop();
    }
  });

  it('takes 50 concurrent writes from two instances without SQLITE_BUSY', async () => {
    const other = await startServerProcess({ env: { RESPONSE_CACHE: 'off', REDIS_URL: undefined } });
    try {
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          request(i % 2 === 0 ? app.baseUrl! : other.baseUrl)
            .post('/api/tags')
            .set(auth())
            .send({ data: { name: `并发写入 ${i}` } })
        )
      );
      const statuses = responses.map((response) => response.status);
      expect(statuses.filter((status) => status !== 201)).toEqual([]);
      expect(await app.strapi.db.query('api::tag.tag').count({ where: { name: { $startsWith: '并发写入 ' } } })).toBe(50);
    } finally {
      await other.stop();
    }
  });

  it('leaves no half-published document when killed with SIGKILL during a bulk publish, and starts again', async () => {
    const category = await app.strapi.documents('api::category.category').create({ data: { name: '断电测试' } as never });
    const tags = await Promise.all(
      ['断电一', '断电二'].map((name) => app.strapi.documents('api::tag.tag').create({ data: { name } as never }))
    );
    const drafts: Json[] = [];
    for (let i = 0; i < 20; i += 1) {
      drafts.push(
        await app.strapi.documents(ARTICLE).create({
          data: { title: `批量发布 ${i}`, summary: '摘要', category: category.documentId, tags: tags.map((tag) => tag.documentId) } as never,
          status: 'draft',
        })
      );
    }

    let server: ServerProcess | undefined = await startServerProcess({ env: { RESPONSE_CACHE: 'off', REDIS_URL: undefined } });
    const statuses: number[] = [];
    const publishes = drafts.map(({ documentId }) =>
      fetch(`${server!.baseUrl}/api/articles/${documentId}`, {
        method: 'PUT',
        headers: { ...auth(), 'Content-Type': 'application/json' },
        body: JSON.stringify({ data: { summary: '已发布' } }),
      }).then(
        (response) => statuses.push(response.status),
        () => statuses.push(0)
      )
    );
    // kill it once some publishes are done and others are still being written (bounded wait)
    for (let i = 0; i < 200 && statuses.length < 3; i += 1) await sleep(10);
    await killHard(server);
    await Promise.all(publishes);
    server = undefined;

    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
    let published = 0;
    for (const { documentId } of drafts) {
      const rows = await app.strapi.db.query(ARTICLE).count({ where: { documentId, publishedAt: { $notNull: true } } });
      expect(rows).toBeLessThanOrEqual(1);
      if (rows === 0) continue;
      published += 1;
      // a published version is complete: its relations and fields as published, never a part of them
      const version = (await app.strapi.documents(ARTICLE).findOne({ documentId, status: 'published', populate: ['tags', 'category'] })) as Json;
      expect({ documentId, summary: version.summary, category: version.category?.documentId, tags: version.tags.length }).toEqual({
        documentId,
        summary: '已发布',
        category: category.documentId,
        tags: 2,
      });
    }
    console.log(`[faults] SIGKILL during 20 publishes: ${statuses.filter((status) => status === 200).length} answered, ${published} published and complete, ${20 - published} untouched`);
    expect(published).toBeGreaterThanOrEqual(statuses.filter((status) => status === 200).length);
    expect(published).toBeLessThan(20); // the kill really came in the middle

    const restarted = await startServerProcess({ env: { RESPONSE_CACHE: 'off', REDIS_URL: undefined } });
    try {
      const list = await fetch(`${restarted.baseUrl}/api/articles?pagination[pageSize]=100`);
      expect(list.status).toBe(200);
      const titles = ((await list.json()) as Json).data.map((article: Json) => article.title as string);
      expect(titles.filter((title: string) => title.startsWith('批量发布 '))).toHaveLength(published);
    } finally {
      await restarted.stop();
    }
  });
});
