/**
 * Imports service: the admin page's multipart request (`file`, `images` and the form fields) handed to the page
 * importer the app names in the plugin config (`importer`, a service uid). The importer reads and checks the
 * request itself, so that the admin route and the app's own API route share one reading of it.
 */

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import type { ImportResult } from '../imports/result';
import type { IncomingFile } from './uploads';
import { pluginConfig } from '../utils';

export interface ImportUser {
  kind: 'admin' | 'apiToken' | 'cli';
  id?: number | string;
}

/** What the plugin needs of the app's importer; the admin page shows what it answers. */
export interface PageImporter {
  importUpload(body: unknown, files: Record<string, IncomingFile | IncomingFile[] | undefined> | undefined, user?: ImportUser): Promise<ImportResult>;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The configured importer, or a 404 when the app has none. */
  importer(): PageImporter {
    const uid = pluginConfig(strapi).importer;
    const service = uid ? (strapi.service(uid as never) as unknown as Partial<PageImporter> | undefined) : undefined;
    if (!service || typeof service.importUpload !== 'function') throw new errors.NotFoundError('Importing pages is not set up');
    return service as PageImporter;
  },

  async importFromRequest(ctx: Context, user: ImportUser): Promise<ImportResult> {
    const request = ctx.request as unknown as { body?: unknown; files?: Record<string, IncomingFile | IncomingFile[]> };
    return this.importer().importUpload(request.body, request.files, user);
  },
});
