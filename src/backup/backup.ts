/**
 * `npm run backup`: every table of the app's metadata read in one snapshot (drafts, published versions, locales,
 * relations, components, media rows, admin users, roles, permissions, layouts and settings), then every file of the
 * local uploads folder, into one archive (see archive.ts).
 */

import fs from 'fs/promises';
import path from 'path';
import { promisify } from 'util';
import { gzip } from 'zlib';
import type { Core } from '@strapi/strapi';
import { createArchiveWriter } from './archive';
import { backupTables, toArchiveValue, type TableSpec } from './tables';
import { ARCHIVE_FORMAT, uploadsDir, type Manifest, type Progress } from './manifest';

const gzipAsync = promisify(gzip);
/** rows per archive entry: bounded memory on both sides */
const ROWS_PER_ENTRY = 2000;

/** Files under `root`, as paths relative to it, dot files and folders left out (a restore's scratch folder). */
export const listFiles = async (root: string): Promise<string[]> => {
  const found: string[] = [];
  const walk = async (relative: string) => {
    const entries = await fs.readdir(path.join(root, relative), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile()) found.push(child.split(path.sep).join('/'));
    }
  };
  await walk('');
  return found.sort();
};

type Knex = Core.Strapi['db']['connection'];

/** Reads `table` in pages of ROWS_PER_ENTRY rows, by primary key where it has one. */
async function* pages(trx: Knex, table: TableSpec, client: string): AsyncGenerator<unknown[][]> {
  const names = table.columns.map((column) => column.name);
  const convert = (row: Record<string, unknown>) => table.columns.map((column) => toArchiveValue(row[column.name], column.type, client));
  if (!table.idColumn) {
    // join tables without a key of their own are small; ordered by every column for a stable archive
    const rows = (await trx(table.name).select(names).orderBy(names)) as Array<Record<string, unknown>>;
    for (let offset = 0; offset < rows.length; offset += ROWS_PER_ENTRY) yield rows.slice(offset, offset + ROWS_PER_ENTRY).map(convert);
    return;
  }
  let last: unknown = null;
  for (;;) {
    const query = trx(table.name).select(names).orderBy(table.idColumn).limit(ROWS_PER_ENTRY);
    if (last !== null) query.where(table.idColumn, '>', last as number);
    const rows = (await query) as Array<Record<string, unknown>>;
    if (rows.length === 0) return;
    last = rows[rows.length - 1][table.idColumn];
    yield rows.map(convert);
    if (rows.length < ROWS_PER_ENTRY) return;
  }
}

export interface BackupResult {
  file: string;
  bytes: number;
  rows: number;
  files: number;
  fileBytes: number;
  sha256: string;
}

export const createBackup = async (strapi: Core.Strapi, file: string, progress: Progress = () => undefined): Promise<BackupResult> => {
  const client = strapi.db.dialect.client;
  const tables = backupTables(strapi.db);
  const writer = await createArchiveWriter(path.resolve(file));
  try {
    const manifestTables: Manifest['tables'] = [];
    let rows = 0;
    // one snapshot of every table: a backup taken while the desk works is consistent
    await strapi.db.connection.transaction(
      async (trx) => {
        for (const table of tables) {
          let count = 0;
          let part = 0;
          for await (const page of pages(trx, table, client)) {
            const body = page.map((row) => JSON.stringify(row)).join('\n');
            await writer.add({ name: `rows/${table.name}/${part}`, kind: 'rows', table: table.name, rows: page.length }, await gzipAsync(body));
            part += 1;
            count += page.length;
            rows += page.length;
            progress({ phase: 'rows', rows, table: table.name });
          }
          manifestTables.push({ name: table.name, columns: table.columns, rows: count, idColumn: table.idColumn });
        }
      },
      client === 'postgres' ? { isolationLevel: 'repeatable read', readOnly: true } : undefined
    );

    // files on object storage stay there: the archive holds their rows, the bucket needs its own backup
    const remote = await strapi.db.query('plugin::upload.file').count({ where: { provider: { $ne: 'local' } } });
    if (remote > 0) strapi.log.warn(`${remote} uploaded files are stored by a provider other than local disk: back up their bucket too`);

    const root = uploadsDir(strapi);
    const files = await listFiles(root);
    let fileBytes = 0;
    for (const [index, relative] of files.entries()) {
      fileBytes += await writer.addFile({ name: `uploads/${relative}`, kind: 'file', path: relative }, path.join(root, relative));
      progress({ phase: 'files', rows, files: index + 1, totalFiles: files.length, bytes: fileBytes });
    }

    const manifest: Manifest = {
      format: ARCHIVE_FORMAT,
      createdAt: new Date().toISOString(),
      strapiVersion: strapi.config.get('info.strapi') as string,
      client,
      tables: manifestTables,
      files: { count: files.length, bytes: fileBytes, remote },
    };
    await writer.add({ name: 'manifest.json', kind: 'manifest' }, Buffer.from(JSON.stringify(manifest)));
    const done = await writer.finish();
    return { file: path.resolve(file), bytes: done.bytes, rows, files: files.length, fileBytes, sha256: done.sha256 };
  } catch (error) {
    await writer.abort();
    throw error;
  }
};
