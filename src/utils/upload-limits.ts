/**
 * The upload limits of this app: the plugin's defaults, overridden by the environment. config/plugins.ts (upload
 * plugin and newsroom-media), config/middlewares.ts (body parser) and config/server.ts (request timeout) read them.
 */

import { DEFAULT_UPLOAD_LIMITS } from '#newsroom-media';
import { envInt, envValue } from './env';

export const uploadLimits = () => ({
  maxFileSize: envInt('UPLOAD_SIZE_LIMIT', DEFAULT_UPLOAD_LIMITS.maxFileSize),
  maxPixels: envInt('UPLOAD_PIXEL_LIMIT', DEFAULT_UPLOAD_LIMITS.maxPixels),
  /** seconds */
  bodyTimeout: envInt('UPLOAD_BODY_TIMEOUT', DEFAULT_UPLOAD_LIMITS.bodyTimeout),
  /** where the body parser writes uploads while a request is read; the system's temporary folder by default */
  temporaryDir: envValue('UPLOAD_TMP_DIR'),
  /** seconds: at start, stored files no row names and temporary upload files older than this are removed (0: never) */
  orphanAge: envInt('UPLOAD_ORPHAN_AGE', DEFAULT_UPLOAD_LIMITS.orphanAge),
});

export { ACCEPTED_MIME_TYPES, DENIED_MIME_TYPES } from '#newsroom-media';
/** temporary files named after the process writing them, so that a killed one's can be told apart */
export { inSentOrder, temporaryUploadName } from '#newsroom-media';

/** The importer's limits (src/api/import): a page file, and the uncompressed images of a zip sent with it. */
export const importLimits = () => ({
  /** bytes; a larger page file (text or .docx) is a 400. Below the body parser's per-file limit. */
  maxPageSize: envInt('IMPORT_SIZE_LIMIT', 20 * 1024 * 1024),
  /** bytes, all entries of an image zip together once unpacked */
  maxArchiveSize: envInt('IMPORT_ARCHIVE_LIMIT', 200 * 1024 * 1024),
  /** images sent with one page */
  maxImages: envInt('IMPORT_MAX_IMAGES', 60),
});
