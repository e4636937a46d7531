/**
 * What an upload in progress has written, on disk, so that a process killed in the middle can be cleaned up after.
 * Each process (host name and pid) notes every file the upload provider is about to write in a journal folder of
 * its own, `<uploads>/.in-flight/<host>.<pid>/` (hidden: never served), before the write starts, and drops the notes
 * once the request's rows are committed or rolled back. Temporary files of the body parser carry the same tag in
 * their name. A tag is of a stopped process when it names this host and a pid that is gone (or this very pid, from
 * before a restart); other hosts' tags are only judged by age (recovery.ts).
 */

import { randomBytes } from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';

export const JOURNAL_FOLDER = '.in-flight';
/** the body parser's temporary files: `newsroom-upload-<tag>-<random>` */
export const TEMPORARY_PREFIX = 'newsroom-upload-';
/** the upload plugin's working folders in the system's temporary folder (`fs.mkdtemp`) */
export const WORKING_FOLDER_PREFIX = 'strapi-upload-';

export const processTag = (): string => `${os.hostname()}.${process.pid}`;

let begun = 0;

/**
 * formidable's `filename` option: temporary files named after the process that writes them. The name's last 16 hex
 * digits start with a count of the files this process began: formidable lists a request's files in the order their
 * writes finished, not the order they were sent (uploadOrder).
 */
export const temporaryUploadName = (): string => {
  begun = (begun + 1) % 0x100000000;
  return `${TEMPORARY_PREFIX}${processTag()}-${begun.toString(16).padStart(8, '0')}${randomBytes(4).toString('hex')}`;
};

/** When the body parser began a temporary file of ours (a count), from its path; null for any other file. */
export const uploadOrder = (filepath: string): number | null => {
  const name = path.basename(filepath);
  const match = /-([0-9a-f]{8})[0-9a-f]{8}$/.exec(name);
  return name.startsWith(TEMPORARY_PREFIX) && match ? parseInt(match[1], 16) : null;
};

/** A request's files of one field in the order they were sent; as they are if one of them is not ours. */
export const inSentOrder = <File extends { filepath: string }>(files: File[]): File[] => {
  const ordered = files.map((file) => ({ file, order: uploadOrder(file.filepath) }));
  if (ordered.some(({ order }) => order === null)) return files;
  return ordered.sort((a, b) => (a.order as number) - (b.order as number)).map(({ file }) => file);
};

/** The tag in a temporary file's name, if it is one of ours. */
export const tagOfTemporary = (name: string): string | null => {
  if (!name.startsWith(TEMPORARY_PREFIX)) return null;
  const tag = name.slice(TEMPORARY_PREFIX.length).replace(/-[0-9a-f]{16}$/, '');
  return tag === name.slice(TEMPORARY_PREFIX.length) ? null : tag;
};

const pidAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** `stopped`: the process is known to be gone; `unknown`: another host's, judged by age only. */
export const tagState = (tag: string): 'alive' | 'stopped' | 'unknown' => {
  const dot = tag.lastIndexOf('.');
  const host = tag.slice(0, dot);
  const pid = Number(tag.slice(dot + 1));
  if (dot < 0 || host !== os.hostname() || !Number.isInteger(pid)) return 'unknown';
  return pid !== process.pid && pidAlive(pid) ? 'alive' : 'stopped';
};

/** What a note says: enough to delete the file through the provider, and the upload's working folder. */
export interface InFlightFile {
  hash: string;
  ext?: string;
  path?: string;
  workingFolder?: string;
}

export const journalRoot = (publicDir: string): string => path.join(publicDir, 'uploads', JOURNAL_FOLDER);

export const ownJournal = (publicDir: string): string => path.join(journalRoot(publicDir), processTag());

/**
 * Notes a file before it is written. Synchronous on purpose: the note must be on disk before the provider and the
 * image pipeline (which carry on while this call's caller awaits) write anything.
 */
export const noteInFlight = (publicDir: string, file: InFlightFile): string => {
  const folder = ownJournal(publicDir);
  fs.mkdirSync(folder, { recursive: true });
  const note = path.join(folder, `${file.hash}${file.ext ?? ''}.json`);
  fs.writeFileSync(note, JSON.stringify(file));
  return note;
};

