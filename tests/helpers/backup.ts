/**
 * For the backup and restore tests: runs `scripts/backup.mjs` and `scripts/restore.mjs` as an operator would (their
 * own processes, on the built app), creates empty restore targets, and reads what a reader sees of the seed article.
 */

import { spawn } from 'child_process';
import fs from 'fs/promises';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';
import type { Fingerprint } from '../../src/backup/fingerprint';
import { demoAccounts } from '../../src/bootstrap/demo-accounts';
import { createTestDatabase, ROOT, type TestDatabase, type TestDatabaseClient } from './databases';

export interface ScriptResult {
  code: number | null;
  stderr: string;
}

/** Runs `npm run backup|restore -- <args>` (without the npm wrapper, on the dist/ this test run built). */
export const runScript = (script: 'backup' | 'restore', args: string[], env: Record<string, string>): Promise<ScriptResult> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', `${script}.mjs`), ...args, '--no-build'], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stderr }));
  });

export interface Target {
  db: TestDatabase;
  publicDir: string;
  /** the environment that points the app at this database and uploads folder */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** An empty database and an empty uploads folder to restore into. */
export const createTarget = async (label: string, client: TestDatabaseClient): Promise<Target> => {
  const db = await createTestDatabase(label, client);
  const publicDir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-restore-'));
  await fs.mkdir(path.join(publicDir, 'uploads'));
  return {
    db,
    publicDir,
    env: { ...db.env, PUBLIC_DIR: publicDir },
    drop: async () => {
      await db.drop();
      await fs.rm(publicDir, { recursive: true, force: true });
    },
  };
};

/** `npm run backup -- --verify` on the database and uploads of `env`. */
export const fingerprintOf = async (env: Record<string, string>): Promise<Fingerprint> => {
  const out = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-fingerprint-')), 'fingerprint.json');
  const result = await runScript('backup', ['--verify', '--out', out], env);
  if (result.code !== 0) throw new Error(`backup --verify exited ${result.code}:\n${result.stderr}`);
  const json = JSON.parse(await fs.readFile(out, 'utf8')) as Fingerprint;
  await fs.rm(path.dirname(out), { recursive: true, force: true });
  return json;
};

/** Files under a folder, dot folders (a restore's scratch) included. */
export const filesUnder = async (folder: string): Promise<string[]> => {
  const entries = await fs.readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
};

export const SEED_TITLE = '忠诚党的事业 竭诚服务职工';
/** the seed article's seven photo credits, in the order of its body */
export const SEED_CREDITS = ['■ 摄影 记者 陈文骁', '资料图片', '资料图片', '■ 摄影 记者 万善朝', '■ 摄影 记者 万善朝', '■ 摄影 通讯员 徐度晓', '资料图片'];

type Json = Record<string, any>;

/** What a reader gets: the seed article in both locales (detail, default populate) and the activities' figures. */
export const readerView = async (baseUrl: string): Promise<Json> => {
  const get = async (url: string): Promise<Json> => {
    const response = await fetch(`${baseUrl}${url}`);
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as Json;
  };
  const list = await get(`/api/articles?filters[title][$eq]=${encodeURIComponent(SEED_TITLE)}`);
  const { documentId } = list.data[0];
  return {
    article: (await get(`/api/articles/${documentId}`)).data,
    english: (await get(`/api/articles/${documentId}?locale=en`)).data,
    byKind: await get('/api/activities/stats?groupBy=kind'),
    byCampaign: await get('/api/activities/stats?groupBy=campaign'),
    activities: await get('/api/activities?pagination[pageSize]=100&sort=id:asc'),
  };
};

export const photoCredits = (article: Json): string[] =>
  (article.body as Json[]).filter((block) => block.__component === 'article.photo').map((block) => block.photo.creditLine as string);

/** Content in every state on top of the seed: a draft-only article and a published article whose draft moved on. */
export const addDraftContent = async (strapi: Core.Strapi): Promise<void> => {
  const articles = strapi.documents('api::article.article');
  await articles.create({ data: { title: '只存草稿的文章', summary: '尚未发布' } } as never);
  const seed = await articles.findFirst({ filters: { title: SEED_TITLE }, locale: 'zh-Hans', fields: ['documentId'] } as never);
  if (!seed) throw new Error('The seed article is missing');
  await articles.update({ documentId: seed.documentId, locale: 'zh-Hans', data: { summary: '草稿里改过的摘要' } } as never);
};

/** Signs in to the admin with a demo account of the restored database and creates an article (a fresh id). */
export const adminCreatesArticle = async (baseUrl: string, title: string): Promise<number> => {
  const login = await fetch(`${baseUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: demoAccounts()[0].email, password: demoAccounts()[0].password }),
  });
  if (login.status !== 200) throw new Error(`admin login answered ${login.status}: ${await login.text()}`);
  const { data } = (await login.json()) as { data: { token: string } };
  const created = await fetch(`${baseUrl}/content-manager/collection-types/api::article.article?locale=zh-Hans`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${data.token}` },
    body: JSON.stringify({ title }),
  });
  return created.status;
};
