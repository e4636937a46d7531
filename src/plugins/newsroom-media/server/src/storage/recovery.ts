/**
 * At start: what interrupted uploads left behind goes. A process killed during an upload leaves stored files
 * without a row, the upload plugin's working folder and the body parser's temporary files. Removed at once when
 * their writer is known to be gone (its journal, in-flight.ts); anything else only when it is older than
 * `orphanAge` seconds and no `plugin::upload.file` row names it, so that another live instance sharing the folder
 * never loses a file it is writing (0 turns the age rule off).
 */

import fs from 'fs/promises';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { journalRoot, tagOfTemporary, tagState, WORKING_FOLDER_PREFIX, type InFlightFile } from './in-flight';

const UPLOAD_FILE = 'plugin::upload.file';
/** the names the upload plugin gives stored files: `<name>_<10 hex digits><ext>`, formats prefixed with their key */
const STORED_NAME = /_[0-9a-f]{10}(\.[A-Za-z0-9]+)?$/;

interface StoredRow {
  id: number;
  hash: string;
  ext: string | null;
  formats: Record<string, { hash: string; ext?: string | null }> | null;
}

export interface RecoveryOptions {
  publicDir: string;
  /** the body parser's folder (UPLOAD_TMP_DIR), else the system's */
  temporaryDir: string;
  /** seconds; 0: only what a stopped process of this host left */
  orphanAge: number;
  /** the upload provider is the local one: files in <public>/uploads can be listed */
  localProvider: boolean;
}

export interface RecoveryReport {
  files: string[];
  workingFolders: number;
  temporaryFiles: number;
}

/** Every stored name (`hash` + `ext`) that a row refers to, formats included; read in pages. */
const referencedNames = async (strapi: Core.Strapi): Promise<Set<string>> => {
  const names = new Set<string>();
  for (let offset = 0; ; offset += 1000) {
    const rows = (await strapi.db.query(UPLOAD_FILE).findMany({
      select: ['id', 'hash', 'ext', 'formats'],
      orderBy: { id: 'asc' },
      offset,
      limit: 1000,
    })) as StoredRow[];
    for (const row of rows) {
      names.add(`${row.hash}${row.ext ?? ''}`);
      for (const format of Object.values(row.formats ?? {})) names.add(`${format.hash}${format.ext ?? ''}`);
    }
    if (rows.length < 1000) return names;
  }
};

/** seconds since the last write; 0 for a file gone meanwhile */
const ageOf = async (target: string): Promise<number> => {
  const stats = await fs.stat(target).catch(() => null);
  return stats ? (Date.now() - stats.mtimeMs) / 1000 : 0;
};

/** A note cut short (a kill, a full disk while it was written) named no file yet: nothing to remove for it. */
const readNote = async (note: string): Promise<Partial<InFlightFile>> => {
  try {
    return JSON.parse(await fs.readFile(note, 'utf8')) as InFlightFile;
  } catch (error) {
    if (error instanceof SyntaxError || (error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
};

const entries = async (folder: string) => fs.readdir(folder, { withFileTypes: true }).catch(() => []);

/** Only the upload plugin's own working folders, only in a temporary folder. */
const removeWorkingFolder = async (folder: string | undefined): Promise<boolean> => {
  if (!folder || !path.basename(folder).startsWith(WORKING_FOLDER_PREFIX) || path.dirname(folder) !== os.tmpdir()) return false;
  await fs.rm(folder, { recursive: true, force: true });
  return true;
};

export const recoverInterruptedUploads = async (strapi: Core.Strapi, options: RecoveryOptions): Promise<RecoveryReport> => {
  const report: RecoveryReport = { files: [], workingFolders: 0, temporaryFiles: 0 };
  const old = async (target: string) => options.orphanAge > 0 && (await ageOf(target)) > options.orphanAge;
  const provider = strapi.plugin('upload').provider as { delete(file: InFlightFile): Promise<unknown> };
  let referenced: Set<string> | undefined;
  const isReferenced = async (name: string) => (referenced ??= await referencedNames(strapi)).has(name);

  // 1. journals of processes that stopped mid-upload (and notes old enough, whoever wrote them)
  const root = journalRoot(options.publicDir);
  for (const journal of await entries(root)) {
    // at start this process has written nothing yet: a journal with its own tag is from before a restart
    if (!journal.isDirectory()) continue;
    const folder = path.join(root, journal.name);
    const stopped = tagState(journal.name) === 'stopped';
    for (const entry of await entries(folder)) {
      const note = path.join(folder, entry.name);
      if (!stopped && !(await old(note))) continue;
      if (entry.name.endsWith('.json')) {
        const file = await readNote(note);
        const name = `${file.hash}${file.ext ?? ''}`;
        if (file.hash && !(await isReferenced(name))) {
          await provider.delete(file as InFlightFile);
          report.files.push(name);
        }
        if (await removeWorkingFolder(file.workingFolder)) report.workingFolders += 1;
      }
      await fs.rm(note, { force: true });
    }
    if (stopped) await fs.rm(folder, { recursive: true, force: true });
  }

  // 2. stored files no row names, old enough (local provider: the folder can be listed)
  if (options.localProvider && options.orphanAge > 0) {
    const uploads = path.join(options.publicDir, 'uploads');
    for (const entry of await entries(uploads)) {
      if (!entry.isFile() || entry.name.startsWith('.') || !STORED_NAME.test(entry.name)) continue;
      const target = path.join(uploads, entry.name);
      if (!(await old(target)) || (await isReferenced(entry.name))) continue;
      await fs.rm(target, { force: true });
      report.files.push(entry.name);
    }
  }

  // 3. the body parser's temporary files of stopped processes, and old ones; old working folders
  for (const entry of await entries(options.temporaryDir)) {
    const tag = tagOfTemporary(entry.name);
    if (!tag) continue;
    const target = path.join(options.temporaryDir, entry.name);
    if (tagState(tag) !== 'stopped' && !(await old(target))) continue;
    await fs.rm(target, { recursive: true, force: true });
    report.temporaryFiles += 1;
  }
  if (options.orphanAge > 0) {
    for (const entry of await entries(os.tmpdir())) {
      const folder = path.join(os.tmpdir(), entry.name);
      if (entry.isDirectory() && entry.name.startsWith(WORKING_FOLDER_PREFIX) && (await old(folder)) && (await removeWorkingFolder(folder))) {
        report.workingFolders += 1;
      }
    }
  }
  return report;
};
