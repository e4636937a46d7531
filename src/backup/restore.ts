/**
 * `npm run restore`: checks the whole archive first (checksums, manifest, the target's tables and columns), then in
 * one database transaction replaces every table of the app's metadata with the archive's rows while the files go to a
 * scratch folder inside the uploads folder; the files move into place only after the commit. A failure anywhere
 * rolls the transaction back and removes the scratch folder: the target is as it was.
 */

import { randomBytes } from 'crypto';
import fs from 'fs/promises';
import path from 'path';
import { promisify } from 'util';
import { gunzip } from 'zlib';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ArchiveError, readArchive, type EntryHeader } from './archive';
import { listFiles } from './backup';
import { ARCHIVE_FORMAT, uploadsDir, contentUids, type Manifest, type Progress } from './manifest';
import { backupTables, fromArchiveValue } from './tables';

const gunzipAsync = promisify(gunzip);
/** bound parameters per INSERT, under SQLite's 32,766 and PostgreSQL's 65,535 */
const PARAMETERS_PER_INSERT = 30000;
/** rows per INSERT: knex writes a multi-row insert on SQLite as a compound SELECT, limited to 500 terms */
const ROWS_PER_INSERT = 400;

/** Reads the whole archive and checks it; returns its manifest. Touches nothing. */
export const checkArchive = async (file: string, progress: Progress = () => undefined): Promise<Manifest> => {
  let manifest: Manifest | undefined;
  let bytes = 0;
  await readArchive(file, {
    wanted: (header) => header.kind === 'manifest',
    onChunk: async (_header, chunk) => {
      bytes += chunk.length;
      progress({ phase: 'check', bytes });
    },
    onEntry: async ({ header, bytes: data }) => {
      if (header.kind === 'manifest' && data) manifest = JSON.parse(data.toString('utf8')) as Manifest;
    },
  });
  if (!manifest) throw new ArchiveError('The archive has no manifest');
  if (manifest.format !== ARCHIVE_FORMAT) throw new ArchiveError(`The archive's format ${manifest.format} is not ${ARCHIVE_FORMAT}`);
  return manifest;
};

/** A path inside the uploads folder, or an error for one that would leave it. */
const safeRelative = (relative: unknown): string => {
  const normalized = typeof relative === 'string' ? path.posix.normalize(relative) : '';
  if (!normalized || normalized.startsWith('..') || path.posix.isAbsolute(normalized) || normalized.split('/').some((part) => part.startsWith('.'))) {
    throw new ArchiveError(`The archive names a file outside the uploads folder: ${JSON.stringify(relative)}`);
  }
  return normalized;
};

/** What makes the target "not empty": content rows and uploaded files. */
export const targetContents = async (strapi: Core.Strapi): Promise<string[]> => {
  const found: string[] = [];
  for (const uid of contentUids(strapi)) {
    const count = await strapi.db.query(uid as never).count({});
    if (count > 0) found.push(`${count} ${uid} rows`);
  }
  const files = await listFiles(uploadsDir(strapi));
  if (files.length > 0) found.push(`${files.length} files in ${uploadsDir(strapi)}`);
  return found;
};

export interface RestoreOptions {
  force?: boolean;
  progress?: Progress;
  /** the manifest `checkArchive` returned, when the caller checked the archive already */
  checked?: Manifest;
  /** a test's hook between the inserts and the commit */
  beforeCommit?: () => Promise<void>;
}

export interface RestoreResult {
  rows: number;
  files: number;
  bytes: number;
}

export const restoreBackup = async (strapi: Core.Strapi, file: string, { force = false, progress = () => undefined, checked, beforeCommit }: RestoreOptions = {}): Promise<RestoreResult> => {
  const manifest = checked ?? (await checkArchive(file, progress));

  const tables = backupTables(strapi.db);
  const byName = new Map(tables.map((table) => [table.name, table]));
  const mismatches = manifest.tables.flatMap((archived) => {
    const target = byName.get(archived.name);
    if (!target) return archived.rows > 0 ? [`table ${archived.name} does not exist here`] : [];
    const columns = new Set(target.columns.map((column) => column.name));
    return archived.columns.filter((column) => !columns.has(column.name)).map((column) => `column ${archived.name}.${column.name} does not exist here`);
  });
  if (mismatches.length > 0) {
    throw new errors.ValidationError(`The archive does not fit this app's schema (restore it with the app version it was taken from): ${mismatches.join('; ')}`);
  }
  const contents = await targetContents(strapi);
  if (contents.length > 0 && !force) {
    throw new errors.ApplicationError(`The target is not empty (${contents.join(', ')}); restore into an empty database and uploads folder, or pass --force to replace them`);
  }

  const root = uploadsDir(strapi);
  await fs.mkdir(root, { recursive: true });
  const scratch = path.join(root, `.restore-${randomBytes(6).toString('hex')}`);
  await fs.mkdir(scratch);
  const totalRows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
  const archivedColumns = new Map(manifest.tables.map((table) => [table.name, table.columns.map((column) => column.name)]));
  const placed: string[] = [];
  let rows = 0;
  let bytes = 0;
  try {
    await strapi.db.connection.transaction(async (trx) => {
      for (const table of [...tables].reverse()) await trx(table.name).del();

      let handle: fs.FileHandle | null = null;
      let current: string | null = null;
      const closeCurrent = async () => {
        await handle?.close();
        handle = null;
      };
      await readArchive(file, {
        wanted: (header) => header.kind === 'rows',
        onChunk: async (header: EntryHeader, chunk) => {
          if (header.kind !== 'file') return;
          if (current !== header.name) {
            await closeCurrent();
            const relative = safeRelative(header.path);
            await fs.mkdir(path.dirname(path.join(scratch, relative)), { recursive: true });
            handle = await fs.open(path.join(scratch, relative), 'wx');
            current = header.name;
          }
          await (handle as fs.FileHandle | null)?.write(chunk);
          bytes += chunk.length;
        },
        onEntry: async ({ header, bytes: data }) => {
          if (header.kind === 'file') {
            const relative = safeRelative(header.path);
            if (current !== header.name) await fs.writeFile(path.join(scratch, relative), ''); // an empty file has no chunks
            await closeCurrent();
            current = null;
            placed.push(relative);
            progress({ phase: 'files', rows, totalRows, files: placed.length, totalFiles: manifest.files.count, bytes });
            return;
          }
          if (header.kind !== 'rows' || !data) return;
          const target = byName.get(header.table as string);
          const names = archivedColumns.get(header.table as string);
          if (!target || !names) throw new ArchiveError(`The archive's rows of ${String(header.table)} are not in its manifest`);
          const types = new Map(target.columns.map((column) => [column.name, column.type]));
          const text = (await gunzipAsync(data)).toString('utf8');
          const records = text.length === 0 ? [] : text.split('\n').map((line) => {
            const values = JSON.parse(line) as unknown[];
            return Object.fromEntries(names.map((name, index) => [name, fromArchiveValue(values[index], types.get(name) ?? 'string')]));
          });
          const batch = Math.max(1, Math.min(ROWS_PER_INSERT, Math.floor(PARAMETERS_PER_INSERT / names.length)));
          for (let offset = 0; offset < records.length; offset += batch) {
            await trx(target.name)
              .insert(records.slice(offset, offset + batch))
              .catch((error: unknown) => {
                // knex puts the whole statement before the database's message: keep the message
                const message = error instanceof Error ? error.message : String(error);
                throw new errors.ApplicationError(`Rows of ${target.name} could not be written: ${message.slice(message.lastIndexOf(' - ') + 3)}`);
              });
          }
          rows += records.length;
          progress({ phase: 'rows', rows, totalRows, table: target.name });
        },
      });

      if (strapi.db.dialect.client === 'postgres') {
        // rows came with their ids: the next id a sequence hands out must follow them
        for (const table of tables) {
          if (!table.idColumn) continue;
          await trx.raw('SELECT setval(pg_get_serial_sequence(?, ?), COALESCE((SELECT MAX(??) FROM ??), 0) + 1, false)', [
            table.name,
            table.idColumn,
            table.idColumn,
            table.name,
          ]);
        }
      }
      if (beforeCommit) await beforeCommit();
      progress({ phase: 'commit', rows, totalRows });
    });
  } catch (error) {
    await fs.rm(scratch, { recursive: true, force: true });
    throw error;
  }

  for (const relative of placed) {
    await fs.mkdir(path.dirname(path.join(root, relative)), { recursive: true });
    await fs.rename(path.join(scratch, relative), path.join(root, relative));
  }
  await fs.rm(scratch, { recursive: true, force: true });
  strapi.log.info(`Restored ${rows} rows and ${placed.length} files (${bytes} bytes) from ${file}`);
  return { rows, files: placed.length, bytes };
};
