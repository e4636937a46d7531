/**
 * The typed client for frontends: types/api.d.ts is what openapi-typescript makes of the served document
 * (`npm run types`), and README's examples — openapi-fetch with those types, and the same reads with
 * @strapi/client — run against a real server (they compile under `tsc --strict` with `npm run typecheck`).
 */

import { spawnSync } from 'child_process';
import fs from 'fs/promises';
import os from 'os';
import path from 'path';
import createClient from 'openapi-fetch';
import type { paths } from '../../types/api';
import { ROOT } from '../helpers/databases';
import { startStrapi, type TestApp } from '../helpers/strapi';
// @strapi/client publishes its types only through package.json "exports", which this project's module resolution
// (node10, for Strapi's CommonJS) does not read; a frontend (bundler or node16) writes `import { strapi } from '@strapi/client'`
import type * as StrapiClient from '../../node_modules/@strapi/client/dist/exports';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { strapi: strapiClient } = require('@strapi/client') as typeof StrapiClient;

let app: TestApp;
let baseUrl: string;

beforeAll(async () => {
  app = await startStrapi('typed-client', { seed: true, listen: true });
  baseUrl = `${app.baseUrl}/api`;
}, 300000); // a seeded boot, on a busy machine

afterAll(async () => {
  await app?.stop();
});

describe('types/api.d.ts', () => {
  it('is current: what openapi-typescript makes of /api/openapi.json (run `npm run types`)', async () => {
    const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-api-types-'));
    try {
      await fs.writeFile(path.join(scratch, 'openapi.json'), (await app.http().get('/api/openapi.json')).text);
      const run = spawnSync(
        process.execPath,
        [path.join(ROOT, 'scripts/api-types.mjs'), '--document', path.join(scratch, 'openapi.json'), '--out', path.join(scratch, 'api.d.ts')],
        { encoding: 'utf8' }
      );
      expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
      const fresh = await fs.readFile(path.join(scratch, 'api.d.ts'), 'utf8');
      const committed = await fs.readFile(path.join(ROOT, 'types/api.d.ts'), 'utf8');
      expect({ stale: fresh !== committed }).toEqual({ stale: false });
    } finally {
      await fs.rm(scratch, { recursive: true, force: true });
    }
  });
});

describe("README's examples", () => {
  it('are the code below, line for line (but the server address)', async () => {
    const readme = await fs.readFile(path.join(ROOT, 'README.md'), 'utf8');
    const self = await fs.readFile(__filename, 'utf8');
    const blocks = [...self.matchAll(/\/\/ --- README: [^\n]*\n([\s\S]*?)\/\/ --- end ---/g)].map((match) => match[1]);
    expect(blocks).toHaveLength(2);
    const lines = blocks.flatMap((block) => block.split('\n').map((line) => line.trim())).filter((line) => line && !/baseU(rl|RL)/.test(line));
    expect(lines.filter((line) => !readme.includes(line))).toEqual([]);
  });

  it('openapi-fetch: articles with their cover credit, one article\'s sections, a campaign hub', async () => {
    // --- README: openapi-fetch ---
    const api = createClient<paths>({ baseUrl }); // e.g. https://news.example.org/api

    const { data: list, error } = await api.GET('/articles', {
      params: { query: { locale: 'zh-Hans', sort: 'publishDate:desc', pagination: { page: 1, pageSize: 10 } } },
    });
    if (error) throw new Error(error.error.message);
    const teasers = list.data.map((article) => ({ title: article.title, credit: article.cover?.creditLine ?? null }));

    const { data: one } = await api.GET('/articles/{id}', {
      params: { path: { id: list.data[0].documentId }, query: { locale: 'zh-Hans' } },
    });
    const sections = (one?.data.body ?? []).filter((block) => block.__component === 'article.section');

    const { data: hub } = await api.GET('/campaigns/{slug}/hub', { params: { path: { slug: 'song-qing-liang' } } });
    const funds = hub?.data.figures.fundsAmount;
    // --- end ---

    expect(list.meta.pagination).toMatchObject({ page: 1, pageSize: 10 });
    expect(teasers.length).toBeGreaterThan(0);
    expect(teasers[0].title).toBeTruthy();
    expect(sections.length).toBeGreaterThan(0);
    expect(typeof funds).toBe('number');
  });

  it('@strapi/client: the same reads', async () => {
    // --- README: @strapi/client ---
    const client = strapiClient({ baseURL: baseUrl }); // e.g. https://news.example.org/api
    const articles = client.collection('articles');

    const list = await articles.find({ locale: 'en', sort: 'publishDate:desc', pagination: { page: 1, pageSize: 10 } });
    const one = await articles.findOne(list.data[0].documentId, { locale: 'en' });
    // --- end ---

    expect(list.meta.pagination).toMatchObject({ page: 1, pageSize: 10 });
    expect(one.data.documentId).toBe(list.data[0].documentId);
    expect(one.data.title).toMatch(/[A-Za-z]/);
  });
});
