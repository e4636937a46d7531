/**
 * Server middleware, placed before strapi::body: it sees how a multipart request ends. A body the parser
 * refuses (malformed, cut off, too many fields) is a 400 or 413 instead of a 500; a full disk is a 507; what a
 * failed request stored is removed (storage service); and the temporary files of every form field are deleted
 * (strapi::body removes only those of the field `files`).
 */

import fs from 'fs/promises';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context, Next } from 'koa';
import { TEMP_FILES_KEY } from '../request-state';
import { isStorageFull } from '../upload-rules';
import { getService } from '../utils';

/** formidable's own errors carry a numeric code from 1000 and the HTTP status it suggests */
const parserError = (error: unknown): { httpCode: number; message: string } | null => {
  const { code, httpCode, message } = (error ?? {}) as { code?: unknown; httpCode?: unknown; message?: unknown };
  return typeof code === 'number' && code >= 1000 && typeof httpCode === 'number' ? { httpCode, message: String(message) } : null;
};

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: Next) => {
    if (!ctx.is('multipart')) return next();
    const storage = getService(strapi, 'storage');
    try {
      await next();
      if (ctx.status >= 400) await storage.rollback(ctx);
    } catch (error) {
      await storage.rollback(ctx);
      if (isStorageFull(error)) {
        strapi.log.warn(`[newsroom-media] upload refused, the disk is full: ${error instanceof Error ? error.message : String(error)}`);
        ctx.status = 507;
        ctx.body = {
          data: null,
          error: {
            status: 507,
            name: 'InsufficientStorageError',
            message: 'There is no room left to store this upload; nothing was stored. Try again later.',
            details: { reason: 'storageFull' },
          },
        };
        return;
      }
      const parser = parserError(error);
      if (parser?.httpCode === 413) throw new errors.PayloadTooLargeError(parser.message);
      if (parser) throw new errors.ValidationError(`The multipart body cannot be read: ${parser.message}`, { reason: 'malformedBody' });
      throw error;
    } finally {
      await storage.settle(ctx);
      const temporary = (ctx.state[TEMP_FILES_KEY] as string[] | undefined) ?? [];
      await Promise.all(temporary.map((filepath) => fs.rm(filepath, { force: true })));
    }
  };
