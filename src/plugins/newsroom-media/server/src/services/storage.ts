/**
 * Storage service: an upload request is all or nothing. Every file the upload provider writes during a request
 * (originals and resized formats) and every upload row it creates are noted on the request; when the request
 * fails (a refused file, a full disk, a broken body), they are removed again, so no row is left without its
 * file and no file without its row. A full disk becomes a 507 in Strapi's error shape. Each file is also noted on
 * disk before it is written (storage/in-flight.ts), so that what a killed process left is removed at the next
 * start (storage/recovery.ts).
 */

import fs from 'fs/promises';
import os from 'os';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { noteInFlight } from '../storage/in-flight';
import { recoverInterruptedUploads } from '../storage/recovery';
import { DEFAULT_UPLOAD_LIMITS } from '../upload-rules';
import { pluginConfig } from '../utils';

const STATE_KEY = 'newsroomMediaWrites';
const UPLOAD_FILE = 'plugin::upload.file';

interface ProviderFile {
  hash: string;
  ext?: string;
  url?: string;
  path?: string;
  /** the upload plugin's working folder of this upload (originals only) */
  tmpWorkingDirectory?: string;
}

interface RequestWrites {
  files: ProviderFile[];
  rows: number[];
  /** the on-disk notes of this request's writes, dropped when the request ends */
  notes: string[];
}

interface ProviderService {
  upload(file: ProviderFile): Promise<void>;
  replace(file: ProviderFile, old: ProviderFile): Promise<void>;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const writesOf = (ctx?: Context | null): RequestWrites | null => {
    const state = (ctx ?? strapi.requestContext.get())?.state as Record<string, RequestWrites | undefined> | undefined;
    if (!state) return null;
    state[STATE_KEY] ??= { files: [], rows: [], notes: [] };
    return state[STATE_KEY];
  };

  const deleteStored = async (file: ProviderFile): Promise<void> => {
    await strapi.plugin('upload').provider.delete(file as never);
  };

  return {
    /** Wraps the upload plugin's provider service so that each write is noted, and a failed write removed. */
    trackProviderWrites(): void {
      const provider = strapi.plugin('upload').service('provider') as unknown as ProviderService;
      const upload = provider.upload.bind(provider);
      const replace = provider.replace.bind(provider);
      const noted = (method: (file: ProviderFile, ...rest: ProviderFile[]) => Promise<void>) =>
        async (file: ProviderFile, ...rest: ProviderFile[]): Promise<void> => {
          const writes = writesOf();
          writes?.notes.push(
            noteInFlight(strapi.dirs.static.public, { hash: file.hash, ext: file.ext, path: file.path, workingFolder: file.tmpWorkingDirectory })
          );
          try {
            await method(file, ...rest);
          } catch (error) {
            // a partly written file must not stay behind
            await deleteStored(file).catch((removal: unknown) =>
              strapi.log.error(`[newsroom-media] could not remove the partly written ${file.hash}${file.ext ?? ''}: ${String(removal)}`)
            );
            throw error;
          }
          writes?.files.push(file);
        };
      provider.upload = noted(upload);
      provider.replace = noted(replace);
    },

    noteRow(id: number): void {
      writesOf()?.rows.push(id);
    },

    /** Removes what a failed request stored: its upload rows (with their files) and any file written without a row. */
    async rollback(ctx: Context): Promise<void> {
      const writes = writesOf(ctx);
      if (!writes || (writes.files.length === 0 && writes.rows.length === 0)) return;
      const upload = strapi.plugin('upload').service('upload');
      for (const id of writes.rows) {
        const row = await strapi.db.query(UPLOAD_FILE).findOne({ where: { id } });
        if (row) await upload.remove(row);
      }
      for (const file of writes.files) await deleteStored(file);
      strapi.log.warn(`[newsroom-media] a failed upload request was undone: ${writes.rows.length} rows, ${writes.files.length} files removed`);
      writes.files = [];
      writes.rows = [];
    },

    /** The request is over (its rows committed or rolled back): its writes need no note any more. */
    async settle(ctx: Context): Promise<void> {
      const writes = writesOf(ctx);
      if (!writes) return;
      await Promise.all(writes.notes.map((note) => fs.rm(note, { force: true })));
      writes.notes = [];
    },

    /** At start: removes what interrupted uploads left (storage/recovery.ts) and says so in the log. */
    async recover(): Promise<void> {
      const uploads = pluginConfig(strapi).uploads;
      const report = await recoverInterruptedUploads(strapi, {
        publicDir: strapi.dirs.static.public,
        temporaryDir: uploads.temporaryDir ?? os.tmpdir(),
        orphanAge: uploads.orphanAge ?? DEFAULT_UPLOAD_LIMITS.orphanAge,
        localProvider: strapi.config.get('plugin::upload.provider') === 'local',
      });
      if (report.files.length + report.workingFolders + report.temporaryFiles === 0) return;
      strapi.log.warn(
        `[newsroom-media] removed what interrupted uploads left: ${report.files.length} stored files without a row` +
          `${report.files.length > 0 ? ` (${report.files.join(', ')})` : ''}, ${report.workingFolders} working folders, ${report.temporaryFiles} temporary files`
      );
    },
  };
};
