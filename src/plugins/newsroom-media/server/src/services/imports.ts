/**
 * Imports service: a multipart request (`file`, `images`, `dryRun`, `locale`, `sourceId`) handed to the page
 * importer the app names in the plugin config (`importer`, a service uid). The admin route uses it; an app's own
 * route for API tokens can too, with its own `user`.
 */

import fs from 'fs/promises';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { z } from 'zod';
import { cleanFileName, type IncomingFile } from './uploads';
import { pluginConfig } from '../utils';
import { localeCode, oneOf, parseInput, requireLocale } from '../validation';

export interface ImportFile {
  name: string;
  mime: string | null;
  data: Buffer;
}

export interface ImportUser {
  kind: 'admin' | 'apiToken' | 'cli';
  id?: number | string;
}

/** What the plugin needs of the app's importer; what it answers is the app's (the admin page reads it). */
export interface PageImporter {
  importPage(input: {
    fileName: string;
    data: Buffer;
    images?: ImportFile[];
    dryRun: boolean;
    locale?: string;
    sourceId?: string;
    user?: ImportUser;
  }): Promise<unknown>;
}

/** more would be no printed page */
export const MAX_IMPORT_IMAGES = 100;

const fieldsSchema = z.strictObject({
  dryRun: z.optional(oneOf(['true', 'false'])),
  locale: z.optional(localeCode),
  sourceId: z.optional(z.string().trim().min(1).max(200)),
});

const filesOf = (ctx: Context): Record<string, IncomingFile[]> =>
  Object.fromEntries(
    Object.entries((ctx.request as unknown as { files?: Record<string, IncomingFile | IncomingFile[]> }).files ?? {}).map(
      ([field, files]) => [field, [files].flat()]
    )
  );

const read = async (file: IncomingFile): Promise<ImportFile> => ({
  name: cleanFileName(file.originalFilename) || 'file',
  mime: file.mimetype ?? null,
  data: await fs.readFile(file.filepath),
});

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The configured importer, or a 404 when the app has none. */
  importer(): PageImporter {
    const uid = pluginConfig(strapi).importer;
    const service = uid ? (strapi.service(uid as never) as unknown as Partial<PageImporter> | undefined) : undefined;
    if (!service || typeof service.importPage !== 'function') throw new errors.NotFoundError('Importing pages is not set up');
    return service as PageImporter;
  },

  async importFromRequest(ctx: Context, user: ImportUser): Promise<unknown> {
    const importer = this.importer();
    const { file: pages = [], images = [], ...others } = filesOf(ctx);
    const problems = [
      ...(pages.length !== 1 ? [{ path: ['file'], message: 'send exactly one page file (.txt or .docx)' }] : []),
      ...(images.length > MAX_IMPORT_IMAGES ? [{ path: ['images'], message: `at most ${MAX_IMPORT_IMAGES} images` }] : []),
      ...Object.keys(others).map((field) => ({ path: [field], message: `${field} is not accepted by this endpoint` })),
    ];
    if (problems.length > 0) {
      throw new errors.ValidationError(problems.map(({ path, message }) => `${path.join('.')}: ${message}`).join('; '), {
        errors: problems.map((problem) => ({ ...problem, name: 'ValidationError' })),
      });
    }
    const fields = parseInput(fieldsSchema, ctx.request.body ?? {});
    if (fields.locale !== undefined) await requireLocale(strapi, fields.locale);
    const page = await read(pages[0]);
    return importer.importPage({
      fileName: page.name,
      data: page.data,
      images: await Promise.all(images.map(read)),
      // a form that forgets dryRun previews rather than writes
      dryRun: fields.dryRun !== 'false',
      locale: fields.locale,
      sourceId: fields.sourceId,
      user,
    });
  },
});
