/**
 * Where uploaded files are stored, seen from operations: one place that says whether the storage can take a file
 * now. Local disk (the default provider): the uploads folder exists and this process may write to it. Object
 * storage gets its own branch here when an S3 provider is configured.
 */

import { constants } from 'fs';
import fs from 'fs/promises';
import path from 'path';
import type { Core } from '@strapi/strapi';

/** The folder the local upload provider writes to: `<public>/uploads`. */
export const localUploadsDir = (strapi: Core.Strapi): string => path.join(strapi.dirs.static.public, 'uploads');

/** True when a file could be stored now; never throws (the reason goes to the log at debug level). */
export const storageReachable = async (strapi: Core.Strapi): Promise<boolean> => {
  const dir = localUploadsDir(strapi);
  try {
    const stats = await fs.stat(dir);
    if (!stats.isDirectory()) return false;
    await fs.access(dir, constants.W_OK);
    return true;
  } catch (error) {
    strapi.log.debug(`[storage] ${dir} is not writable: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
};
