/**
 * Catalogue item 19, SQLite only (WAL, the busy timeout and a killed writer concern the SQLite file; PostgreSQL's
 * counterparts are in faults-postgres.int.test.ts). Two instances write to one file: this process's (listening) and
 * the built app in a process of its own, which is also the one killed with SIGKILL in the middle of a bulk publish.
 */

import Database from 'better-sqlite3';
import request from 'supertest';
import { killHard, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { startStrapi, type TestApp } from '../helpers/strapi';

type Json = Record<string, any>;

const ARTICLE = 'api::article.article';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
