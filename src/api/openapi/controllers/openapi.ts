/**
 * openapi controller: GET /api/openapi.json
 */

import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async document(ctx: Context) {
    ctx.set('Cache-Control', 'public, max-age=300');
    ctx.body = strapi.service('api::openapi.openapi').document();
  },
});
