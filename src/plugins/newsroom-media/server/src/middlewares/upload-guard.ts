/**
 * Server middleware, placed after strapi::body: every multipart upload (media library, POST /api/upload, the
 * submit endpoint) is inspected before any plugin handles it. A refused file ends the request with a 4xx
 * before anything is stored; strapi::body removes the temporary files. What the files say about themselves
 * is kept on ctx.state for the upload lifecycle.
 */

import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import type { IncomingFile } from '../services/uploads';
import { getService } from '../utils';

export interface InspectedRequestFile {
  fileName: string;
  size: number;
  metadata: import('../metadata/read').EmbeddedMetadata;
  recorded?: boolean;
}

export const STATE_KEY = 'newsroomMediaUploads';

const filesOf = (ctx: Context): IncomingFile[] => {
  const files = (ctx.request as unknown as { files?: Record<string, IncomingFile | IncomingFile[]> }).files;
  return files ? Object.values(files).flat() : [];
};

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: Next) => {
    const files = filesOf(ctx);
    if (files.length === 0) return next();
    const uploads = getService(strapi, 'uploads');
    const inspected: InspectedRequestFile[] = [];
    for (const file of files) {
      const { fileName, metadata } = await uploads.inspect(file);
      inspected.push({ fileName, size: file.size, metadata });
    }
    ctx.state[STATE_KEY] = inspected;
    return next();
  };
