/**
 * The admin page 导入稿件: a printed page (.txt or .docx) and its photos previewed (dry run) or imported as a
 * draft article by the app's importer (plugin config `importer`).
 */

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { getService } from '../utils';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async create(ctx: Context) {
    const user = ctx.state.user as { id: number } | undefined;
    if (!user) throw new errors.UnauthorizedError('Sign in to the admin panel');
    const result = await getService(strapi, 'imports').importFromRequest(ctx, { kind: 'admin', id: user.id });
    ctx.body = { data: result };
  },
});
