/** POST /api/imports: hands the multipart request to the import service; 200 with the dry run, 201 when written. */

import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { UploadedPart } from '../services/importer';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async create(ctx: Context) {
    const request = ctx.request as unknown as { body?: unknown; files?: Record<string, UploadedPart | UploadedPart[]> };
    const result = await strapi.service('api::import.importer').importUpload(request.body, request.files);
    ctx.status = result.dryRun ? 200 : 201;
    ctx.body = { data: result, meta: {} };
  },
});
