/** POST /api/imports: hands the multipart request to the import service; 200 with the dry run, 201 when written. */

import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { UploadedPart } from '../services/importer';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async create(ctx: Context) {
    const request = ctx.request as unknown as { body?: unknown; files?: Record<string, UploadedPart | UploadedPart[]> };
    const token = ctx.state.auth?.strategy?.name === 'api-token' ? (ctx.state.auth.credentials as { id?: number } | undefined) : undefined;
    const user = token ? { kind: 'apiToken', id: token.id } : ctx.state.user ? { kind: 'user', id: (ctx.state.user as { id: number }).id } : undefined;
    const result = await strapi.service('api::import.importer').importUpload(request.body, request.files, user);
    ctx.status = result.dryRun ? 200 : 201;
    ctx.body = { data: result, meta: {} };
  },
});
