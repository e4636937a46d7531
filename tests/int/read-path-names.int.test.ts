/**
 * The read-path SQL layer (src/read-path) takes every table, column and join-table name from Strapi's metadata:
 * each name it resolves exists in the real database, and no storage name of Strapi's is written as a string
 * literal in src/ or database/.
 */

import fs from 'fs/promises';
import path from 'path';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { resolveReadPathNames } from '../../src/read-path';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let strapi: Core.Strapi;

beforeAll(async () => {
  app = await startStrapi('read-path-names');
  strapi = app.strapi;
}, 300000);

afterAll(async () => {
  await app?.stop();
});

const ROOT = path.join(__dirname, '..', '..');

/** Every .ts and .js file under `dir`, minus built and browser code. */
const sources = async (dir: string): Promise<string[]> => {
  const found: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (['dist', 'node_modules', 'admin', 'reader'].includes(entry.name)) continue;
      found.push(...(await sources(file)));
    } else if (/\.(ts|js)$/.test(entry.name)) found.push(file);
  }
  return found;
};

test('every table and column the read-path SQL uses exists in the database', async () => {
  const knex = strapi.db.connection as unknown as Knex;
  const used = resolveReadPathNames(strapi);
  const tables = used.map(({ table }) => table);
  // the article list's levels, the join tables, the media morph table, the components, the core store
  expect(tables.length).toBeGreaterThanOrEqual(15);
  expect(used.reduce((total, { columns }) => total + columns.length, 0)).toBeGreaterThan(60);
  const missing: string[] = [];
  for (const { table, columns } of used) {
    if (!(await knex.schema.hasTable(table))) missing.push(table);
    for (const column of columns) if (!(await knex.schema.hasColumn(table, column))) missing.push(`${table}.${column}`);
  }
  expect(missing).toEqual([]);
});

test("the feed reads the reporting articles' link tables of activities and campaigns, named by the metadata", async () => {
  const metadata = strapi.db.metadata as unknown as Map<string, { attributes: Record<string, { joinTable?: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } } }> }>;
  const used = resolveReadPathNames(strapi);
  for (const uid of ['api::activity.activity', 'api::campaign.campaign']) {
    const joinTable = metadata.get(uid)?.attributes.articles.joinTable;
    expect(joinTable).toBeDefined();
    expect(used).toContainEqual({ table: joinTable!.name, columns: [joinTable!.joinColumn.name, joinTable!.inverseJoinColumn.name].sort() });
  }
});

test('no storage name with an underscore (join tables, snake_case columns) is a string literal outside src/read-path', async () => {
  const names = new Set<string>();
  for (const { table, columns } of resolveReadPathNames(strapi)) {
    for (const name of [table, ...columns]) if (name.includes('_')) names.add(name);
  }
  expect(names.size).toBeGreaterThan(20);
  const files = [...(await sources(path.join(ROOT, 'src'))), ...(await sources(path.join(ROOT, 'database')))];
  const found: string[] = [];
  for (const file of files) {
    const text = await fs.readFile(file, 'utf8');
    for (const [, literal] of text.matchAll(/['"`]([A-Za-z0-9_]+)['"`.]/g)) {
      if (names.has(literal)) found.push(`${path.relative(ROOT, file)}: ${literal}`);
    }
  }
  expect(found).toEqual([]);
});
