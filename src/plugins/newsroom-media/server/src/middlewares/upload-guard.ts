/**
 * Server middleware, placed after strapi::body: every multipart upload (media library, POST /api/upload, the
 * submit endpoint) is inspected before any plugin handles it. A refused file ends the request with a 4xx
 * before anything is stored; strapi::body removes the temporary files. What the files say about themselves
 * is kept on ctx.state for the upload lifecycle. The importer's paths (config `importPaths`) are left to it.
 */

import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { cleanFileName, type IncomingFile } from '../services/uploads';
import { getService, pluginConfig } from '../utils';
import { STATE_KEY, TEMP_FILES_KEY, type InspectedRequestFile } from '../request-state';

/** The importer's paths (config `importPaths`) and what lies under them. */
export const isImportPath = (requestPath: string, importPaths: string[]): boolean =>
  importPaths.some((path) => requestPath === path || requestPath.startsWith(path.endsWith('/') ? path : `${path}/`));

const filesOf = (ctx: Context): IncomingFile[] => {
  const files = (ctx.request as unknown as { files?: Record<string, IncomingFile | IncomingFile[]> }).files;
  return files ? Object.values(files).flat() : [];
};

/** The upload plugin prefers `fileInfo.name` to the file's own name: it gets the same cleaning (no path, no controls). */
const sanitizeFileInfo = (ctx: Context): void => {
  const body = ctx.request.body as Record<string, unknown> | undefined;
  if (!body || body.fileInfo === undefined) return;
  const clean = (info: unknown): unknown => {
    if (typeof info === 'string') {
      try {
        return JSON.stringify(clean(JSON.parse(info)));
      } catch {
        return info; // not JSON: the upload plugin answers 400
      }
    }
    if (info && typeof info === 'object' && !Array.isArray(info) && typeof (info as { name?: unknown }).name === 'string') {
      return { ...info, name: cleanFileName((info as { name: string }).name) };
    }
    return info;
  };
  body.fileInfo = Array.isArray(body.fileInfo) ? body.fileInfo.map(clean) : clean(body.fileInfo);
};

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: Next) => {
    const files = filesOf(ctx);
    sanitizeFileInfo(ctx);
    if (files.length === 0) return next();
    ctx.state[TEMP_FILES_KEY] = files.map((file) => file.filepath);
    // the importer takes a page file (.txt, .docx) and inspects its images itself
    if (isImportPath(ctx.path, pluginConfig(strapi).importPaths ?? [])) return next();
    const uploads = getService(strapi, 'uploads');
    const inspected: InspectedRequestFile[] = [];
    for (const file of files) {
      const { fileName, metadata } = await uploads.inspect(file);
      inspected.push({ filepath: file.filepath, fileName, size: file.size, metadata });
    }
    ctx.state[STATE_KEY] = inspected;
    return next();
  };
